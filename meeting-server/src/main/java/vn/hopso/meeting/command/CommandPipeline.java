package vn.hopso.meeting.command;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.bus.Notices;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.eventlog.Emitted;
import vn.hopso.meeting.eventlog.SittingWriter;
import vn.hopso.meeting.sitting.SittingProjector;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.CommandPermissions;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;
import vn.hopso.meeting.sitting.domain.Visibility;

/**
 * Runs every command the same way. Something the caller may not see answers as if it did not exist; something they see
 * but may not change is forbidden; a repeated idempotency key is recognised; then, in the sitting's turn on this node
 * ({@link SittingTurns}) and under its row lock, the handler decides and writes, the sitting's events are derived from
 * the state before and after ({@link SittingProjector}), appended to its log, audited, and published once the
 * transaction commits. Votes waiting together for their sitting's turn share it, and a transaction ({@link
 * VoteBatches}).
 */
@Component
public class CommandPipeline {

    /** Shorter than the connection pool's 30 s: a command refused as busy has not waited for a connection too. */
    private static final Duration TURN_PATIENCE = Duration.ofSeconds(15);
    /** Votes answered at one commit, at most: enough to take a burst's queue at once, few enough to answer soon. */
    private static final int VOTES_PER_BATCH = 100;

    private final Map<Class<?>, CommandHandler<?>> handlers = new HashMap<>();
    private final SittingStore sittings;
    private final SittingWriter writer;
    private final SittingProjector projector;
    private final CommandReceipts receipts;
    private final AuditLog audit;
    private final Notices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SittingTurns turns = new SittingTurns(TURN_PATIENCE);
    private final VoteBatches votes;

    CommandPipeline(List<CommandHandler<?>> handlers, SittingStore sittings, SittingWriter writer,
            SittingProjector projector, CommandReceipts receipts, AuditLog audit, Notices notices,
            TransactionTemplate transactions, Clock clock, MeterRegistry metrics) {
        this.notices = notices;
        Gauge.builder("hopso.commands.waiting", turns, SittingTurns::waiting)
                .description("commands waiting for their sitting's turn on this node").register(metrics);
        for (CommandHandler<?> handler : handlers) {
            if (this.handlers.put(handler.handles(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.handles().getSimpleName());
            }
        }
        for (Class<?> command : SittingCommand.class.getPermittedSubclasses()) {
            if (!this.handlers.containsKey(command)) {
                throw new IllegalStateException("no handler for the command " + command.getSimpleName());
            }
        }
        this.sittings = sittings;
        this.writer = writer;
        this.projector = projector;
        this.receipts = receipts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.votes = new VoteBatches(turns, transactions, LockedRun::new, VOTES_PER_BATCH);
        Gauge.builder("hopso.votes.waiting", votes, VoteBatches::waiting)
                .description("votes waiting on this node for a batch of their sitting").register(metrics);
    }

    /** @param idempotencyKey chosen by the client per action and sent again with every retry of it; may be null */
    public Outcome run(Actor actor, SittingCommand command, @Nullable String idempotencyKey) {
        try {
            UUID sittingId = authorise(actor, command);
            if (command instanceof SittingCommand.CastBallot vote) {
                return votes.run(actor, vote, sittingId, idempotencyKey);
            }
            return turns.inTurn(sittingId, () -> transactions.execute(status -> {
                LockedRun run = new LockedRun(sittingId);
                run.run(actor, command, idempotencyKey);
                return run.finish().getFirst();
            }));
        } catch (Refused refused) {
            return new Outcome.Rejected(refused.refusal());
        }
    }

    /** Finds the command's sitting and checks the caller may see it, and the item it names, and may do this. */
    private UUID authorise(Actor actor, SittingCommand command) {
        Optional<AgendaItem> item = Optional.empty();
        UUID sittingId = switch (command.target()) {
            case SittingCommand.Target.OfSitting of -> of.sittingId();
            case SittingCommand.Target.OfItem of -> {
                item = sittings.item(of.itemId());
                yield item.orElseThrow(() -> Refusal.notFound("nội dung").exception()).sittingId();
            }
        };
        Sitting sitting = sittings.find(sittingId).orElseThrow(() -> Refusal.notFound("phiên họp").exception());
        Viewer viewer = actor.viewerIn(sitting.organisationId())
                .filter(v -> Visibility.mayFollow(v.clearance(), sitting))
                .orElseThrow(() -> Refusal.notFound("phiên họp").exception());
        if (item.isPresent() && !Visibility.sees(viewer.clearance(), item.get(), sitting)) {
            throw Refusal.notFound("nội dung").exception();
        }
        if (!actor.may(CommandPermissions.required(command), sitting.organisationId())) {
            throw Refusal.forbidden().exception();
        }
        return sittingId;
    }

    /**
     * Under the sitting's row lock, taken when it is made: runs commands one after another, each seeing the sitting as
     * the one before left it, and at the end appends all their events (each with its author), publishes their
     * notices once committed, and writes their audit lines.
     */
    private final class LockedRun implements VoteBatches.Run {

        /** A command run: what it made or changed, and whether it had run before under the same key. */
        private record Ran(@Nullable UUID subjectId, boolean repeated) {
        }

        /** An event that says where something stands, and the author of the last command that asked for it. */
        private record Once(CommandContext.Lasting lasting, Actor actor) {
        }

        private final UUID sittingId;
        private final long lastSeq;
        private SittingSnapshot current;
        private final List<Ran> ran = new ArrayList<>();
        private final List<SittingWriter.Authored> events = new ArrayList<>();
        private final Map<String, Once> once = new LinkedHashMap<>();
        private final List<Notice> toNotify = new ArrayList<>();
        private final List<AuditLog.Line> toAudit = new ArrayList<>();
        private final Map<String, Object> shared = new HashMap<>();

        LockedRun(UUID sittingId) {
            Sitting locked = sittings.lock(sittingId).orElseThrow(() -> Refusal.notFound("phiên họp").exception());
            this.sittingId = sittingId;
            this.lastSeq = locked.lastSeq();
            this.current = sittings.snapshot(locked);
        }

        @Override
        public void run(Actor actor, SittingCommand command, @Nullable String idempotencyKey) {
            String fingerprint = idempotencyKey == null ? "" : CommandReceipts.fingerprint(command);
            if (idempotencyKey != null) {
                Optional<CommandReceipts.Receipt> receipt = receipts.find(actor.accountId(), idempotencyKey);
                if (receipt.isPresent()) {
                    if (!receipt.get().isFor(sittingId, fingerprint)) {
                        throw keyReused();
                    }
                    ran.add(new Ran(receipt.get().subjectId(), true));
                    return;
                }
            }
            SittingSnapshot before = current;
            // At the database's precision: an instant a command stores reads back the same in every later snapshot.
            CommandContext context = new CommandContext(actor, before, clock.instant().truncatedTo(ChronoUnit.MICROS),
                    shared);
            CommandHandler<SittingCommand> handler = handlerOf(command);
            UUID subject = handler.handle(command, context);
            if (idempotencyKey != null && !receipts.keep(actor.accountId(), idempotencyKey,
                    new CommandReceipts.Receipt(sittingId, subject, fingerprint), clock.instant())) {
                throw keyReused();
            }
            SittingSnapshot after = handler.changesSittingOrAgenda() ? sittings.snapshot(sittingId).orElseThrow()
                    : before;
            // Kept only now that nothing of the command can be refused any more.
            projector.events(before, after).forEach(event -> events.add(new SittingWriter.Authored(event,
                    actor.accountId())));
            context.extra().forEach(event -> events.add(new SittingWriter.Authored(event, actor.accountId())));
            context.lasting().forEach((key, lasting) -> {
                once.remove(key);
                once.put(key, new Once(lasting, actor));
            });
            toNotify.addAll(context.notices());
            UUID organisationId = before.sitting().organisationId();
            context.auditEntries().forEach(entry -> toAudit.add(new AuditLog.Line(actor, organisationId,
                    entry.action(), entry.targetType(), entry.targetId(), entry.details())));
            current = after;
            ran.add(new Ran(subject, false));
        }

        @Override
        public List<Outcome> finish() {
            once.values().forEach(told -> events.add(new SittingWriter.Authored(
                    new Emitted(told.lasting().event().get(), told.lasting().recipients()), told.actor().accountId())));
            long newLastSeq = writer.append(sittingId, lastSeq, events);
            toNotify.forEach(notices::publish);
            audit.recordAll(toAudit);
            SittingSnapshot now = new SittingSnapshot(withLastSeq(current.sitting(), newLastSeq), current.agenda());
            return ran.stream().<Outcome>map(r -> r.repeated() ? new Outcome.AlreadyApplied(r.subjectId(), now)
                    : new Outcome.Applied(r.subjectId(), now)).toList();
        }
    }

    /** Thrown inside the transaction, so that whatever the command did is rolled back with it. */
    private static Refused keyReused() {
        return Refusal.conflict("idempotency_key_reused",
                "Khóa chống gửi lặp (Idempotency-Key) này đã dùng cho một thao tác khác.").exception();
    }

    @SuppressWarnings("unchecked")
    private CommandHandler<SittingCommand> handlerOf(SittingCommand command) {
        return (CommandHandler<SittingCommand>) handlers.get(command.getClass());
    }

    private static Sitting withLastSeq(Sitting s, long lastSeq) {
        return new Sitting(s.id(), s.sessionId(), s.organisationId(), s.title(), s.startsAt(), s.endsAt(), s.place(),
                s.closed(), s.phase(), s.currentItemId(), s.agendaPublishedAt(), lastSeq, s.version());
    }
}
