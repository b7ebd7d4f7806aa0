package vn.hopso.meeting.realtime.protocol;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads client frames into {@link ClientCommand}s and writes {@link ServerMessage}s. Every frame is a flat JSON object
 * with {@code type}; commands may carry a {@code ref} that answers echo; events add {@code sittingId, seq, at}.
 */
public final class ProtocolCodec {

    public static final WireTypes<ClientCommand> COMMANDS = new WireTypes<>(ClientCommand.class);
    public static final WireTypes<ServerMessage> MESSAGES = new WireTypes<>(ServerMessage.class);
    /** Longest accepted {@code commandId}: a UUID fits with room to spare. */
    static final int MAX_COMMAND_ID = 64;

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    public Decoded decode(String frame) {
        JsonNode tree;
        try {
            tree = json.readTree(frame);
        } catch (JacksonException e) {
            return new Decoded.Rejected(null, "bad_json", "Tin nhắn không phải JSON hợp lệ.");
        }
        if (!(tree instanceof ObjectNode node)) {
            return new Decoded.Rejected(null, "bad_json", "Tin nhắn phải là một đối tượng JSON.");
        }
        JsonNode refNode = node.remove("ref");
        String ref = refNode != null && refNode.isString() ? refNode.asString() : null;
        JsonNode commandIdNode = node.remove("commandId");
        String commandId = commandIdNode != null && commandIdNode.isString() ? commandIdNode.asString() : null;
        if (commandIdNode != null && (commandId == null || commandId.isEmpty() || commandId.length() > MAX_COMMAND_ID)) {
            return new Decoded.Rejected(ref, "bad_message", "Mã lệnh (commandId) không hợp lệ.");
        }
        JsonNode typeNode = node.remove("type");
        if (typeNode == null || !typeNode.isString()) {
            return new Decoded.Rejected(ref, "missing_type", "Tin nhắn thiếu trường type.");
        }
        var type = COMMANDS.forName(typeNode.asString());
        if (type.isEmpty()) {
            return new Decoded.Rejected(ref, "unknown_type", "Loại tin nhắn không được hỗ trợ: " + typeNode.asString());
        }
        try {
            return new Decoded.Command(ref, commandId, json.treeToValue(node, type.get()));
        } catch (JacksonException | IllegalArgumentException e) {
            return new Decoded.Rejected(ref, "bad_message", "Tin nhắn thiếu trường hoặc có trường không hợp lệ.");
        }
    }

    /** Writes a control message; events go through {@link #encode(EventFrame)}. */
    public String encode(ServerMessage message) {
        ObjectNode node = json.valueToTree(message);
        return withType(node, MESSAGES.nameOf(message.getClass())).toString();
    }

    public String encode(EventFrame frame) {
        ObjectNode node = json.valueToTree(frame.event());
        node.put("sittingId", frame.sittingId().toString());
        node.put("seq", frame.seq());
        node.put("at", frame.at().toString());
        return withType(node, MESSAGES.nameOf(frame.event().getClass())).toString();
    }

    public ServerMessage decodeServerMessage(String frame) {
        ObjectNode node = (ObjectNode) json.readTree(frame);
        String type = node.remove("type").asString();
        if (isEvent(type)) {
            node.remove(java.util.List.of("sittingId", "seq", "at"));
        }
        return json.treeToValue(node, MESSAGES.forName(type).orElseThrow());
    }

    public String encode(ClientCommand command, @Nullable String ref) {
        return encode(command, ref, null);
    }

    public String encode(ClientCommand command, @Nullable String ref, @Nullable String commandId) {
        ObjectNode node = json.valueToTree(command);
        if (ref != null) {
            node.put("ref", ref);
        }
        if (commandId != null) {
            node.put("commandId", commandId);
        }
        return withType(node, COMMANDS.nameOf(command.getClass())).toString();
    }

    private static boolean isEvent(String type) {
        return MESSAGES.forName(type).map(SittingEvent.class::isAssignableFrom).orElse(false);
    }

    private ObjectNode withType(ObjectNode fields, String type) {
        ObjectNode framed = json.createObjectNode();
        framed.put("type", type);
        framed.setAll(fields);
        return framed;
    }
}
