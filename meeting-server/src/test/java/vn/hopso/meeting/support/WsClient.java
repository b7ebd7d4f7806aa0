package vn.hopso.meeting.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.net.http.WebSocket;
import tools.jackson.databind.JsonNode;

/** A WebSocket client that records every frame it receives, for system tests. */
public final class WsClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<String> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    private WsClient(ApiClient api, java.net.URI uri) {
        this.socket = api.webSocket().buildAsync(uri, this).join();
    }

    public static WsClient connect(ApiClient api) {
        return new WsClient(api, api.webSocketUri());
    }

    /** A socket to another address (another node) riding the same browser session. */
    public static WsClient connect(ApiClient api, java.net.URI uri) {
        return new WsClient(api, uri);
    }

    /** A socket following the sitting from where its log ends now: what comes after is what the test did next. */
    public static WsClient followingFromNow(ApiClient api, String sittingId) {
        ApiClient.Response view = api.get("/api/sittings/" + sittingId + "/view");
        if (view.status() != 200) {
            throw new AssertionError("the sitting's view: " + view.raw());
        }
        WsClient socket = connect(api);
        socket.nextOfType("session.welcome");
        socket.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sittingId + "\",\"afterSeq\":"
                + view.body().get("lastSeq").asLong() + "}");
        socket.nextOfType("sitting.subscribed");
        return socket;
    }

    public void send(String frame) {
        socket.sendText(frame, true).join();
    }

    public void send(JsonNode frame) {
        send(frame.toString());
    }

    /** The next frame matching {@code wanted}, skipping (and returning in {@code skipped}) the others. */
    public JsonNode next(Predicate<JsonNode> wanted) {
        return next(wanted, Duration.ofSeconds(10));
    }

    public JsonNode next(Predicate<JsonNode> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no matching frame within " + timeout);
                }
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public JsonNode nextOfType(String type) {
        return next(f -> type.equals(f.path("type").asString()));
    }

    /** Every frame that arrives before one matching {@code until}, which is included last. */
    public List<JsonNode> until(Predicate<JsonNode> until) {
        List<JsonNode> seen = new ArrayList<>();
        next(frame -> {
            seen.add(frame);
            return until.test(frame);
        });
        return seen;
    }

    /** Every frame received so far, as the exact text the server sent. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    public CompletableFuture<Integer> closed() {
        return closed;
    }

    public void abort() {
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            texts.add(partial.toString());
            frames.add(ApiClient.json().readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }
}
