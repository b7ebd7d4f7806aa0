package vn.hopso.media.janus;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Janus session: its handles, a keep-alive and a long poll, each on a virtual thread. An event that answers an
 * asynchronous request (same transaction) completes that request; any other event goes to its handle's listener on
 * one event thread, in Janus' order, so a listener may call Janus without stalling the poll. The session reports
 * itself lost once, when Janus says it no longer knows it or tells us it timed out.
 */
public final class JanusSession implements AutoCloseable {

    private static final int EVENTS_PER_POLL = 10;

    private final JanusHttp http;
    private final long id;
    private final Consumer<JanusSession> onLost;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<JsonNode>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService events = Executors.newSingleThreadExecutor(Thread.ofVirtual()
            .name("janus-events").factory());
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread poller;
    private final Thread keeper;

    private JanusSession(JanusHttp http, long id, Consumer<JanusSession> onLost) {
        this.http = http;
        this.id = id;
        this.onLost = onLost;
        this.poller = Thread.ofVirtual().name("janus-poll-" + id).unstarted(this::poll);
        this.keeper = Thread.ofVirtual().name("janus-keepalive-" + id).unstarted(this::keepAlive);
    }

    /** Opens a new session and starts its keep-alive and long poll; {@code onLost} runs once if Janus drops it. */
    static JanusSession open(JanusHttp http, Consumer<JanusSession> onLost) {
        long id = http.post("", http.message("create")).path("data").path("id").asLong();
        JanusSession session = new JanusSession(http, id, onLost);
        session.poller.start();
        session.keeper.start();
        return session;
    }

    public long id() {
        return id;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** Attaches a handle to the plugin, e.g. {@code janus.plugin.videoroom}. */
    public JanusHandle attach(String plugin) {
        ObjectNode message = http.message("attach");
        message.put("plugin", plugin);
        long handle = post("/" + id, message).path("data").path("id").asLong();
        return new JanusHandle(this, handle);
    }

    JsonNode post(String path, ObjectNode message) {
        try {
            return http.post(path, message);
        } catch (JanusSessionLost lost) {
            lose();
            throw lost;
        }
    }

    ObjectNode message(String kind) {
        return http.message(kind);
    }

    Duration requestTimeout() {
        return http.endpoint().requestTimeout();
    }

    /** Expects an event with the message's transaction; register before sending, the event may beat the ack. */
    CompletableFuture<JsonNode> expect(ObjectNode message) {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(message.path("transaction").asString(), answer);
        if (!open.get()) {
            answer.completeExceptionally(new JanusSessionLost(458, "session " + id + " is closed"));
        }
        return answer;
    }

    void forget(ObjectNode message) {
        pending.remove(message.path("transaction").asString());
    }

    void listen(long handle, Consumer<JsonNode> listener) {
        listeners.put(handle, listener);
    }

    void unlisten(long handle) {
        listeners.remove(handle);
    }

    /** Destroys the session on Janus (when it still answers) and stops its threads. */
    @Override
    public void close() {
        if (!open.getAndSet(false)) {
            return;
        }
        stop(new JanusSessionLost(458, "session " + id + " was closed"));
        try {
            http.post("/" + id, http.message("destroy"));
        } catch (JanusException alreadyGone) {
            // Janus forgot it or is down: nothing left to destroy
        }
    }

    private void poll() {
        while (open.get()) {
            JsonNode batch;
            try {
                batch = http.poll(id, EVENTS_PER_POLL);
            } catch (JanusSessionLost lost) {
                lose();
                return;
            } catch (JanusException unreachable) {
                pause();
                continue;
            }
            for (JsonNode event : batch) {
                dispatch(event);
            }
        }
    }

    private void dispatch(JsonNode event) {
        String kind = event.path("janus").asString();
        if ("keepalive".equals(kind)) {
            return;
        }
        if ("timeout".equals(kind)) {
            lose();
            return;
        }
        CompletableFuture<JsonNode> waiting = pending.remove(event.path("transaction").asString(""));
        if (waiting != null) {
            waiting.complete(event);
            return;
        }
        Consumer<JsonNode> listener = listeners.get(event.path("sender").asLong());
        if (listener == null) {
            return;
        }
        try {
            events.execute(() -> listener.accept(event));
        } catch (RejectedExecutionException closed) {
            // the session was lost or closed meanwhile: its handles are gone, and so is the point of the event
        }
    }

    private void keepAlive() {
        while (open.get()) {
            try {
                Thread.sleep(http.endpoint().keepAlive());
                http.post("/" + id, http.message("keepalive"));
            } catch (JanusSessionLost lost) {
                lose();
            } catch (JanusException unreachable) {
                // the long poll notices when Janus comes back without our session
            } catch (InterruptedException closing) {
                return;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(http.endpoint().reconnectDelay());
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
            open.set(false);
        }
    }

    private void lose() {
        if (open.getAndSet(false)) {
            stop(new JanusSessionLost(458, "Janus lost session " + id));
            onLost.accept(this);
        }
    }

    private void stop(JanusSessionLost reason) {
        pending.values().forEach(waiting -> waiting.completeExceptionally(reason));
        pending.clear();
        keeper.interrupt();
        poller.interrupt();
        events.shutdown();
    }

    @Override
    public String toString() {
        return "JanusSession[" + id + "]";
    }

}
