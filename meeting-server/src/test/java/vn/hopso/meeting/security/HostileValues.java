package vn.hopso.meeting.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Values nobody should get past the API with, chosen by the kind of field they are sent to (read from the field's
 * OpenAPI schema). Each is JSON text with its escapes kept, so unpaired surrogates and control characters reach the
 * server exactly as a hostile client would send them.
 */
final class HostileValues {

    /** The kinds of field a form has; a field of another kind fails the test until values are written for it. */
    enum Kind { TEXT, ID, ENUM, DATE, INSTANT, INTEGER, BOOLEAN, ID_LIST }

    /** One value for one field: {@code json} is the raw JSON text, or {@code null} to leave the field out. */
    record Value(String label, String json) {
        static final String MISSING = null;
    }

    private static final String HUNDRED_KB = "x".repeat(100_000);

    private HostileValues() {
    }

    static Kind kindOf(String field, JsonNode property) {
        String type = property.path("type").asString("");
        String format = property.path("format").asString("");
        Kind kind = switch (type) {
            case "string" -> property.has("enum") ? Kind.ENUM : switch (format) {
                case "uuid" -> Kind.ID;
                case "date" -> Kind.DATE;
                case "date-time" -> Kind.INSTANT;
                case "" -> Kind.TEXT;
                default -> null;
            };
            case "integer" -> Kind.INTEGER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> "uuid".equals(property.path("items").path("format").asString("")) ? Kind.ID_LIST : null;
            default -> null;
        };
        if (kind == null) {
            throw new AssertionError("no hostile values for field " + field + " of schema " + property
                    + ": add its kind to HostileValues");
        }
        return kind;
    }

    /** The hostile values for a field; blank and missing values only where the field is required. */
    static List<Value> forField(String field, JsonNode property, boolean required) {
        List<Value> values = new ArrayList<>(switch (kindOf(field, property)) {
            case TEXT -> text(required);
            case ID -> ids();
            case ENUM -> enumeration(property.get("enum").get(0).asString());
            case DATE -> dates();
            case INSTANT -> instants();
            case INTEGER -> integers(field, property);
            case BOOLEAN -> booleans();
            case ID_LIST -> idLists();
        });
        if (required) {
            values.add(new Value("null", "null"));
            values.add(new Value("missing", Value.MISSING));
        }
        return values;
    }

    private static List<Value> text(boolean required) {
        List<Value> values = new ArrayList<>(List.of(
                string("NUL", "\\u0000"), string("NUL inside", "Tờ trình\\u0000số 1"), string("SOH", "\\u0001"),
                string("BEL", "\\u0007"), string("ANSI escape", "\\u001b[2J"), string("DEL", "\\u007f"),
                string("C1 NEL", "\\u0085"), string("C1 CSI", "\\u009b"), string("lone high surrogate", "\\ud800"),
                string("lone low surrogate inside", "Tờ \\udc00 trình"), string("high surrogate at the end", "Tờ\\udbff"),
                string("non-character U+FFFF", "\\uffff"), string("non-character U+FDD0", "\\ufdd0"),
                string("bidi override", "Tờ \\u202e trình"), string("100 KB", HUNDRED_KB),
                string("100 KB of đ", "đ".repeat(50_000)),
                new Value("number", "12"), new Value("negative number", "-1"), new Value("5.5", "5.5"),
                new Value("1e400", "1e400"), new Value("true", "true"), new Value("false", "false"),
                new Value("object", "{}"), new Value("object with text", "{\"vi\": \"Tờ trình\"}"),
                new Value("empty array", "[]"), new Value("array of text", "[\"Tờ trình\"]")));
        if (required) {
            values.addAll(List.of(string("empty", ""), string("space", " "), string("U+3000 only", "\\u3000\\u3000"),
                    string("NBSP only", "\\u00a0"), string("zero-width only", "\\u200b\\u200b"),
                    string("figure and narrow spaces, BOM", "\\u2007\\u202f\\ufeff"), string("tab and newline", "\\t\\n"),
                    string("Hangul filler", "\\u3164")));
        }
        return values;
    }

    private static List<Value> ids() {
        return List.of(string("not a UUID", "x"), string("empty", ""), string("bad hex", "00000000-0000-0000-0000-00000000000g"),
                string("long", "0".repeat(2000)), string("NUL", "\\u0000"), string("unknown id", UUID.randomUUID().toString()),
                new Value("number", "0"), new Value("true", "true"), new Value("object", "{}"),
                new Value("array", "[\"" + UUID.randomUUID() + "\"]"));
    }

    private static List<Value> enumeration(String first) {
        return List.of(string("empty", ""), string("lower case", first.toLowerCase()), string("unknown", "KHONG_CO"),
                string("with NUL", first + "\\u0000"), string("with a space", " " + first), new Value("number 0", "0"),
                new Value("number 1", "1"), new Value("true", "true"), new Value("object", "{}"),
                new Value("array", "[\"" + first + "\"]"));
    }

    private static List<Value> dates() {
        return List.of(string("empty", ""), string("30 February", "2026-02-30"), string("year 1999", "1999-12-31"),
                string("year 2101", "2101-01-01"), string("year one billion", "+1000000000-01-01"),
                string("last LocalDate", "+999999999-12-31"), string("first LocalDate", "-999999999-01-01"),
                string("an instant", "2026-12-08T00:00:00Z"), string("Vietnamese order", "08/12/2026"),
                new Value("epoch day", "20000"), new Value("array", "[2026, 12, 8]"), new Value("true", "true"),
                new Value("object", "{}"));
    }

    private static List<Value> instants() {
        return List.of(string("empty", ""), string("year one billion", "+1000000000-01-01T00:00:00Z"),
                string("year minus one billion", "-1000000000-01-01T00:00:00Z"),
                string("beyond Instant.MAX", "+1000000001-01-01T00:00:00Z"), string("year 1999", "1999-12-31T23:59:59Z"),
                string("year 2101", "2101-01-01T00:00:00Z"), string("no offset", "2026-12-08T08:00:00"),
                string("month 13", "2026-13-01T00:00:00Z"), string("words", "now"), new Value("epoch seconds", "1700000000"),
                new Value("fraction", "1.5"), new Value("negative", "-1"), new Value("true", "true"),
                new Value("object", "{}"), new Value("array", "[2026, 12, 8, 1, 0]"));
    }

    private static List<Value> integers(String field, JsonNode property) {
        if (!property.has("minimum") || !property.has("maximum")) {
            throw new AssertionError("integer field " + field + " has no declared range (@Min and @Max)");
        }
        long min = property.get("minimum").asLong();
        long max = property.get("maximum").asLong();
        return List.of(new Value("below the minimum", String.valueOf(min - 1)),
                new Value("above the maximum", String.valueOf(max + 1)), new Value("5.5", "5.5"),
                new Value("0.5", "0.5"), new Value("1e2", "1e2"), new Value("1e400", "1e400"),
                new Value("20 digits", "99999999999999999999"), new Value("minus 20 digits", "-99999999999999999999"),
                new Value("2^31", "2147483648"), new Value("-2^31-1", "-2147483649"), string("\"5\"", "5"),
                string("empty", ""), new Value("true", "true"), new Value("object", "{}"), new Value("array", "[5]"));
    }

    private static List<Value> booleans() {
        return List.of(string("\"true\"", "true"), string("\"false\"", "false"), new Value("1", "1"), new Value("0", "0"),
                string("empty", ""), string("yes", "yes"), new Value("null", "null"), new Value("object", "{}"),
                new Value("array", "[true]"), new Value("missing", Value.MISSING));
    }

    private static List<Value> idLists() {
        String manyIds = IntStream.range(0, 10_000).mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        String id = "\"" + UUID.randomUUID() + "\"";
        return List.of(new Value("one id, not a list", id), new Value("object", "{}"), new Value("[null]", "[null]"),
                new Value("not ids", "[\"x\"]"), new Value("numbers", "[1]"), new Value("nested lists", "[[]]"),
                new Value("objects", "[{}]"), new Value("10,000 ids", manyIds), new Value("an unknown id", "[" + id + "]"),
                new Value("the same id twice", "[" + id + "," + id + "]"));
    }

    private static Value string(String label, String escapedContent) {
        return new Value(label, "\"" + escapedContent + "\"");
    }
}
