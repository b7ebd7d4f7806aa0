package vn.hopso.meeting.realtime;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

/**
 * A client's end of a WebSocket for unit tests: records what the server sends. It either takes each frame at once
 * (completing the send inside the call, as a fast network does) or holds every send until the test lets it through,
 * as a client that stopped reading does.
 */
final class RecordingRemote implements RemoteEndpoint.Async {

    final List<String> sent = new CopyOnWriteArrayList<>();
    private final Deque<SendHandler> held = new ArrayDeque<>();
    private volatile boolean reading;
    private volatile int pings;

    RecordingRemote(boolean reading) {
        this.reading = reading;
    }

    /** Lets every held send complete, and completes the ones that follow at once. */
    void startReading() {
        reading = true;
        SendHandler next;
        while ((next = poll()) != null) {
            next.onResult(new SendResult());
        }
    }

    int pings() {
        return pings;
    }

    private synchronized SendHandler poll() {
        return held.pollFirst();
    }

    @Override
    public void sendText(String text, SendHandler handler) {
        sent.add(text);
        if (reading) {
            handler.onResult(new SendResult());
        } else {
            synchronized (this) {
                held.addLast(handler);
            }
        }
    }

    @Override
    public void sendPing(ByteBuffer data) {
        pings++;
    }

    @Override
    public long getSendTimeout() {
        return 0;
    }

    @Override
    public void setSendTimeout(long timeout) {
    }

    @Override
    public Future<Void> sendText(String text) {
        throw new AssertionError("the server must never block on a send");
    }

    @Override
    public Future<Void> sendBinary(ByteBuffer data) {
        throw new AssertionError("the server sends text frames only");
    }

    @Override
    public void sendBinary(ByteBuffer data, SendHandler handler) {
        throw new AssertionError("the server sends text frames only");
    }

    @Override
    public Future<Void> sendObject(Object data) {
        throw new AssertionError("the server sends text frames only");
    }

    @Override
    public void sendObject(Object data, SendHandler handler) {
        throw new AssertionError("the server sends text frames only");
    }

    @Override
    public void setBatchingAllowed(boolean allowed) {
    }

    @Override
    public boolean getBatchingAllowed() {
        return false;
    }

    @Override
    public void flushBatch() {
    }

    @Override
    public void sendPong(ByteBuffer data) {
    }
}
