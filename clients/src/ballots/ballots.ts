import type { MessageKey, Translate } from '../i18n/translate';
import type { Ballot, BallotProgress, BallotRule, OwnVote, SittingView } from '../protocol/generated';

/** The ballot open for votes in the sitting, if any (one at a time). */
export function openBallot(view: SittingView): Ballot | null {
  return view.ballots.find((ballot) => ballot.state === 'OPEN') ?? null;
}

/** Whether the reader was present when the ballot opened, and so may vote on it. */
export function mayVoteOn(view: SittingView, ballot: Ballot): boolean {
  return view.permissions.includes('VOTE') && view.entitledBallots.includes(ballot.id);
}

/** The reader's own recorded vote on the ballot, if any. */
export function ownVoteOn(view: SittingView, ballotId: string): OwnVote | null {
  return view.ownVotes.find((vote) => vote.ballotId === ballotId) ?? null;
}

/** How many have voted on the open ballot: known to the staff and the ballot committee only. */
export function progressOf(view: SittingView, ballotId: string): BallotProgress | null {
  return view.ballotProgress.find((progress) => progress.ballotId === ballotId) ?? null;
}

/** A ballot whose result stands: closed, or announced. */
export function isCounted(ballot: Ballot): boolean {
  return (ballot.state === 'CLOSED' || ballot.state === 'PUBLISHED') && ballot.result !== null;
}

/**
 * What the hall display shows of the ballots of the item under discussion: the one open, else the one counted last;
 * nothing once the chair moves to another item.
 */
export function ballotOnDisplay(view: SittingView): Ballot | null {
  const itemId = view.sitting.currentItemId;
  const ofItem = view.ballots.filter((ballot) => ballot.itemId === itemId);
  return (
    ofItem.find((ballot) => ballot.state === 'OPEN') ??
    ofItem
      .filter(isCounted)
      .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? ''))
      .at(-1) ??
    null
  );
}

/**
 * A ballot's title as the screens show it: an election's later round keeps the title of its first, so its round is
 * named after it ("Bầu Ủy viên Thường trực — vòng 2"), for the delegate and the hall to tell the rounds apart.
 */
export function ballotTitle(ballot: Ballot, t: Translate): string {
  return ballot.round !== null && ballot.round > 1 ? t('ballot.titleOfRound', { title: ballot.title, round: ballot.round }) : ballot.title;
}

/** A share as the server sent it ("54.72"), written the reader's way: "54,72 %" in Vietnamese, "54.72%" in English. */
export function percent(text: string, locale: 'vi' | 'en'): string {
  return locale === 'vi' ? `${text.replace('.', ',')} %` : `${text}%`;
}

/** A passing rule in words: "Quá 1/2 tổng số đại biểu", "At least 2/3 of all elected delegates". */
export function ruleText(rule: BallotRule, t: Translate): string {
  return t(`ballotRule.${rule.bound}` as MessageKey, {
    share: `${rule.numerator}/${rule.denominator}`,
    base: t(`ballotBase.${rule.base}` as MessageKey),
  });
}

/** The rules a ballot is most often prepared with, in the order the form offers them. */
export const RULE_PRESETS: readonly { key: string; rule: BallotRule }[] = [
  { key: 'majorityOfTotal', rule: { bound: 'MORE_THAN', numerator: 1, denominator: 2, base: 'TOTAL_ELECTED' } },
  { key: 'twoThirdsOfTotal', rule: { bound: 'AT_LEAST', numerator: 2, denominator: 3, base: 'TOTAL_ELECTED' } },
  { key: 'majorityOfPresent', rule: { bound: 'MORE_THAN', numerator: 1, denominator: 2, base: 'PRESENT' } },
];
