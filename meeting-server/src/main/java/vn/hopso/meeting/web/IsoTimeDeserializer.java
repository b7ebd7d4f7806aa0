package vn.hopso.meeting.web;

import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a date or instant from its ISO-8601 string only, as docs/PROTOCOL.md says: the numbers (epoch seconds) and
 * arrays Jackson would otherwise accept are refused, so {@code 1.5} never becomes a sitting at 1970-01-01T00:00:01.5Z.
 */
final class IsoTimeDeserializer<T> extends StdScalarDeserializer<T> {

    private final Class<T> type;
    private final Function<String, T> parse;

    IsoTimeDeserializer(Class<T> type, Function<String, T> parse) {
        super(type);
        this.type = type;
        this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(type, parser);
        }
        String text = parser.getString();
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            return (T) context.handleWeirdStringValue(type, text, "not ISO-8601");
        }
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.DateTime;
    }
}
