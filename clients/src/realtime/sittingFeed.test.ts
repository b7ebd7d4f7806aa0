import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api/apiFailure';
import type { SittingView } from '../protocol/generated';
import { FakeSocketServer } from '../testing/fakeSocket';
import { anItem, aView } from '../testing/fixtures';
import { RealtimeClient } from './realtimeClient';
import { SittingFeed, type FeedState } from './sittingFeed';
import { browserTimers } from './socket';

/** Lets pending promise callbacks run without moving the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('sitting feed', () => {
  let server: FakeSocketServer;
  let realtime: RealtimeClient;
  let answers: Array<() => Promise<SittingView>>;
  let loads: number;
  let states: FeedState[];
  let feed: SittingFeed;

  beforeEach(() => {
    vi.useFakeTimers();
    server = new FakeSocketServer();
    realtime = new RealtimeClient({ url: 'ws://x/ws', openSocket: server.open, timers: browserTimers, random: () => 1 });
    realtime.start();
    server.latest.accept();
    answers = [];
    loads = 0;
    states = [];
    feed = new SittingFeed('sit-1', {
      loadView: () => {
        loads++;
        return answers.shift()!();
      },
      realtime,
      timers: browserTimers,
      random: () => 1,
    });
    feed.onChange((state) => states.push(state));
  });

  afterEach(() => {
    feed.stop();
    realtime.stop();
    vi.useRealTimers();
  });

  it('starts from the snapshot and subscribes after its lastSeq', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1)], { lastSeq: 42 })));
    feed.start();
    await settle();
    expect(feed.current().live).not.toBeNull();

    expect(server.latest.sentOfType('sitting.subscribe')[0]).toMatchObject({ sittingId: 'sit-1', afterSeq: 42 });
    server.latest.deliver({ type: 'agenda.current', sittingId: 'sit-1', seq: 43, at: '', itemId: 'a' });
    expect(feed.current().live?.view.sitting.currentItemId).toBe('a');
    expect(feed.current().live?.appliedSeq).toBe(43);
  });

  it('does not notify for an event it already applied', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1)], { lastSeq: 5 })));
    feed.start();
    await settle();
    expect(feed.current().live).not.toBeNull();
    const before = states.length;
    server.latest.deliver({ type: 'agenda.current', sittingId: 'sit-1', seq: 5, at: '', itemId: 'a' });
    expect(states.length).toBe(before);
  });

  it('shows the server refusing the subscription, and clears it once subscribed', async () => {
    answers.push(() => Promise.resolve(aView([])));
    feed.start();
    await settle();
    expect(feed.current().live).not.toBeNull();
    const ref = server.latest.sentOfType('sitting.subscribe')[0].ref!;
    server.latest.deliver({ type: 'error', ref, code: 'closed_sitting', message: 'Phiên họp kín: bạn không được theo dõi.' });
    expect(feed.current().problem).toEqual({ code: 'closed_sitting', serverMessage: 'Phiên họp kín: bạn không được theo dõi.' });

    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 10 });
    expect(feed.current().problem).toBeNull();
  });

  it('starts again from a fresh snapshot when the server log ends before what it applied', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1)], { lastSeq: 42 })));
    answers.push(() => Promise.resolve(aView([anItem('a', 1), anItem('b', 2)], { lastSeq: 3 })));
    feed.start();
    await settle();
    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 42 });
    await settle();
    expect(loads).toBe(1);

    server.latest.drop();
    await vi.advanceTimersByTimeAsync(1_000);
    server.latest.accept();
    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 3 });
    await settle();

    expect(loads).toBe(2);
    expect(feed.current().live?.appliedSeq).toBe(3);
    server.latest.deliver({ type: 'agenda.current', sittingId: 'sit-1', seq: 4, at: '', itemId: 'b' });
    expect(feed.current().live?.view.sitting.currentItemId).toBe('b');
    expect(server.latest.sentOfType('sitting.subscribe')).toHaveLength(1);
  });

  it('retries the snapshot while the server cannot be reached', async () => {
    answers.push(() => Promise.reject(ApiFailure.network()));
    answers.push(() => Promise.resolve(aView([anItem('a', 1)])));
    feed.start();
    await settle();
    expect(feed.current().problem?.code).toBe('network');

    await vi.advanceTimersByTimeAsync(999);
    expect(loads).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(feed.current().live).not.toBeNull();
    expect(feed.current().problem).toBeNull();
  });

  it('does not retry when the server says no', async () => {
    answers.push(() => Promise.reject(new ApiFailure(404, 'not_found', 'Không tìm thấy phiên họp.', [], null)));
    feed.start();
    await settle();
    expect(feed.current().problem?.serverMessage).toBe('Không tìm thấy phiên họp.');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(loads).toBe(1);
    expect(feed.current().live).toBeNull();
  });

  it('unsubscribes when stopped', async () => {
    answers.push(() => Promise.resolve(aView([])));
    feed.start();
    await settle();
    expect(feed.current().live).not.toBeNull();
    feed.stop();
    expect(server.latest.sentOfType('sitting.unsubscribe')).toEqual([{ type: 'sitting.unsubscribe', sittingId: 'sit-1' }]);
  });
});
