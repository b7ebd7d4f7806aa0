import type { Ballot, BallotTally, EnterPaperCount, PaperMark } from '../protocol/generated';

/** The four figures of a count of ballots, in the order the ballot committee announces them. */
export const FIGURES = ['issued', 'returned', 'valid', 'invalid'] as const;
export type Figure = (typeof FIGURES)[number];

/** One line of marks to count: a choice of the motion, or one person's mark. */
export interface MarkLine {
  key: string;
  nomineeId: string | null;
  mark: string;
  label: string;
}

/** Every mark a valid ballot may carry, in ballot order: each person in turn, each option in the order offered. */
export function markLines(ballot: Ballot): MarkLine[] {
  const people: { id: string | null; name: string | null }[] =
    ballot.nominees.length === 0 ? [{ id: null, name: null }] : ballot.nominees;
  return people.flatMap((person) =>
    ballot.options.map((option) => ({
      key: markKey(person.id, option.mark),
      nomineeId: person.id,
      mark: option.mark,
      label: person.name === null ? option.label : `${person.name}: ${option.label}`,
    })),
  );
}

export function markKey(nomineeId: string | null, mark: string): string {
  return `${nomineeId ?? '-'}:${mark}`;
}

/** The tally one source counted, if the ballot's result has it. */
export function tallyOf(ballot: Ballot, source: BallotTally['source']): BallotTally | null {
  return ballot.result?.tallies.find((tally) => tally.source === source) ?? null;
}

/** How many valid ballots of the tally carry the mark. */
export function markCount(tally: BallotTally | null, nomineeId: string | null, mark: string): number {
  return tally?.marks.find((m) => m.nomineeId === nomineeId && m.mark === mark)?.count ?? 0;
}

/** What the form holds, as text per field: the standing paper count, or zeros before the first one. */
export function initialEntry(ballot: Ballot): Record<string, string> {
  const paper = tallyOf(ballot, 'PAPER');
  const entry: Record<string, string> = {};
  for (const figure of FIGURES) {
    entry[figure] = String(paper?.[figure] ?? 0);
  }
  for (const line of markLines(ballot)) {
    entry[line.key] = String(markCount(paper, line.nomineeId, line.mark));
  }
  return entry;
}

/** A field as a count: a whole number from 0, or null when it is not one. */
export function figureOf(text: string): number | null {
  return /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The command for the entry, or null while a field is not a count; marks counted zero times are left out. */
export function paperCountCommand(
  sittingId: string,
  ballot: Ballot,
  entry: Record<string, string>,
): Omit<EnterPaperCount, 'ref' | 'commandId'> | null {
  const figures = FIGURES.map((figure) => figureOf(entry[figure] ?? ''));
  const lines = markLines(ballot).map((line) => ({ line, count: figureOf(entry[line.key] ?? '') }));
  if (figures.some((figure) => figure === null) || lines.some(({ count }) => count === null)) {
    return null;
  }
  const [issued, returned, valid, invalid] = figures as number[];
  const marks: PaperMark[] = lines
    .filter(({ count }) => count! > 0)
    .map(({ line, count }) => ({ nomineeId: line.nomineeId, mark: line.mark, count: count! }));
  return { type: 'ballot.paper_count', sittingId, ballotId: ballot.id, issued: issued!, returned: returned!, valid: valid!, invalid: invalid!, marks };
}
