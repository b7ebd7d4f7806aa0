package vn.hopso.meeting.eventlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.EventBus;
import vn.hopso.meeting.realtime.protocol.EventFrame;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;

/**
 * Appends a change's events to the sitting's log inside the transaction that holds the sitting's lock, numbering them
 * after {@code lastSeq}; once the transaction commits, hands them to the bus (this node's subscribers first, then the
 * other nodes). Each frame is encoded once: the log keeps exactly what clients receive.
 */
@Component
public class SittingWriter {

    private final SittingEventLog log;
    private final EventBus bus;
    private final ProtocolCodec codec;
    private final Clock clock;
    private final Counter appended;

    SittingWriter(SittingEventLog log, EventBus bus, ProtocolCodec codec, Clock clock, MeterRegistry metrics) {
        this.appended = Counter.builder("hopso.sitting.events").description("events appended to sitting logs")
                .register(metrics);
        this.log = log;
        this.bus = bus;
        this.codec = codec;
        this.clock = clock;
    }

    /** An event and the account whose command made it (none for the system's own). */
    public record Authored(Emitted emitted, @Nullable UUID actorAccountId) {
    }

    /**
     * Appends the events of one or several commands run under the same lock, each with its own author, in one
     * statement.
     *
     * @return the log's new last sequence number
     */
    public long append(UUID sittingId, long lastSeq, List<Authored> events) {
        if (events.isEmpty()) {
            return lastSeq;
        }
        Instant at = clock.instant();
        long seq = lastSeq;
        List<SittingEventLog.Appended> rows = new ArrayList<>(events.size());
        List<BusEvent> committed = new ArrayList<>(events.size());
        for (Authored authored : events) {
            Emitted emitted = authored.emitted();
            seq++;
            String frame = codec.encode(new EventFrame(sittingId, seq, at, emitted.event()));
            String type = ProtocolCodec.MESSAGES.nameOf(emitted.event().getClass());
            rows.add(new SittingEventLog.Appended(seq, type, emitted.recipients(), frame, authored.actorAccountId()));
            committed.add(new BusEvent(sittingId, seq, emitted.recipients(), frame));
        }
        log.append(sittingId, rows, at);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                appended.increment(committed.size());
                committed.forEach(bus::publish);
            }
        });
        return seq;
    }
}
