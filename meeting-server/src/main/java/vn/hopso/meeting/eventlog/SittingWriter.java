package vn.hopso.meeting.eventlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.EventBus;
import vn.hopso.meeting.realtime.protocol.EventFrame;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.web.ApiProblem;

/**
 * The one way to change a sitting: in one transaction it locks the sitting, lets the change do its work and emit
 * events, appends them to the log with the next sequence numbers, and after commit hands them to the bus.
 */
@Component
public class SittingWriter {

    private final TransactionTemplate transactions;
    private final SittingEventLog log;
    private final EventBus bus;
    private final ProtocolCodec codec;
    private final Clock clock;
    private final Counter appended;

    SittingWriter(TransactionTemplate transactions, SittingEventLog log, EventBus bus, ProtocolCodec codec, Clock clock,
            MeterRegistry metrics) {
        this.appended = Counter.builder("hopso.sitting.events").description("events appended to sitting logs")
                .register(metrics);
        this.transactions = transactions;
        this.log = log;
        this.bus = bus;
        this.codec = codec;
        this.clock = clock;
    }

    public <T> T change(UUID sittingId, Actor actor, Function<SittingChange, T> work) {
        return transactions.execute(status -> {
            long seq = log.lock(sittingId).orElseThrow(() -> ApiProblem.notFound("phiên họp"));
            SittingChange change = new SittingChange();
            T result = work.apply(change);
            Instant at = clock.instant();
            List<BusEvent> committed = new ArrayList<>();
            for (SittingChange.Pending pending : change.pending()) {
                seq++;
                String frame = codec.encode(new EventFrame(sittingId, seq, at, pending.event()));
                String type = ProtocolCodec.MESSAGES.nameOf(pending.event().getClass());
                log.append(sittingId, seq, type, pending.audience(), frame, at, actor.accountId());
                committed.add(new BusEvent(sittingId, seq, pending.audience(), frame));
            }
            if (!committed.isEmpty()) {
                log.advanceTo(sittingId, seq);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        appended.increment(committed.size());
                        committed.forEach(bus::publish);
                    }
                });
            }
            return result;
        });
    }
}
