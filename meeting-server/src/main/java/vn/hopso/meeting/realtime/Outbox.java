package vn.hopso.meeting.realtime;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What waits to be sent to one client, sent one frame at a time without blocking the caller: a fan-out lane hands a
 * frame over and moves on to the next client. A client that does not read lets this fill up; past {@code limitChars}
 * it is given up on ({@code onFailure}), instead of holding memory or anyone else's delivery.
 */
final class Outbox {

    private final RemoteEndpoint.Async remote;
    private final int limitChars;
    private final Consumer<String> onFailure;
    private final Deque<Object> queue = new ArrayDeque<>();
    private int queuedChars;
    private boolean busy;
    private boolean failed;
    /** The thread inside {@code sendText}, to tell a completion that comes back at once from one that comes later. */
    private @Nullable Thread sending;
    private boolean completedInline;

    Outbox(RemoteEndpoint.Async remote, int limitChars, Consumer<String> onFailure) {
        this.remote = remote;
        this.limitChars = limitChars;
        this.onFailure = onFailure;
    }

    /** Queues a frame; false if the client was given up on (now or before). */
    boolean offer(String text) {
        synchronized (this) {
            if (failed) {
                return false;
            }
            if (queuedChars + text.length() > limitChars) {
                failed = true;
                queue.clear();
            } else {
                queuedChars += text.length();
                if (busy) {
                    queue.addLast(text);
                    return true;
                }
                busy = true;
            }
        }
        if (failed) {
            onFailure.accept("the client does not read what it is sent");
            return false;
        }
        pump(text);
        return true;
    }

    /** Runs {@code action} once everything queued so far has been sent (say, closing after a last frame). */
    void then(Runnable action) {
        synchronized (this) {
            if (busy && !failed) {
                queue.addLast(action);
                return;
            }
        }
        action.run();
    }

    /** Sends a ping unless a frame is on its way (then the client is busy reading, which proves it is alive). */
    void pingIfIdle() {
        synchronized (this) {
            if (busy || failed) {
                return;
            }
            busy = true;
        }
        try {
            remote.sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            fail("ping failed: " + e.getMessage());
            return;
        }
        String next;
        synchronized (this) {
            next = nextOrIdle();
        }
        if (next != null) {
            pump(next);
        }
    }

    private void pump(String first) {
        String text = first;
        while (text != null) {
            String inFlight = text;
            synchronized (this) {
                sending = Thread.currentThread();
                completedInline = false;
            }
            try {
                remote.sendText(inFlight, result -> completed(inFlight, result));
            } catch (RuntimeException e) {
                fail("send failed: " + e.getMessage());
                return;
            }
            synchronized (this) {
                sending = null;
                if (!completedInline) {
                    return;
                }
                text = nextOrIdle();
            }
        }
    }

    private void completed(String text, SendResult result) {
        if (!result.isOK()) {
            fail("send failed: " + result.getException());
            return;
        }
        String next;
        synchronized (this) {
            queuedChars -= text.length();
            if (sending == Thread.currentThread()) {
                completedInline = true;
                return;
            }
            next = nextOrIdle();
        }
        if (next != null) {
            pump(next);
        }
    }

    /** The next frame to send; actions queued before it run first (they only hand work to other threads). */
    private @Nullable String nextOrIdle() {
        while (!failed) {
            Object next = queue.pollFirst();
            if (next instanceof Runnable action) {
                action.run();
                continue;
            }
            busy = next != null;
            return (String) next;
        }
        busy = false;
        return null;
    }

    private void fail(String why) {
        synchronized (this) {
            if (failed) {
                return;
            }
            failed = true;
            queue.clear();
        }
        onFailure.accept(why);
    }
}
