import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api/apiFailure';
import type { SittingEvent, SittingView } from '../protocol/generated';
import { FakeSocketServer } from '../testing/fakeSocket';
import { anItem, aView } from '../testing/fixtures';
import { RealtimeClient } from './realtimeClient';
import { SittingStores, type SittingState, type SittingStore } from './sittingStore';
import { browserTimers } from './socket';

/** Lets pending promise callbacks run without moving the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

const current = (seq: number, itemId: string): SittingEvent => ({
  type: 'agenda.current',
  sittingId: 'sit-1',
  seq,
  at: '',
  itemId,
  closed: false,
  nextItemId: null,
});

describe('sitting store', () => {
  let server: FakeSocketServer;
  let realtime: RealtimeClient;
  let answers: Array<() => Promise<SittingView>>;
  let loads: number;
  let states: SittingState[];
  let stores: SittingStores;
  let store: SittingStore;
  let release: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    server = new FakeSocketServer();
    realtime = new RealtimeClient({ url: 'ws://x/ws', openSocket: server.open, timers: browserTimers, random: () => 1 });
    realtime.start();
    server.latest.accept();
    answers = [];
    loads = 0;
    states = [];
    stores = new SittingStores({
      loadView: () => {
        loads++;
        return answers.shift()!();
      },
      realtime,
      timers: browserTimers,
      random: () => 1,
    });
  });

  afterEach(() => {
    release?.();
    realtime.stop();
    vi.useRealTimers();
  });

  function open() {
    ({ store, release } = stores.retain('sit-1'));
    store.onChange((state) => states.push(state));
  }

  it('starts from the snapshot and subscribes after its lastSeq', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1)], { lastSeq: 42 })));
    open();
    await settle();
    expect(store.current().live).not.toBeNull();

    expect(server.latest.sentOfType('sitting.subscribe')[0]).toMatchObject({ sittingId: 'sit-1', afterSeq: 42 });
    server.latest.deliver(current(43, 'a'));
    expect(store.current().live?.view.sitting.currentItemId).toBe('a');
    expect(store.current().live?.appliedSeq).toBe(43);
  });

  it('is one store for every panel of the tab, stopped when the last one goes', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1)])));
    open();
    const second = stores.retain('sit-1');
    await settle();
    expect(second.store).toBe(store);
    expect(loads).toBe(1);
    expect(server.latest.sentOfType('sitting.subscribe')).toHaveLength(1);

    release();
    expect(server.latest.sentOfType('sitting.unsubscribe')).toHaveLength(0);
    second.release();
    expect(server.latest.sentOfType('sitting.unsubscribe')).toEqual([{ type: 'sitting.unsubscribe', sittingId: 'sit-1' }]);
  });

  it('does not notify for an event it already applied', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1)], { lastSeq: 5 })));
    open();
    await settle();
    const before = states.length;
    server.latest.deliver(current(5, 'a'));
    expect(states.length).toBe(before);
  });

  it('shows the server refusing the subscription, and clears it once subscribed', async () => {
    answers.push(() => Promise.resolve(aView([])));
    open();
    await settle();
    const ref = server.latest.sentOfType('sitting.subscribe')[0].ref!;
    server.latest.deliver({ type: 'error', ref, code: 'rate_limited', message: 'Gửi yêu cầu quá nhanh.', sittingId: null });
    expect(store.current().problem).toEqual({ code: 'rate_limited', serverMessage: 'Gửi yêu cầu quá nhanh.' });

    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 10, reload: false });
    expect(store.current().problem).toBeNull();
  });

  it('removes the content when the caller may no longer follow the sitting', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1, { title: 'Công tác cán bộ' })])));
    open();
    await settle();
    server.latest.deliver({
      type: 'error',
      ref: null,
      code: 'access_revoked',
      message: 'Bạn không còn quyền theo dõi phiên họp này.',
      sittingId: 'sit-1',
    });
    expect(store.current()).toEqual({
      live: null,
      problem: { code: 'access_revoked', serverMessage: 'Bạn không còn quyền theo dõi phiên họp này.' },
    });
    expect(server.latest.sentOfType('sitting.unsubscribe')).toHaveLength(1);
  });

  it('reloads when told to, and keeps events that came while the new snapshot was on its way', async () => {
    let answer!: (view: SittingView) => void;
    answers.push(() => Promise.resolve(aView([anItem('a', 1), anItem('b', 2)], { lastSeq: 10 })));
    answers.push(() => new Promise((resolve) => (answer = resolve)));
    open();
    await settle();
    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 900, reload: true });
    await settle();
    expect(loads).toBe(2);
    server.latest.deliver(current(902, 'b'));
    answer(aView([anItem('a', 1), anItem('b', 2)], { lastSeq: 901 }));
    await settle();
    expect(store.current().live?.appliedSeq).toBe(902);
    expect(store.current().live?.view.sitting.currentItemId).toBe('b');
  });

  it('discards a snapshot older than what it already applied', async () => {
    let answer!: (view: SittingView) => void;
    answers.push(() => Promise.resolve(aView([anItem('a', 1), anItem('b', 2)], { lastSeq: 10 })));
    answers.push(() => new Promise((resolve) => (answer = resolve)));
    open();
    await settle();
    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 12, reload: true });
    await settle();
    server.latest.deliver(current(13, 'b'));
    answer(aView([anItem('a', 1), anItem('b', 2)], { lastSeq: 11, currentItemId: 'a' }));
    await settle();
    expect(store.current().live?.appliedSeq).toBe(13);
    expect(store.current().live?.view.sitting.currentItemId).toBe('b');
  });

  it('starts again from a fresh snapshot when the server log ends before what it applied', async () => {
    answers.push(() => Promise.resolve(aView([anItem('a', 1)], { lastSeq: 42 })));
    answers.push(() => Promise.resolve(aView([anItem('a', 1), anItem('b', 2)], { lastSeq: 3 })));
    open();
    await settle();
    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 42, reload: false });
    await settle();
    expect(loads).toBe(1);

    server.latest.drop();
    await vi.advanceTimersByTimeAsync(1_000);
    server.latest.accept();
    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 3, reload: true });
    await settle();

    expect(loads).toBe(2);
    expect(store.current().live?.appliedSeq).toBe(3);
    server.latest.deliver(current(4, 'b'));
    expect(store.current().live?.view.sitting.currentItemId).toBe('b');
    expect(server.latest.sentOfType('sitting.subscribe')).toHaveLength(1);
  });

  it('retries the snapshot while the server cannot be reached', async () => {
    answers.push(() => Promise.reject(ApiFailure.network()));
    answers.push(() => Promise.resolve(aView([anItem('a', 1)])));
    open();
    await settle();
    expect(store.current().problem?.code).toBe('network');

    await vi.advanceTimersByTimeAsync(999);
    expect(loads).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.current().live).not.toBeNull();
    expect(store.current().problem).toBeNull();
  });

  it('does not retry when the server says no', async () => {
    answers.push(() => Promise.reject(new ApiFailure(404, 'not_found', 'Không tìm thấy phiên họp.', [], null)));
    open();
    await settle();
    expect(store.current().problem?.serverMessage).toBe('Không tìm thấy phiên họp.');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(loads).toBe(1);
    expect(store.current().live).toBeNull();
  });
});
