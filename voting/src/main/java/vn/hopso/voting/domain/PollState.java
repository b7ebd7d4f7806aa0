package vn.hopso.voting.domain;

/**
 * Where a ballot put to the council stands: prepared ahead of the sitting, open for votes, counted (its result shown
 * at once), announced as final, or annulled with a reason that stays on record.
 */
public enum PollState {
    DRAFT,
    OPEN,
    CLOSED,
    PUBLISHED,
    ANNULLED
}
