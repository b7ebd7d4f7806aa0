package vn.hopso.meeting.realtime.protocol;

import java.util.Objects;
import java.util.UUID;

/** What a browser may send over the WebSocket. Each record is one command with its own handler. */
public sealed interface ClientCommand {

    /** Start (or resume) receiving a sitting's events after {@code afterSeq}: exactly the missed ones, then live. */
    @Wire("sitting.subscribe")
    record SubscribeSitting(UUID sittingId, long afterSeq) implements ClientCommand {
        public SubscribeSitting {
            Objects.requireNonNull(sittingId, "sittingId");
            if (afterSeq < 0) {
                throw new IllegalArgumentException("afterSeq must not be negative");
            }
        }
    }

    @Wire("sitting.unsubscribe")
    record UnsubscribeSitting(UUID sittingId) implements ClientCommand {
        public UnsubscribeSitting {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** Application heartbeat: a browser cannot see WebSocket pings, so it asks and waits for the pong. */
    @Wire("heartbeat.ping")
    record Ping(String nonce) implements ClientCommand {
        public Ping {
            Objects.requireNonNull(nonce, "nonce");
        }
    }

    /** Khai mạc phiên họp. */
    @Wire("sitting.start")
    record StartSitting(UUID sittingId) implements ClientCommand {
        public StartSitting {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** Bế mạc phiên họp. */
    @Wire("sitting.end")
    record EndSitting(UUID sittingId) implements ClientCommand {
        public EndSitting {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** The chair moves to the next published agenda item. */
    @Wire("agenda.next")
    record AdvanceAgenda(UUID sittingId) implements ClientCommand {
        public AdvanceAgenda {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** The chair moves to a given published agenda item. */
    @Wire("agenda.goto")
    record GoToAgendaItem(UUID sittingId, UUID itemId) implements ClientCommand {
        public GoToAgendaItem {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(itemId, "itemId");
        }
    }
}
