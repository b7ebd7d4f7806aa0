package vn.hopso.meeting.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.eventlog.Emitted;
import vn.hopso.meeting.realtime.protocol.SittingEvent;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;

/** What a handler knows and may add while it runs: who asked, the sitting as it stood under the lock, the time. */
public final class CommandContext {

    /** One line of the audit log the command writes. */
    record AuditEntry(String action, String targetType, @Nullable UUID targetId, Map<String, ?> details) {
    }

    private final Actor actor;
    private final SittingSnapshot before;
    private final Instant now;
    private final List<Emitted> extra = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final Map<String, Lasting> lasting = new LinkedHashMap<>();

    /** An event that says where something stands, made once the commands that asked for it have all run. */
    record Lasting(Supplier<SittingEvent> event, Recipients recipients) {
    }

    private final Map<String, Object> shared;

    /** @param shared what the commands run under the same lock share (see {@link #shared}) */
    CommandContext(Actor actor, SittingSnapshot before, Instant now, Map<String, Object> shared) {
        this.actor = actor;
        this.before = before;
        this.now = now;
        this.shared = shared;
    }

    /**
     * A fact read once for every command run under the same lock (a batch of votes): only for what none of those
     * commands changes, as the ballot a vote is cast on (casting never changes the ballot itself).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> read) {
        return (T) shared.computeIfAbsent(key, k -> read.get());
    }

    public Actor actor() {
        return actor;
    }

    /** The sitting and its whole agenda as they stood when the lock was taken. */
    public SittingSnapshot before() {
        return before;
    }

    public Instant now() {
        return now;
    }

    /** An event beyond the sitting's own agenda events (a feature's: a speaker request, a ballot), after them. */
    public void emit(SittingEvent event, Recipients recipients) {
        extra.add(new Emitted(event, recipients));
    }

    /**
     * An event that says where something stands (how many have voted), made after this command and every other run
     * with it under the same lock, once for each {@code key} however many of them asked: a batch of votes tells the
     * count once, as it stands after them all.
     */
    public void emitOnce(String key, Supplier<SittingEvent> event, Recipients recipients) {
        lasting.put(key, new Lasting(event, recipients));
    }

    public void audit(String action, String targetType, @Nullable UUID targetId, Map<String, ?> details) {
        audit.add(new AuditEntry(action, targetType, targetId, details));
    }

    /** Tells every node, once this commits, that access changed (say, the sitting became closed). */
    public void notify(Notice notice) {
        notices.add(notice);
    }

    List<Notice> notices() {
        return List.copyOf(notices);
    }

    List<Emitted> extra() {
        return List.copyOf(extra);
    }

    Map<String, Lasting> lasting() {
        return Collections.unmodifiableMap(lasting);
    }

    List<AuditEntry> auditEntries() {
        return List.copyOf(audit);
    }
}
