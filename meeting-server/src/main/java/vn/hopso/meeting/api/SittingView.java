package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Permission;

/**
 * What a live screen starts from: the sitting and the agenda as this caller may see them, read in one transaction at
 * event log position {@code lastSeq}; the screen then subscribes to events after it. {@code permissions} are the
 * caller's in the sitting's organisation: what the screen may offer them. {@code attendance} lists every delegate elected
 * on the sitting's day with their latest status, and {@code quorum} the quorum line; the events
 * {@code attendance.changed} keep both up to date. {@code speakers}: the speaker queues of the items the caller sees,
 * each in order, kept up to date by {@code speakers.changed}; {@code notices}: those sent to the caller, oldest first;
 * {@code rollCall}: the latest roll call of sites, if any; {@code operatedSites}: the organisation's sites the caller
 * operates (for whom they answer a roll call, check delegates in, ask to speak). {@code ballots}: those the caller
 * sees, oldest first, kept up to date by {@code ballot.changed}; {@code ballotProgress}: for the staff and the ballot
 * committee, how many have voted on each open ballot ({@code ballot.progress}); {@code ownVotes}: the caller's
 * recorded votes ({@code ballot.recorded}), what they said on named ballots only; {@code entitledBallots}: the ballots
 * the caller may vote on, having been present at their opening ({@code ballot.entitled}). {@code presentation}: the
 * page presented now, if any, as the caller may see it ({@code presentation.changed}). {@code documentsSeq}: where
 * the sitting's documents last changed in its log ({@code documents.changed}, 0 for never): a screen that lists them
 * reads the list again when it moves. {@code readsSeq}: for the staff, where a document of the sitting was last
 * opened or read further ({@code documents.read}, 0 for never, and always 0 for anyone else): the lists of who has
 * read what read themselves again when it moves. {@code commentsSeq}: where a comment (góp ý) the caller sees on a
 * document of the sitting was last sent or answered ({@code comments.changed}, 0 for never): the lists of comments
 * read themselves again when it moves.
 */
public record SittingView(Organisation organisation, Session session, Sitting sitting, List<AgendaItem> agenda,
        long lastSeq, List<Permission> permissions, List<AttendanceEntry> attendance, QuorumLine quorum,
        List<SpeakerEntry> speakers, List<SittingNotice> notices, @Nullable RollCall rollCall,
        List<SiteRef> operatedSites, List<Ballot> ballots, List<BallotProgress> ballotProgress,
        List<OwnVote> ownVotes, List<UUID> entitledBallots, @Nullable Presentation presentation,
        long documentsSeq, long readsSeq, long commentsSeq) {
}
