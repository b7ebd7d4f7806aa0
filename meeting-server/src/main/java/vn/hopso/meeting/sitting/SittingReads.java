package vn.hopso.meeting.sitting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingView;
import vn.hopso.meeting.api.SpeakerEntry;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.ballot.BallotReads;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.SittingEvent.CommentsChanged;
import vn.hopso.meeting.realtime.protocol.SittingEvent.DocumentsChanged;
import vn.hopso.meeting.realtime.protocol.SittingEvent.DocumentsRead;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.Shown;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;
import vn.hopso.meeting.sitting.domain.Visibility;

/**
 * Sittings as a caller may see them over REST: the same {@link Visibility} rule that addresses the live events, so a
 * snapshot and the events after it always agree. What the caller may not see answers as if it did not exist.
 */
@Component
public class SittingReads {

    private final SittingStore sittings;
    private final SessionStore sessions;
    private final OrganisationStore organisations;
    private final AttendanceStore attendance;
    private final SpeakerStore speakers;
    private final NoticeStore notices;
    private final RollCallStore rollCalls;
    private final SiteStore sites;
    private final BallotReads ballots;
    private final PresentationStore presentations;
    private final SittingEventLog log;

    SittingReads(SittingStore sittings, SessionStore sessions, OrganisationStore organisations,
            AttendanceStore attendance, SpeakerStore speakers, NoticeStore notices, RollCallStore rollCalls,
            SiteStore sites, BallotReads ballots, PresentationStore presentations,
            SittingEventLog log) {
        this.presentations = presentations;
        this.log = log;
        this.ballots = ballots;
        this.rollCalls = rollCalls;
        this.sites = sites;
        this.speakers = speakers;
        this.notices = notices;
        this.sittings = sittings;
        this.sessions = sessions;
        this.organisations = organisations;
        this.attendance = attendance;
    }

    /** The sitting as the actor may see it, or not found. */
    public Shown shown(Actor actor, SittingSnapshot snapshot) {
        return actor.viewerIn(snapshot.sitting().organisationId())
                .flatMap(viewer -> Visibility.show(snapshot, viewer.clearance()))
                .orElseThrow(() -> Refusal.notFound("phiên họp").exception());
    }

    public Sitting sitting(Actor actor, UUID id) {
        return SittingWire.sitting(shown(actor, snapshot(id)));
    }

    public List<Sitting> inSession(Actor actor, UUID sessionId) {
        return sittings.inSession(sessionId).stream()
                .map(sitting -> actor.viewerIn(sitting.organisationId())
                        .flatMap(viewer -> Visibility.show(new SittingSnapshot(sitting, sittings.agenda(sitting.id())),
                                viewer.clearance())))
                .flatMap(Optional::stream)
                .map(SittingWire::sitting)
                .toList();
    }

    /** One item as the actor sees it in the given state of its sitting. */
    public AgendaItem item(Actor actor, SittingSnapshot snapshot, UUID itemId) {
        return shown(actor, snapshot).item(itemId).map(SittingWire::item)
                .orElseThrow(() -> Refusal.notFound("nội dung").exception());
    }

    public List<AgendaItem> agenda(Actor actor, SittingSnapshot snapshot) {
        return shown(actor, snapshot).agenda().stream().map(SittingWire::item).toList();
    }

    /** The snapshot a live screen starts from, consistent with its {@code lastSeq}. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SittingView view(Actor actor, UUID id) {
        SittingSnapshot snapshot = snapshot(id);
        Shown shown = shown(actor, snapshot);
        UUID organisationId = snapshot.sitting().organisationId();
        Attendance present = attendance.of(snapshot.sitting());
        Viewer viewer = actor.viewerIn(organisationId).orElseThrow();
        boolean staff = viewer.clearance() == Clearance.STAFF;
        BallotReads.Parts ballotParts = ballots.of(viewer, snapshot);
        return new SittingView(organisations.find(organisationId).orElseThrow(),
                sessions.find(snapshot.sitting().sessionId()).orElseThrow(), SittingWire.sitting(shown),
                shown.agenda().stream().map(SittingWire::item).toList(), snapshot.sitting().lastSeq(),
                List.copyOf(actor.permissionsIn(organisationId)), AttendanceStore.board(present, staff),
                AttendanceStore.line(present.quorum()), speakersOf(snapshot, shown),
                notices.seenBy(id, viewer), rollCalls.latest(id).orElse(null),
                sites.operatedBy(actor.accountId(), organisationId), ballotParts.ballots(), ballotParts.progress(),
                ballotParts.ownVotes(), ballotParts.entitled(), presentations.seenBy(id, viewer).orElse(null),
                log.lastOfType(id, DOCUMENTS_CHANGED),
                staff ? log.lastOfType(id, DOCUMENTS_READ) : 0,
                staff ? log.lastOfType(id, COMMENTS_CHANGED) : log.lastOfTypeSeenBy(id, COMMENTS_CHANGED, viewer));
    }

    private static final String DOCUMENTS_CHANGED = ProtocolCodec.MESSAGES.nameOf(DocumentsChanged.class);
    private static final String DOCUMENTS_READ = ProtocolCodec.MESSAGES.nameOf(DocumentsRead.class);
    private static final String COMMENTS_CHANGED = ProtocolCodec.MESSAGES.nameOf(CommentsChanged.class);

    /** The speaker queues of the items the caller sees, each in order. */
    private List<SpeakerEntry> speakersOf(SittingSnapshot snapshot, Shown shown) {
        SpeakerQueue queue = speakers.of(snapshot.sitting().id());
        return shown.agenda().stream().flatMap(item -> queue.ofItem(item.item().id()).stream())
                .map(SpeakerStore::entry).toList();
    }

    private SittingSnapshot snapshot(UUID id) {
        return sittings.snapshot(id).orElseThrow(() -> Refusal.notFound("phiên họp").exception());
    }

    /** The ids of the sitting's agenda items the caller sees: a closed or draft item is not among them for all. */
    public java.util.Set<UUID> visibleItemIds(Actor actor, UUID id) {
        return shown(actor, snapshot(id)).agenda().stream().map(shown -> shown.item().id())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** For a caller's own check on an existing sitting (say, who may see its presence). */
    public vn.hopso.meeting.sitting.domain.Sitting visibleSitting(Actor actor, UUID id) {
        SittingSnapshot snapshot = snapshot(id);
        shown(actor, snapshot);
        return snapshot.sitting();
    }
}
