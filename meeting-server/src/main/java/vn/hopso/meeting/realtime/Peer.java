package vn.hopso.meeting.realtime;

import java.util.UUID;
import vn.hopso.meeting.realtime.protocol.ServerMessage;

/** One socket as a handler outside this package sees it: which it is, whose it is, and how to answer it. */
public interface Peer {

    /** Unique among this node's open sockets. */
    String id();

    UUID accountId();

    /** Queues a message to this socket alone; never blocks. */
    void send(ServerMessage message);
}
