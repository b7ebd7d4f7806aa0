package vn.hopso.meeting.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    CommandContext(Actor actor, SittingSnapshot before, Instant now) {
        this.actor = actor;
        this.before = before;
        this.now = now;
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

    List<AuditEntry> auditEntries() {
        return List.copyOf(audit);
    }
}
