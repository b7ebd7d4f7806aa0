import { describe, expect, it } from 'vitest';
import type { SpeakerEntry } from '../protocol/generated';
import { anItem, aView } from '../testing/fixtures';
import { speechStatistics, spokenMs } from './statistics';

function speech(id: string, itemId: string, kind: SpeakerEntry['kind'], overrides: Partial<SpeakerEntry>): SpeakerEntry {
  return {
    id, itemId, membershipId: `m-${id}`, siteId: null, fullName: `Đại biểu ${id}`, delegationName: null, kind,
    addressee: null, state: 'DONE', position: 1, requestedAt: '2026-12-08T02:00:00Z', startedAt: '2026-12-08T02:01:00Z',
    endedAt: '2026-12-08T02:04:00Z', limitSeconds: 300, deadline: '2026-12-08T02:06:00Z', remainingMillis: null,
    overrunSeconds: 0, ...overrides,
  };
}

describe('speech statistics', () => {
  it('counts the time on the floor, not the time paused, and what ran over', () => {
    // Five minutes from 02:01; paused two minutes, so the deadline moved from 02:06 to 02:08; ended at 02:09.
    const paused = speech('an', 'a', 'DISCUSSION', { deadline: '2026-12-08T02:08:00Z', endedAt: '2026-12-08T02:09:00Z', overrunSeconds: 60 });
    expect(spokenMs(paused)).toBe(360_000);
    expect(spokenMs(speech('binh', 'a', 'DISCUSSION', {}))).toBe(180_000);
    expect(spokenMs(speech('cuong', 'a', 'DISCUSSION', { state: 'SPEAKING', endedAt: null }))).toBeNull();
    expect(spokenMs(speech('dung', 'a', 'DISCUSSION', { state: 'WITHDRAWN', endedAt: null, deadline: null, limitSeconds: null }))).toBeNull();
  });

  it('tallies each item in agenda order and the whole sitting, leaving out what was not given', () => {
    const view = {
      ...aView([anItem('a', 1, { title: 'Kinh tế' }), anItem('b', 2, { title: 'Ngân sách' }), anItem('c', 3)]),
      speakers: [
        speech('q', 'b', 'QUESTION', { startedAt: '2026-12-08T03:00:00Z', endedAt: '2026-12-08T03:02:00Z', deadline: '2026-12-08T03:05:00Z' }),
        speech('an', 'a', 'DISCUSSION', { startedAt: '2026-12-08T02:10:00Z', endedAt: '2026-12-08T02:16:00Z', deadline: '2026-12-08T02:15:00Z', overrunSeconds: 60 }),
        speech('po', 'a', 'POINT_OF_ORDER', { startedAt: '2026-12-08T02:01:00Z', endedAt: '2026-12-08T02:02:00Z', deadline: '2026-12-08T02:06:00Z' }),
        speech('w', 'b', 'DISCUSSION', { state: 'WAITING', startedAt: null, endedAt: null, deadline: null, limitSeconds: null }),
      ],
    };
    const { items, sitting } = speechStatistics(view);
    expect(items.map((item) => [item.title, item.speeches, item.spokenMs / 1000, item.overruns])).toEqual([
      ['Kinh tế', 2, 60 + 360, 1],
      ['Ngân sách', 1, 120, 0],
    ]);
    expect(items[0].given.map((entry) => entry.id)).toEqual(['po', 'an']);
    expect(sitting).toMatchObject({ speeches: 3, spokenMs: 540_000, overruns: 1, overrunSeconds: 60 });
    expect(sitting.byKind).toEqual({ DISCUSSION: 1, QUESTION: 1, POINT_OF_ORDER: 1, REPLY: 0 });
  });
});
