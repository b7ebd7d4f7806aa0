package vn.hopso.meeting.realtime.protocol;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AttendanceEntry;
import vn.hopso.meeting.api.Ballot;
import vn.hopso.meeting.api.CastMark;
import vn.hopso.meeting.api.Presentation;
import vn.hopso.meeting.api.QuorumLine;
import vn.hopso.meeting.api.RollCall;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingNotice;
import vn.hopso.meeting.api.SpeakerEntry;

/**
 * An entry of a sitting's event log. On the wire each event also carries {@code sittingId}, {@code seq} and {@code at}
 * (see {@link EventFrame}).
 */
public sealed interface SittingEvent extends ServerMessage {

    @Wire("sitting.updated")
    record SittingUpdated(Sitting sitting) implements SittingEvent {
    }

    @Wire("sitting.started")
    record SittingStarted(Sitting sitting) implements SittingEvent {
    }

    @Wire("sitting.ended")
    record SittingEnded(Sitting sitting) implements SittingEvent {
    }

    @Wire("agenda.added")
    record AgendaItemAdded(AgendaItem item) implements SittingEvent {
    }

    /** Changed text, position or number; clients re-sort by position. */
    @Wire("agenda.updated")
    record AgendaItemUpdated(AgendaItem item) implements SittingEvent {
    }

    @Wire("agenda.published")
    record AgendaItemPublished(AgendaItem item) implements SittingEvent {
    }

    @Wire("agenda.removed")
    record AgendaItemRemoved(UUID itemId) implements SittingEvent {
    }

    /**
     * The item under discussion; none before the first and after the last. {@code closed}: there is one, but the
     * viewer may not see it (a closed item: the screen shows "Họp kín"). {@code nextItemId}: where {@code agenda.next}
     * goes from here (sent again whenever that changes, say after a reorder).
     */
    @Wire("agenda.current")
    record CurrentItemChanged(@Nullable UUID itemId, boolean closed, @Nullable UUID nextItemId) implements SittingEvent {
    }

    /**
     * An item's speaker queue changed (a request, a withdrawal, a reorder, the floor given, paused, resumed or
     * ended): the whole queue of the item as it now stands, in order; the one {@code SPEAKING} holds the floor.
     */
    @Wire("speakers.changed")
    record SpeakersChanged(UUID itemId, List<SpeakerEntry> requests) implements SittingEvent {
    }

    /** The roll call of sites started, was answered by a site, or ended: as it now stands. */
    @Wire("rollcall.changed")
    record RollCallChanged(RollCall rollCall) implements SittingEvent {
    }

    /** A notice of the secretariat, for the screens it was sent to; shown until the reader dismisses it. */
    @Wire("notice.sent")
    record NoticeSent(SittingNotice notice) implements SittingEvent {
    }

    /** A delegate checked in or out, or the secretariat marked them; the quorum line as it now stands. */
    @Wire("attendance.changed")
    record AttendanceChanged(AttendanceEntry entry, QuorumLine quorum) implements SittingEvent {
    }

    /**
     * A ballot was prepared, opened, closed (with its result), announced or annulled: as it now stands. A draft reaches
     * the staff only; from opening on, those who may see its item.
     */
    @Wire("ballot.changed")
    record BallotChanged(Ballot ballot) implements SittingEvent {
    }

    /** How many of those entitled have voted, after each vote: to the staff and the ballot committee only. */
    @Wire("ballot.progress")
    record BallotProgressed(UUID ballotId, int voted, int entitled) implements SittingEvent {
    }

    /**
     * To each delegate entitled to vote on a ballot just opened (present at its opening), and to no one else: their
     * screens show the ballot paper.
     */
    @Wire("ballot.entitled")
    record VoteEntitled(UUID ballotId) implements SittingEvent {
    }

    /**
     * To the voter's own screens only: their vote is recorded. A named ballot's says what it was; a secret ballot's
     * says nothing more ({@code secret}, no choice, no marks).
     */
    @Wire("ballot.recorded")
    record VoteRecorded(UUID ballotId, boolean secret, @Nullable String choice, List<CastMark> marks)
            implements SittingEvent {
    }

    /**
     * The sitting's presentation (trình chiếu) as these recipients may see it: the page shown to the readers of its
     * document, that one is on to everyone else ({@code documentId} null), or none any more ({@code presentation} null).
     */
    @Wire("presentation.changed")
    record PresentationChanged(@Nullable Presentation presentation) implements SittingEvent {
    }

    /**
     * The documents listed in the sitting changed (one was added, replaced, withdrawn or its settings changed):
     * screens that list them read the list again. It names no document, so it goes to everyone who follows.
     */
    @Wire("documents.changed")
    record DocumentsChanged() implements SittingEvent {
    }

    /**
     * Someone opened a document of the sitting, or read further in it: the staff's lists of who has read what read
     * themselves again. It names neither the document nor the reader, and goes to the staff only.
     */
    @Wire("documents.read")
    record DocumentsRead() implements SittingEvent {
    }

    /**
     * A comment (góp ý) on a document of the sitting was sent or answered: the lists of comments that include it read
     * themselves again. It names neither the document nor the comment, and goes to those who see the comment: the
     * staff, its author and, for one made visible to all, the delegates who may read the document.
     */
    @Wire("comments.changed")
    record CommentsChanged() implements SittingEvent {
    }
}
