/**
 * The voting rules of a council sitting, as plain values: what a ballot offers, whether one vote may be recorded, whether
 * the electronic and paper counts add up, and what they decide.
 *
 * <p>Four kinds of {@link vn.hopso.voting.domain.Ballot}: a {@link vn.hopso.voting.domain.Motion} (resolutions,
 * dismissals, procedure), an {@link vn.hopso.voting.domain.Election} round, a
 * {@link vn.hopso.voting.domain.ConfidenceRating} and a {@link vn.hopso.voting.domain.ConfidenceVote}. Each checks a
 * single {@link vn.hopso.voting.domain.Cast} ({@code refusalOf}), counts electronic casts into a
 * {@link vn.hopso.voting.domain.Tally}, lists the {@link vn.hopso.voting.domain.Discrepancy discrepancies} of its
 * electronic and paper tallies, and declares a result from tallies that add up.
 *
 * <p>Shares are of the total of delegates elected unless a rule says otherwise (Law 77/2015, Art. 91(3)); percentages
 * have two decimals, rounded half up. Where the law as these rules know it is silent:
 * <ul>
 *   <li>a base of votes cast counts the valid votes, abstentions included, since abstaining is a vote a delegate chose
 *       to cast; pressing nothing, an invalid paper ballot and an unreturned one are not;
 *   <li>no rule passes with no vote in favour, whatever its base;
 *   <li>the share of those present is 0.00 when nobody is present (every count is then zero);
 *   <li>a confidence vote is lost with "không tín nhiệm" from more than half of the total, unless the council sets
 *       another rule;
 *   <li>a rating or confidence ballot may leave someone on it unanswered; an election ballot may approve nobody.
 * </ul>
 *
 * <p>A ballot put to the council on an agenda item is a {@link vn.hopso.voting.domain.Poll}: drafted, opened on the
 * delegates present (its {@link vn.hopso.voting.domain.Electorate}), closed, announced, or annulled with a reason. It
 * decides whether a delegate's vote is a first one, a change (named ballots that allow it) or the same again, and
 * refuses with a {@link vn.hopso.voting.domain.VotingRefusal}. {@link vn.hopso.voting.domain.Counting} reads a vote as
 * sent, names the counters a ballot keeps and turns them into the result.
 *
 * <p>Who voted is not known to the rules: secrecy is the {@link vn.hopso.voting.domain.BallotStore}'s to keep, and
 * these types only count what was cast.
 */
package vn.hopso.voting.domain;
