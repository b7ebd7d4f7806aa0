import { describe, expect, it } from 'vitest';
import type { SittingEvent, SpeakerEntry } from '../protocol/generated';
import { aBallot, aSitting, anItem, aView } from '../testing/fixtures';
import { applyEvent, currentItem, liveSittingFrom, nextItem, onTheFloor, queueOf } from './liveSitting';

const at = '2026-12-08T01:31:00Z';
const ids = (live: ReturnType<typeof liveSittingFrom>) => live.view.agenda.map((item) => item.id);

function applyAll(events: SittingEvent[]) {
  return events.reduce(applyEvent, liveSittingFrom(aView([anItem('a', 1), anItem('b', 2), anItem('c', 3)])));
}

describe('live sitting store', () => {
  it('starts at the snapshot seq', () => {
    expect(liveSittingFrom(aView([])).appliedSeq).toBe(10);
  });

  it('applies a newer event and remembers its seq', () => {
    const live = applyAll([{ type: 'agenda.current', sittingId: 'sit-1', seq: 11, at, itemId: 'b', closed: false, nextItemId: null }]);
    expect(live.appliedSeq).toBe(11);
    expect(live.view.lastSeq).toBe(11);
    expect(currentItem(live.view)?.id).toBe('b');
  });

  it('ignores replayed, duplicate and old events, returning the same state', () => {
    const live = applyAll([{ type: 'agenda.current', sittingId: 'sit-1', seq: 12, at, itemId: 'b', closed: false, nextItemId: null }]);
    const replay: SittingEvent[] = [
      { type: 'agenda.current', sittingId: 'sit-1', seq: 12, at, itemId: 'c', closed: false, nextItemId: null },
      { type: 'agenda.removed', sittingId: 'sit-1', seq: 9, at, itemId: 'a' },
    ];
    expect(replay.reduce(applyEvent, live)).toBe(live);
  });

  it('keeps the presented page, the news that one is on, and its end', () => {
    const since = '2026-12-08T01:30:00Z';
    const shown = applyAll([
      { type: 'presentation.changed', sittingId: 'sit-1', seq: 11, at, presentation: { documentId: null, title: null, page: null, pages: null, version: null, hall: false, since } },
      { type: 'presentation.changed', sittingId: 'sit-1', seq: 12, at, presentation: { documentId: 'doc-1', title: 'Tờ trình', page: 2, pages: 5, version: 1, hall: false, since } },
    ]);
    expect(shown.view.presentation).toMatchObject({ documentId: 'doc-1', page: 2 });
    const ended = applyEvent(shown, { type: 'presentation.changed', sittingId: 'sit-1', seq: 13, at, presentation: null });
    expect(ended.view.presentation).toBeNull();
  });

  it('remembers where the documents last changed, so that a shelf reads them again', () => {
    const live = applyAll([{ type: 'documents.changed', sittingId: 'sit-1', seq: 14, at }]);
    expect(live.view.documentsSeq).toBe(14);
    expect(live.view.agenda).toHaveLength(3);
  });

  it('remembers where the documents were last read, so that the staff’s lists of readers read again', () => {
    const live = applyAll([{ type: 'documents.read', sittingId: 'sit-1', seq: 16, at }]);
    expect(live.view.readsSeq).toBe(16);
    expect(live.view.documentsSeq).toBe(0);
  });

  it('remembers where a comment the viewer sees last changed, so that lists of comments read again', () => {
    const live = applyAll([{ type: 'comments.changed', sittingId: 'sit-1', seq: 18, at }]);
    expect(live.view.commentsSeq).toBe(18);
    expect(live.view.readsSeq).toBe(0);
  });

  it('ignores events of another sitting', () => {
    const live = applyAll([]);
    expect(applyEvent(live, { type: 'agenda.removed', sittingId: 'sit-2', seq: 50, at, itemId: 'a' })).toBe(live);
  });

  it('accepts gaps in seq: events the viewer may not see are left out by the server', () => {
    const live = applyAll([{ type: 'agenda.removed', sittingId: 'sit-1', seq: 15, at, itemId: 'a' }]);
    expect(live.appliedSeq).toBe(15);
    expect(ids(live)).toEqual(['b', 'c']);
  });

  it('replaces the sitting on sitting.started and sitting.ended', () => {
    const started = applyAll([
      { type: 'sitting.started', sittingId: 'sit-1', seq: 11, at, sitting: aSitting({ state: 'IN_PROGRESS' }) },
    ]);
    expect(started.view.sitting.state).toBe('IN_PROGRESS');
    const ended = applyEvent(started, {
      type: 'sitting.ended',
      sittingId: 'sit-1',
      seq: 12,
      at,
      sitting: aSitting({ state: 'ENDED' }),
    });
    expect(ended.view.sitting.state).toBe('ENDED');
  });

  it('adds a late item in position order and updates an existing one in place', () => {
    const live = applyAll([
      { type: 'agenda.added', sittingId: 'sit-1', seq: 11, at, item: anItem('late', 4, { addedLate: true }) },
      { type: 'agenda.updated', sittingId: 'sit-1', seq: 12, at, item: anItem('b', 2, { title: 'Tờ trình mới' }) },
    ]);
    expect(ids(live)).toEqual(['a', 'b', 'c', 'late']);
    expect(live.view.agenda[1].title).toBe('Tờ trình mới');
    expect(live.view.agenda[3].addedLate).toBe(true);
  });

  it('shows an item when it is published and publishing twice keeps one copy', () => {
    const published = anItem('d', 4, { state: 'PUBLISHED' });
    const live = applyAll([
      { type: 'agenda.published', sittingId: 'sit-1', seq: 11, at, item: published },
      { type: 'agenda.published', sittingId: 'sit-1', seq: 12, at, item: published },
    ]);
    expect(ids(live)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes an item', () => {
    expect(ids(applyAll([{ type: 'agenda.removed', sittingId: 'sit-1', seq: 11, at, itemId: 'b' }]))).toEqual([
      'a',
      'c',
    ]);
  });

  it('re-sorts by position when a reorder arrives as item updates', () => {
    const live = applyAll([
      { type: 'agenda.updated', sittingId: 'sit-1', seq: 11, at, item: anItem('c', 1) },
      { type: 'agenda.updated', sittingId: 'sit-1', seq: 12, at, item: anItem('a', 2) },
      { type: 'agenda.updated', sittingId: 'sit-1', seq: 13, at, item: anItem('b', 3) },
    ]);
    expect(ids(live)).toEqual(['c', 'a', 'b']);
    expect(live.view.agenda.map((item) => item.number)).toEqual([1, 2, 3]);
  });

  it('places a published draft by position, numbered by the server', () => {
    const live = applyEvent(liveSittingFrom(aView([anItem('a', 1), anItem('b', 3, { number: 2 })])), {
      type: 'agenda.published',
      sittingId: 'sit-1',
      seq: 11,
      at,
      item: anItem('draft', 2),
    });
    expect(live.view.agenda.map((item) => `${item.position}:${item.id}`)).toEqual(['1:a', '2:draft', '3:b']);
  });

  it('moves the current item and clears it', () => {
    const moved = applyAll([{ type: 'agenda.current', sittingId: 'sit-1', seq: 11, at, itemId: 'c', closed: false, nextItemId: null }]);
    expect(moved.view.sitting.currentItemId).toBe('c');
    const cleared = applyEvent(moved, { type: 'agenda.current', sittingId: 'sit-1', seq: 12, at, itemId: null, closed: false, nextItemId: null });
    expect(currentItem(cleared.view)).toBeNull();
  });

  it('tells a closed current item from no current item, and follows what comes next', () => {
    const live = applyAll([
      { type: 'agenda.current', sittingId: 'sit-1', seq: 11, at, itemId: null, closed: true, nextItemId: null },
    ]);
    expect(currentItem(live.view)).toBeNull();
    expect(live.view.sitting.currentItemClosed).toBe(true);
    const moved = applyEvent(live, { type: 'agenda.current', sittingId: 'sit-1', seq: 12, at, itemId: 'b', closed: false, nextItemId: 'c' });
    expect(moved.view.sitting.currentItemClosed).toBe(false);
    expect(nextItem(moved.view)?.id).toBe('c');
  });

  it('keeps the attendance board and the quorum line as each check-in arrives, in the board\'s order', () => {
    const view = {
      ...aView([]),
      attendance: [
        { membershipId: 'm-an', fullName: 'Nguyễn Văn An', delegationName: null, siteId: null, siteName: null, status: null, reason: null, since: null },
        { membershipId: 'm-binh', fullName: 'Trần Thị Bình', delegationName: 'Tổ 1', siteId: null, siteName: null, status: null, reason: null, since: null },
      ],
      quorum: { present: 0, totalElected: 2, required: 2, quorate: false },
    };
    const checkIn = (seq: number, membershipId: string, present: number): SittingEvent => ({
      type: 'attendance.changed',
      sittingId: 'sit-1',
      seq,
      at,
      entry: { ...view.attendance.find((line) => line.membershipId === membershipId)!, status: 'PRESENT', since: at },
      quorum: { present, totalElected: 2, required: 2, quorate: present >= 2 },
    });
    const live = [checkIn(11, 'm-binh', 1), checkIn(12, 'm-an', 2)].reduce(applyEvent, liveSittingFrom(view));
    expect(live.view.attendance.map((line) => [line.fullName, line.status])).toEqual([
      ['Nguyễn Văn An', 'PRESENT'],
      ['Trần Thị Bình', 'PRESENT'],
    ]);
    expect(live.view.quorum).toEqual({ present: 2, totalElected: 2, required: 2, quorate: true });
    expect(live.view.agenda).toBe(view.agenda);
  });

  it('folds the requests that changed into the queue it holds, keeping the others and the server\'s order', () => {
    const request = (id: string, itemId: string, fullName: string, position: number, state: SpeakerEntry['state'] = 'WAITING'): SpeakerEntry => ({
      id, itemId, membershipId: `m-${id}`, siteId: null, fullName, delegationName: null, kind: 'DISCUSSION', addressee: null, state,
      position, requestedAt: at, startedAt: null, endedAt: null, limitSeconds: null, deadline: null, remainingMillis: null,
      overrunSeconds: 0,
    });
    const view = { ...aView([anItem('a', 1), anItem('b', 2)]), speakers: [request('an', 'a', 'Nguyễn Văn An', 1), request('binh', 'a', 'Trần Thị Bình', 2), request('cuong', 'b', 'Lê Văn Cường', 1)] };
    const changed = (seq: number, itemId: string, requests: SpeakerEntry[]): SittingEvent => ({ type: 'speakers.changed', sittingId: 'sit-1', seq, at, itemId, requests });
    const live = [
      changed(11, 'a', [request('dung', 'a', 'Phạm Thị Dung', 1), request('an', 'a', 'Nguyễn Văn An', 2), request('binh', 'a', 'Trần Thị Bình', 3)]),
      changed(12, 'a', [{ ...request('dung', 'a', 'Phạm Thị Dung', 1, 'SPEAKING'), startedAt: at }]),
    ].reduce(applyEvent, liveSittingFrom(view));
    expect(queueOf(live.view, 'a').map((entry) => [entry.fullName, entry.state])).toEqual([
      ['Phạm Thị Dung', 'SPEAKING'],
      ['Nguyễn Văn An', 'WAITING'],
      ['Trần Thị Bình', 'WAITING'],
    ]);
    expect(queueOf(live.view, 'b').map((entry) => entry.fullName)).toEqual(['Lê Văn Cường']);
    expect(onTheFloor(live.view)?.fullName).toBe('Phạm Thị Dung');
    expect(live.view.speakers).toHaveLength(4);
  });

  it('follows ballots, their count of votes, the reader’s right to vote and their own vote', () => {
    const live = applyAll([
      { type: 'ballot.changed', sittingId: 'sit-1', seq: 11, at, ballot: aBallot({ state: 'DRAFT', openedAt: null }) },
      { type: 'ballot.changed', sittingId: 'sit-1', seq: 12, at, ballot: aBallot() },
      { type: 'ballot.entitled', sittingId: 'sit-1', seq: 13, at, ballotId: 'bal-1' },
      { type: 'ballot.progress', sittingId: 'sit-1', seq: 14, at, ballotId: 'bal-1', voted: 1, entitled: 53 },
      { type: 'ballot.progress', sittingId: 'sit-1', seq: 15, at, ballotId: 'bal-1', voted: 2, entitled: 53 },
      { type: 'ballot.recorded', sittingId: 'sit-1', seq: 16, at, ballotId: 'bal-1', secret: true, choice: null, marks: [] },
    ]);
    expect(live.view.ballots.map((ballot) => ballot.state)).toEqual(['OPEN']);
    expect(live.view.entitledBallots).toEqual(['bal-1']);
    expect(live.view.ballotProgress).toEqual([{ ballotId: 'bal-1', voted: 2, entitled: 53 }]);
    expect(live.view.ownVotes).toEqual([{ ballotId: 'bal-1', secret: true, choice: null, marks: [] }]);
  });
});
