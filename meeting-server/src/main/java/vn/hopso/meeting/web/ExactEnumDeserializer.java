package vn.hopso.meeting.web;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads an enumeration only from its exact wire name. Jackson's own reader trims the name first with
 * {@link String#trim()}, which also removes control characters: {@code "ADMIN\u0000"} or {@code " ADMIN"} would grant
 * the administrator role.
 */
final class ExactEnumDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {

    private final Class<E> type;
    private final Map<String, E> byName;

    private ExactEnumDeserializer(Class<E> type) {
        super(type);
        this.type = type;
        this.byName = Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Enum::name, Function.identity()));
    }

    /** Puts this reader in place of Jackson's for every enumeration. */
    static ValueDeserializerModifier everywhere() {
        return new ValueDeserializerModifier() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType javaType,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(javaType.getRawClass());
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public E deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (E) context.handleUnexpectedToken(type, parser);
        }
        E value = byName.get(parser.getString());
        return value != null ? value
                : (E) context.handleWeirdStringValue(type, parser.getString(), "not one of %s", byName.keySet());
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Enum;
    }
}
