package vn.hopso.meeting.protocol;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.realtime.protocol.ClientCommand;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage;
import vn.hopso.meeting.realtime.protocol.SittingEvent;

/** Writes the TypeScript twin of the published protocol: the REST records and the WebSocket messages. */
final class TypeScriptProtocol {

    private final StringBuilder out = new StringBuilder();

    static String generate() {
        return new TypeScriptProtocol().render();
    }

    private String render() {
        out.append("""
                // GENERATED from the Java records of vn.hopso.meeting.api and vn.hopso.meeting.realtime.protocol (and the
                // Permission enumeration of vn.hopso.meeting.access) by
                // TypeScriptProtocolTest: do not edit. After changing a record, rebuild with -Dhopso.protocol.write=true.
                """);
        List<Class<?>> api = new ClassFileImporter().importPackages("vn.hopso.meeting.api").stream()
                .filter(c -> c.getPackageName().equals("vn.hopso.meeting.api"))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getSimpleName))
                .collect(Collectors.toList());
        section("Enumerations (wire values)");
        java.util.stream.Stream.concat(api.stream().filter(Class::isEnum), java.util.stream.Stream.of(Permission.class))
                .sorted(Comparator.comparing(Class::getSimpleName)).forEach(this::enumeration);
        section("REST");
        api.stream().filter(Class::isRecord).forEach(type -> record(type, List.of()));
        section("WebSocket: client → server commands (each may carry a ref, echoed in the answer, and a commandId, the "
                + "same when the command is sent again: it runs once)");
        List<Class<? extends ClientCommand>> commands = sorted(ProtocolCodec.COMMANDS.all().values());
        commands.forEach(type -> record(type, List.of(literal(type), "ref?: string;", "commandId?: string;")));
        union("ClientCommand", commands);
        section("WebSocket: server → client messages");
        List<Class<? extends ServerMessage>> messages = sorted(ProtocolCodec.MESSAGES.all().values());
        List<Class<? extends ServerMessage>> control = messages.stream()
                .filter(type -> !SittingEvent.class.isAssignableFrom(type)).toList();
        List<Class<? extends ServerMessage>> events = messages.stream()
                .filter(SittingEvent.class::isAssignableFrom).toList();
        control.forEach(type -> record(type, List.of(literal(type))));
        events.forEach(type -> record(type, List.of(literal(type), "sittingId: string;", "seq: number;", "at: string;")));
        union("SittingEvent", events);
        out.append("\nexport type ServerMessage = ")
                .append(control.stream().map(Class::getSimpleName).collect(Collectors.joining(" | ")))
                .append(" | SittingEvent;\n");
        return out.toString();
    }

    private void section(String title) {
        out.append("\n// ---- ").append(title).append(" ----\n");
    }

    private void enumeration(Class<?> type) {
        out.append("\nexport type ").append(type.getSimpleName()).append(" = ")
                .append(Arrays.stream(type.getEnumConstants()).map(c -> "'" + c + "'").collect(Collectors.joining(" | ")))
                .append(";\n");
    }

    private void record(Class<?> type, List<String> leading) {
        out.append("\nexport interface ").append(type.getSimpleName()).append(" {\n");
        leading.forEach(line -> out.append("  ").append(line).append('\n'));
        for (RecordComponent component : type.getRecordComponents()) {
            out.append("  ").append(component.getName()).append(": ").append(typeOf(component.getAnnotatedType()))
                    .append(";\n");
        }
        out.append("}\n");
    }

    private void union(String name, List<? extends Class<?>> members) {
        out.append("\nexport type ").append(name).append(" =\n");
        members.forEach(type -> out.append("  | ").append(type.getSimpleName()).append('\n'));
        out.setLength(out.length() - 1);
        out.append(";\n");
    }

    private static String literal(Class<?> type) {
        return "type: '" + nameOf(type) + "';";
    }

    private static String nameOf(Class<?> type) {
        return ClientCommand.class.isAssignableFrom(type) ? ProtocolCodec.COMMANDS.nameOf(type)
                : ProtocolCodec.MESSAGES.nameOf(type);
    }

    private static String typeOf(AnnotatedType annotated) {
        String base = typeOf(annotated.getType());
        return annotated.isAnnotationPresent(Nullable.class) ? base + " | null" : base;
    }

    private static String typeOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return typeOf(parameterized.getActualTypeArguments()[0]) + "[]";
        }
        if (type instanceof Class<?> c) {
            if (c == String.class || c == UUID.class || c == Instant.class || c == LocalDate.class) {
                return "string";
            }
            if (c == int.class || c == long.class || c == Integer.class || c == Long.class || c == double.class) {
                return "number";
            }
            if (c == boolean.class || c == Boolean.class) {
                return "boolean";
            }
            if (c.isRecord() || c.isEnum()) {
                return c.getSimpleName();
            }
        }
        throw new IllegalArgumentException("no TypeScript type for " + type + "; extend TypeScriptProtocol");
    }

    private static <T> List<Class<? extends T>> sorted(java.util.Collection<Class<? extends T>> types) {
        return types.stream().sorted(Comparator.comparing(TypeScriptProtocol::nameOf)).toList();
    }
}
