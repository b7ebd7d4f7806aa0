package vn.hopso.meeting.realtime;

import java.util.UUID;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage;

/** A {@link Connection} seen as a {@link Peer}. */
record SocketPeer(Connection connection, ProtocolCodec codec) implements Peer {

    @Override
    public String id() {
        return connection.id();
    }

    @Override
    public UUID accountId() {
        return connection.accountId();
    }

    @Override
    public void send(ServerMessage message) {
        connection.send(codec.encode(message));
    }
}
