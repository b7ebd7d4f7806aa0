package vn.hopso.meeting.sitting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.api.NoticeAudience;
import vn.hopso.meeting.api.SpeakerKind;
import vn.hopso.documents.domain.Document;
import vn.hopso.voting.domain.BallotDraft;
import vn.hopso.voting.domain.ChoiceLabels;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.PaperCount;

/**
 * Every change to a sitting, whether it came over REST or the WebSocket. Each is one record, one handler and one row
 * in {@link CommandPermissions}; the command pipeline does the rest (authorisation, idempotency, the sitting's lock,
 * events, audit, publication).
 */
public sealed interface SittingCommand {

    /** What the command acts on: its sitting, or an agenda item whose sitting the pipeline looks up. */
    Target target();

    sealed interface Target {
        record OfSitting(UUID sittingId) implements Target {
        }

        record OfItem(UUID itemId) implements Target {
        }
    }

    record SittingDetails(String title, Instant startsAt, @Nullable Instant endsAt, @Nullable String place,
            boolean closed) {
    }

    record ItemDetails(String title, @Nullable String description, @Nullable String presenter,
            @Nullable Integer estimatedMinutes, boolean closed) {
    }

    /** Khai mạc. */
    record StartSitting(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Bế mạc. */
    record EndSitting(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The chair moves on from the item it believes current ({@code null}: none yet) to the next published one. */
    record AdvanceAgenda(UUID sittingId, @Nullable UUID expectedItemId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The chair moves from the item it believes current to a given published item. */
    record GoToItem(UUID sittingId, UUID itemId, @Nullable UUID expectedItemId) implements SittingCommand {
        public GoToItem {
            Objects.requireNonNull(itemId, "itemId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    record EditSitting(UUID sittingId, SittingDetails details, @Nullable Long expectedVersion) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    record AddItem(UUID sittingId, ItemDetails details) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    record EditItem(UUID itemId, ItemDetails details, @Nullable Long expectedVersion) implements SittingCommand {
        public Target target() {
            return new Target.OfItem(itemId);
        }
    }

    /** Drafts only. */
    record RemoveItem(UUID itemId) implements SittingCommand {
        public Target target() {
            return new Target.OfItem(itemId);
        }
    }

    record PublishItem(UUID itemId) implements SittingCommand {
        public Target target() {
            return new Target.OfItem(itemId);
        }
    }

    /** Publishes every draft. */
    record PublishAgenda(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    record ReorderAgenda(UUID sittingId, List<UUID> itemIds) implements SittingCommand {
        public ReorderAgenda {
            itemIds = List.copyOf(itemIds);
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Điểm danh: a delegate checks themself in. */
    record CheckIn(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** A delegate who checked in leaves the sitting; they may check in again. */
    record CheckOut(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** A site's operator checks in a delegate who attends at that site. */
    record CheckInAtSite(UUID sittingId, UUID membershipId) implements SittingCommand {
        public CheckInAtSite {
            Objects.requireNonNull(membershipId, "membershipId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** A site's operator records that a delegate at that site left. */
    record CheckOutAtSite(UUID sittingId, UUID membershipId) implements SittingCommand {
        public CheckOutAtSite {
            Objects.requireNonNull(membershipId, "membershipId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The secretariat records or corrects a delegate's attendance; leave (EXCUSED) carries its reason. */
    record MarkAttendance(UUID sittingId, UUID membershipId, AttendanceStatus status, @Nullable String reason)
            implements SittingCommand {
        public MarkAttendance {
            Objects.requireNonNull(membershipId, "membershipId");
            Objects.requireNonNull(status, "status");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * Đăng ký phát biểu: a delegate asks to speak on a published item, or an operator for their site ({@code siteId});
     * a question names whom it is for.
     */
    record RequestFloor(UUID sittingId, UUID itemId, SpeakerKind kind, @Nullable String addressee,
            @Nullable UUID siteId) implements SittingCommand {
        public RequestFloor {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(kind, "kind");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The delegate takes back their own waiting request. */
    record WithdrawRequest(UUID sittingId, UUID requestId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The chair orders an item's waiting requests, naming all of them. */
    record ReorderSpeakers(UUID sittingId, UUID itemId, List<UUID> requestIds) implements SittingCommand {
        public ReorderSpeakers {
            requestIds = List.copyOf(requestIds);
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The chair gives the floor to a waiting request of the current item, for a time. */
    record GiveFloor(UUID sittingId, UUID requestId, Duration limit) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The chair ends the speech on the floor; a speech it interrupted resumes. */
    record EndSpeech(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    record PauseSpeech(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    record ResumeSpeech(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** The secretariat sends a notice to everyone, to the delegates, or to one site's operator. */
    record SendNotice(UUID sittingId, NoticeAudience audience, @Nullable UUID siteId, String text)
            implements SittingCommand {
        public SendNotice {
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(text, "text");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Điểm danh điểm cầu: the host calls the roll of the organisation's sites. */
    record StartRollCall(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** A site's operator answers the open roll call for their site. */
    record AnswerRollCall(UUID sittingId, UUID siteId) implements SittingCommand {
        public AnswerRollCall {
            Objects.requireNonNull(siteId, "siteId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    record EndRollCall(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Trình chiếu: shows a page of one of the sitting's documents; sent again with another page, moves it there. */
    record PresentDocument(UUID sittingId, UUID documentId, int page) implements SittingCommand {
        public PresentDocument {
            Objects.requireNonNull(documentId, "documentId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Ends the sitting's presentation. */
    record StopPresenting(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * Sets a document's title, kind, place, readers and release time ({@code settings}, checked by the caller); a
     * presentation of it is told again to its readers as they now are, or ends when it is no longer released.
     */
    record SetDocument(UUID sittingId, Document settings) implements SittingCommand {
        public SetDocument {
            Objects.requireNonNull(settings, "settings");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * A document of the sitting has a new current version: if it is being presented, its readers are shown the new
     * version at the same page, or at its last page when the new version is shorter.
     */
    record ShowCurrentVersion(UUID sittingId, UUID documentId) implements SittingCommand {
        public ShowCurrentVersion {
            Objects.requireNonNull(documentId, "documentId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Tells those who follow the sitting that its documents changed, so that their screens list them again. */
    record AnnounceDocuments(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Tells the sitting's staff that its documents were read (opened, or read further), so their lists follow. */
    record AnnounceReading(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * Tells those who see a comment on a document the sitting lists that it was sent or answered: the staff, its
     * author and, when it is visible to all, the delegates who may read the document.
     */
    record AnnounceComment(UUID sittingId, UUID documentId, UUID authorId, boolean visibleToAll)
            implements SittingCommand {
        public AnnounceComment {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(authorId, "authorId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Withdraws a document of the sitting (readers no longer see it), and ends its presentation if it is shown. */
    record WithdrawDocument(UUID sittingId, UUID documentId) implements SittingCommand {
        public WithdrawDocument {
            Objects.requireNonNull(documentId, "documentId");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Stores who is present now, with the quorum line (a ballot opens on one). */
    record TakePresenceSnapshot(UUID sittingId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * Chuẩn bị phiếu biểu quyết: a ballot drafted on an item of the sitting; a named vote may change until close when
     * {@code changeAllowed}. {@code rerunOf}: the annulled ballot of the item it runs again.
     */
    record CreateBallot(UUID sittingId, UUID itemId, String title, BallotDraft draft, ChoiceLabels labels,
            boolean changeAllowed, @Nullable UUID rerunOf) implements SittingCommand {
        public CreateBallot {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(labels, "labels");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * Bắt đầu biểu quyết: those present now are the ones entitled. {@code countdown}: the ballot closes by itself once
     * it has passed; null, the chair closes it.
     */
    record OpenBallot(UUID sittingId, UUID ballotId, @Nullable Duration countdown) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * A delegate's vote, as sent: a motion's {@code choice}, or {@code marks} for the people on the ballot. Its text
     * form, which idempotency fingerprints and any log line would use, leaves the vote out: a receipt kept with the
     * voter's account must not say, even as a hash of three possible texts, what a secret vote was.
     */
    record CastBallot(UUID sittingId, UUID ballotId, @Nullable String choice, List<Counting.Slot> marks)
            implements SittingCommand {
        public CastBallot {
            Objects.requireNonNull(ballotId, "ballotId");
            marks = List.copyOf(marks);
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }

        @Override
        public String toString() {
            return "CastBallot[sittingId=" + sittingId + ", ballotId=" + ballotId + "]";
        }
    }

    /** Kết thúc biểu quyết: counted, and the result shown at once. */
    record CloseBallot(UUID sittingId, UUID ballotId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Công bố kết quả. */
    record PublishBallot(UUID sittingId, UUID ballotId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Chuẩn bị vòng bầu tiếp theo of the announced election round {@code ballotId}. */
    record PrepareNextRound(UUID sittingId, UUID ballotId) implements SittingCommand {
        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /**
     * Nhập kết quả kiểm phiếu giấy: the ballot committee's count of the paper ballots of a closed ballot; a second
     * entry corrects the first.
     */
    record EnterPaperCount(UUID sittingId, UUID ballotId, PaperCount count) implements SittingCommand {
        public EnterPaperCount {
            Objects.requireNonNull(ballotId, "ballotId");
            Objects.requireNonNull(count, "count");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }

    /** Hủy phiếu biểu quyết, with its reason. */
    record AnnulBallot(UUID sittingId, UUID ballotId, String reason) implements SittingCommand {
        public AnnulBallot {
            Objects.requireNonNull(reason, "reason");
        }

        public Target target() {
            return new Target.OfSitting(sittingId);
        }
    }
}
