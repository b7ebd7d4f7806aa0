package vn.hopso.media.janus;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A handle attached to a Janus plugin. Synchronous plugin requests (VideoRoom's create, destroy, list…) are answered in
 * the HTTP response; asynchronous ones (join, leave, configure) are acknowledged there and answered by an event.
 */
public final class JanusHandle {

    private final JanusSession session;
    private final long id;

    JanusHandle(JanusSession session, long id) {
        this.session = session;
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** Sends a synchronous plugin request and returns the plugin's answer ({@code plugindata.data}). */
    public JsonNode request(ObjectNode body) {
        return pluginData(session.post(path(), message(body)));
    }

    /** Sends an asynchronous plugin request and waits for the event that answers it. */
    public JsonNode requestAndWait(ObjectNode body) {
        return pluginData(exchange(message(body), body));
    }

    /**
     * Sends an asynchronous plugin request with our session description ({@code jsep}) and waits for the event that
     * answers it: the plugin's data (refusals thrown) with Janus' own {@code jsep}, if any.
     */
    public JsonNode negotiate(ObjectNode body, ObjectNode jsep) {
        ObjectNode message = message(body);
        message.set("jsep", jsep);
        return negotiated(message, body);
    }

    /** Sends an asynchronous plugin request that Janus answers with a session description of its own (an offer). */
    public JsonNode negotiate(ObjectNode body) {
        return negotiated(message(body), body);
    }

    private JsonNode negotiated(ObjectNode message, ObjectNode body) {
        JsonNode event = exchange(message, body);
        pluginData(event);
        return event;
    }

    private JsonNode exchange(ObjectNode message, ObjectNode body) {
        CompletableFuture<JsonNode> answer = session.expect(message);
        try {
            JsonNode ack = session.post(path(), message);
            if (!"ack".equals(ack.path("janus").asString())) {
                session.forget(message);
                return ack;
            }
            return answer.get(session.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            session.forget(message);
            throw new JanusUnreachable("no answer from Janus to " + body.path("request").asString(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof JanusException janus ? janus
                    : new JanusUnreachable("the answer from Janus failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.forget(message);
            throw new JanusUnreachable("interrupted while waiting for Janus", e);
        } catch (JanusException refused) {
            session.forget(message);
            throw refused;
        }
    }

    /** Receives the events Janus sends to this handle that answer none of our requests (one thread, in order). */
    public void listen(Consumer<JsonNode> listener) {
        session.listen(id, listener);
    }

    /** Detaches the handle; a handle Janus already dropped counts as detached. */
    public void detach() {
        session.unlisten(id);
        try {
            session.post(path(), session.message("detach"));
        } catch (JanusHandleLost | JanusSessionLost alreadyGone) {
            // nothing left to detach
        }
    }

    private ObjectNode message(ObjectNode body) {
        ObjectNode message = session.message("message");
        message.set("body", body);
        return message;
    }

    private String path() {
        return "/" + session.id() + "/" + id;
    }

    private static JsonNode pluginData(JsonNode answer) {
        JsonNode data = answer.path("plugindata").path("data");
        if (data.has("error_code")) {
            throw new VideoRoomRefused(data.path("error_code").asInt(), data.path("error").asString());
        }
        return data;
    }
}
