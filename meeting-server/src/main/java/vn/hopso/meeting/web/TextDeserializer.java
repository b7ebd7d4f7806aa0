package vn.hopso.meeting.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;
import vn.hopso.meeting.api.input.Text;
import vn.hopso.meeting.api.input.TextRules;

/**
 * Reads a JSON string as NFC text, tidied as its field's {@link Text} asks ({@link TextRules#normalise}); a number,
 * boolean, object or array where text is expected is refused rather than turned into text.
 */
final class TextDeserializer extends StdScalarDeserializer<String> {

    private final boolean trim;

    TextDeserializer() {
        this(false);
    }

    private TextDeserializer(boolean trim) {
        super(String.class);
        this.trim = trim;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        Text text = property == null ? null : property.getAnnotation(Text.class);
        boolean wanted = text != null && text.trim();
        return wanted == trim ? this : new TextDeserializer(wanted);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        return TextRules.normalise(parser.getString(), trim);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }
}
