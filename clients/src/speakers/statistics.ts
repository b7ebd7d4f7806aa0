import type { SittingView, SpeakerEntry, SpeakerKind } from '../protocol/generated';

/**
 * How long a finished speech held the floor: its limit less the time it had left when it ended (negative when it ran
 * over). A pause moves the deadline on by as long as it lasted, so the time it was paused does not count.
 */
export function spokenMs(entry: SpeakerEntry): number | null {
  if (entry.state !== 'DONE' || entry.endedAt === null || entry.deadline === null || entry.limitSeconds === null) {
    return null;
  }
  return entry.limitSeconds * 1000 - (Date.parse(entry.deadline) - Date.parse(entry.endedAt));
}

export interface SpeechTally {
  speeches: number;
  spokenMs: number;
  overruns: number;
  overrunSeconds: number;
  byKind: Record<SpeakerKind, number>;
}

export interface ItemSpeeches extends SpeechTally {
  itemId: string;
  title: string;
  /** The speeches given on the item, in the order they were given. */
  given: SpeakerEntry[];
}

function emptyTally(): SpeechTally {
  return { speeches: 0, spokenMs: 0, overruns: 0, overrunSeconds: 0, byKind: { DISCUSSION: 0, QUESTION: 0, POINT_OF_ORDER: 0, REPLY: 0 } };
}

function add(tally: SpeechTally, entry: SpeakerEntry, spoken: number): void {
  tally.speeches += 1;
  tally.spokenMs += spoken;
  tally.byKind[entry.kind] += 1;
  if (entry.overrunSeconds > 0) {
    tally.overruns += 1;
    tally.overrunSeconds += entry.overrunSeconds;
  }
}

/** Who spoke, for how long and in which kind, per agenda item (in agenda order) and for the whole sitting. */
export function speechStatistics(view: SittingView): { items: ItemSpeeches[]; sitting: SpeechTally } {
  const sitting = emptyTally();
  const items = view.agenda.flatMap((item) => {
    const given = view.speakers
      .filter((entry) => entry.itemId === item.id && spokenMs(entry) !== null)
      .sort((a, b) => Date.parse(a.startedAt ?? '') - Date.parse(b.startedAt ?? ''));
    if (given.length === 0) {
      return [];
    }
    const tally: ItemSpeeches = { ...emptyTally(), itemId: item.id, title: item.title, given };
    for (const entry of given) {
      const spoken = spokenMs(entry) ?? 0;
      add(tally, entry, spoken);
      add(sitting, entry, spoken);
    }
    return [tally];
  });
  return { items, sitting };
}
