package vn.hopso.media.janus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * Our connection to one Janus node: its {@code info}, and one session that is opened when first needed and opened
 * again, in the background, whenever Janus loses it (a restart, a missed keep-alive). Listeners hear of the loss at
 * once and of the new session when Janus accepts it.
 */
public final class JanusNode implements AutoCloseable {

    /** Told when the session is lost and when a new one replaces it. */
    public interface SessionListener {

        /** Janus lost our session: every handle of it is gone, and so is whatever it created. */
        void sessionLost();

        /** A new session replaces the lost one. */
        void sessionRestored(JanusSession session);
    }

    private final JanusHttp http;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private JanusSession session;
    private boolean closed;
    private Thread reconnecting;

    public JanusNode(JanusEndpoint endpoint) {
        this.http = new JanusHttp(endpoint);
    }

    public JanusEndpoint endpoint() {
        return http.endpoint();
    }

    /** Janus' {@code server_info} answer: version, session timeout, plugins. */
    public JsonNode info() {
        return http.info();
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    /** The open session, opening one when there is none. */
    public synchronized JanusSession session() {
        if (closed) {
            throw new IllegalStateException("this Janus node was closed");
        }
        if (session == null || !session.isOpen()) {
            session = JanusSession.open(http, this::lost);
        }
        return session;
    }

    /** Whether a session is open now (false while Janus is down or we reconnect). */
    public synchronized boolean connected() {
        return session != null && session.isOpen();
    }

    @Override
    public void close() {
        JanusSession last;
        synchronized (this) {
            closed = true;
            last = session;
            session = null;
            if (reconnecting != null) {
                reconnecting.interrupt();
            }
        }
        if (last != null) {
            last.close();
        }
        http.close();
    }

    private void lost(JanusSession gone) {
        synchronized (this) {
            if (closed || session != gone) {
                return;
            }
            session = null;
            reconnecting = Thread.ofVirtual().name("janus-reconnect").start(this::reconnect);
        }
        listeners.forEach(SessionListener::sessionLost);
    }

    private void reconnect() {
        while (true) {
            JanusSession fresh;
            try {
                fresh = session();
            } catch (JanusException down) {
                if (!await()) {
                    return;
                }
                continue;
            } catch (IllegalStateException closedMeanwhile) {
                return;
            }
            listeners.forEach(listener -> listener.sessionRestored(fresh));
            return;
        }
    }

    private boolean await() {
        try {
            Thread.sleep(http.endpoint().reconnectDelay());
            return true;
        } catch (InterruptedException closing) {
            return false;
        }
    }
}
