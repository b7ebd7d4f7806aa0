import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SittingEvent } from '../protocol/generated';
import { anItem, aView } from '../testing/fixtures';
import { FakeSocketServer } from '../testing/fakeSocket';
import { applyEvent, liveSittingFrom, type LiveSitting } from './liveSitting';
import { CommandFailed, RealtimeClient, type ConnectionStatus } from './realtimeClient';
import { browserTimers } from './socket';

const at = '2026-12-08T01:31:00Z';
const current = (seq: number, itemId: string): SittingEvent => ({ type: 'agenda.current', sittingId: 'sit-1', seq, at, itemId, closed: false, nextItemId: null });

/** A screen's subscriber: applies events to a live sitting like the real feed does. */
function followingScreen(client: RealtimeClient) {
  const screen = {
    live: liveSittingFrom(aView([anItem('a', 1), anItem('b', 2)])) as LiveSitting,
    refusals: [] as string[],
    revoked: [] as string[],
    subscribed: 0,
  };
  const unsubscribe = client.subscribe('sit-1', {
    afterSeq: () => screen.live.appliedSeq,
    onEvent: (event) => (screen.live = applyEvent(screen.live, event)),
    onSubscribed: () => screen.subscribed++,
    onRefused: (_code, message) => screen.refusals.push(message),
    onRevoked: (code) => screen.revoked.push(code),
  });
  return { screen, unsubscribe };
}

describe('realtime client', () => {
  let server: FakeSocketServer;
  let client: RealtimeClient;
  let statuses: ConnectionStatus[];

  beforeEach(() => {
    vi.useFakeTimers();
    server = new FakeSocketServer();
    client = new RealtimeClient({ url: 'ws://hall/ws', openSocket: server.open, timers: browserTimers, random: () => 1 });
    statuses = [];
    client.onStatusChange((status) => statuses.push(status));
  });

  afterEach(() => {
    client.stop();
    vi.useRealTimers();
  });

  it('opens one socket and subscribes after the snapshot seq once it is open', () => {
    followingScreen(client);
    client.start();
    client.start();
    expect(server.sockets).toHaveLength(1);
    expect(server.latest.url).toBe('ws://hall/ws');
    expect(server.latest.sent).toEqual([]);

    server.latest.accept();

    expect(client.connectionStatus()).toBe('online');
    expect(server.latest.sentOfType('sitting.subscribe')).toEqual([
      { type: 'sitting.subscribe', ref: expect.any(String), sittingId: 'sit-1', afterSeq: 10 },
    ]);
  });

  it('delivers events to the screen following that sitting', () => {
    const { screen } = followingScreen(client);
    client.start();
    server.latest.accept();
    server.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 10, reload: false });
    server.latest.deliver(current(11, 'b'));
    server.latest.deliver({ ...current(12, 'a'), sittingId: 'sit-2' });

    expect(screen.subscribed).toBe(1);
    expect(screen.live.appliedSeq).toBe(11);
    expect(screen.live.view.sitting.currentItemId).toBe('b');
  });

  it('tells the screens which organisation list changed, and after a reconnect that any may have', () => {
    const changes: unknown[] = [];
    client.onListsChanged((change) => changes.push(change));
    client.start();
    server.latest.accept();
    expect(changes).toEqual([]);

    server.latest.deliver({ type: 'organisation.changed', organisationId: 'org-1', list: 'SITES' });
    expect(changes).toEqual([{ type: 'organisation.changed', organisationId: 'org-1', list: 'SITES' }]);

    server.latest.drop();
    vi.runOnlyPendingTimers();
    server.latest.accept();
    expect(changes).toEqual([{ type: 'organisation.changed', organisationId: 'org-1', list: 'SITES' }, null]);
  });

  it('after a drop, reconnects with back-off and resubscribes after the last applied seq', () => {
    const { screen } = followingScreen(client);
    client.start();
    server.latest.accept();
    server.latest.deliver(current(11, 'b'));
    server.latest.deliver(current(14, 'a'));

    server.latest.drop();
    expect(client.connectionStatus()).toBe('reconnecting');
    vi.advanceTimersByTime(999);
    expect(server.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(server.sockets).toHaveLength(2);

    server.latest.accept();
    expect(server.latest.sentOfType('sitting.subscribe').map((command) => command.afterSeq)).toEqual([14]);
    server.latest.deliver(current(14, 'a'));
    server.latest.deliver(current(15, 'b'));
    expect(screen.live.appliedSeq).toBe(15);
    expect(statuses).toEqual(['connecting', 'online', 'reconnecting', 'online']);
  });

  it('waits longer after each failed attempt and starts again from one second after a success', () => {
    client.start();
    const waits: number[] = [];
    for (let failures = 0; failures < 4; failures++) {
      const opened = server.sockets.length;
      server.latest.drop();
      let waited = 0;
      while (server.sockets.length === opened) {
        vi.advanceTimersByTime(500);
        waited += 500;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000]);

    server.latest.accept();
    server.latest.drop();
    vi.advanceTimersByTime(1000);
    expect(server.sockets).toHaveLength(6);
  });

  it('ignores what a socket reports after it was given up', () => {
    const { screen } = followingScreen(client);
    client.start();
    const first = server.latest;
    first.accept();
    first.drop();
    first.deliver(current(11, 'b'));
    first.accept();

    expect(screen.live.appliedSeq).toBe(10);
    expect(client.connectionStatus()).toBe('reconnecting');
  });

  it('pings every 15 s and stays connected while pongs come back', () => {
    client.start();
    server.latest.accept();
    // The first ping, at once, only measures the clocks: it is answered (or not) without counting as a heartbeat.
    expect(server.latest.sentOfType('heartbeat.ping')).toHaveLength(1);
    vi.advanceTimersByTime(15_000);
    for (let beat = 1; beat <= 3; beat++) {
      const pings = server.latest.sentOfType('heartbeat.ping');
      expect(pings).toHaveLength(beat + 1);
      vi.advanceTimersByTime(9_000);
      server.latest.deliver({ type: 'heartbeat.pong', nonce: pings[beat].nonce, at: new Date().toISOString() });
      vi.advanceTimersByTime(6_000);
    }
    expect(server.latest.sentOfType('heartbeat.ping')).toHaveLength(5);
    expect(server.sockets).toHaveLength(1);
    expect(client.connectionStatus()).toBe('online');
  });

  it('treats a missing pong as a drop: closes, reconnects and resubscribes', () => {
    const { screen } = followingScreen(client);
    client.start();
    const silent = server.latest;
    silent.accept();
    silent.deliver(current(12, 'b'));

    vi.advanceTimersByTime(15_000);
    silent.deliver({ type: 'heartbeat.pong', nonce: 'not-the-one-we-sent', at: new Date().toISOString() });
    vi.advanceTimersByTime(9_999);
    expect(client.connectionStatus()).toBe('online');
    vi.advanceTimersByTime(1);

    expect(silent.closed).toBe(true);
    expect(client.connectionStatus()).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    server.latest.accept();
    expect(server.latest).not.toBe(silent);
    expect(server.latest.sentOfType('sitting.subscribe')[0].afterSeq).toBe(screen.live.appliedSeq);
    expect(screen.live.appliedSeq).toBe(12);
  });

  it('gives up on a socket that never opens', () => {
    client.start();
    vi.advanceTimersByTime(10_000);
    expect(server.sockets[0].closed).toBe(true);
    expect(client.connectionStatus()).toBe('reconnecting');
  });

  it('passes on the server refusing a subscription', () => {
    const { screen } = followingScreen(client);
    client.start();
    server.latest.accept();
    const ref = server.latest.sentOfType('sitting.subscribe')[0].ref!;
    server.latest.deliver({ type: 'error', ref, code: 'forbidden', message: 'Bạn không có quyền theo dõi phiên họp này.', sittingId: null });

    expect(screen.refusals).toEqual(['Bạn không có quyền theo dõi phiên họp này.']);
  });

  it('stops following a sitting when the screen unsubscribes', () => {
    const { screen, unsubscribe } = followingScreen(client);
    client.start();
    server.latest.accept();
    unsubscribe();
    server.latest.deliver(current(11, 'b'));

    expect(server.latest.sentOfType('sitting.unsubscribe')).toEqual([{ type: 'sitting.unsubscribe', sittingId: 'sit-1' }]);
    expect(screen.live.appliedSeq).toBe(10);
  });

  it('settles chair commands by their ref', async () => {
    client.start();
    server.latest.accept();
    const accepted = client.command({ type: 'agenda.next', sittingId: 'sit-1', fromItemId: 'a' });
    const refused = client.command({ type: 'sitting.end', sittingId: 'sit-1' });
    const [next, end] = server.latest.sent.filter((frame) => frame.type !== 'heartbeat.ping');
    server.latest.deliver({ type: 'error', ref: end.ref!, code: 'not_started', message: 'Phiên họp chưa bắt đầu.', sittingId: null });
    server.latest.deliver({ type: 'command.accepted', ref: next.ref!, repeated: false });

    await expect(accepted).resolves.toBeUndefined();
    await expect(refused).rejects.toEqual(new CommandFailed('not_started', 'Phiên họp chưa bắt đầu.'));
    expect(next).toEqual({
      type: 'agenda.next',
      sittingId: 'sit-1',
      fromItemId: 'a',
      ref: expect.any(String),
      commandId: expect.any(String),
    });
    expect(next.commandId).not.toEqual(end.commandId);
  });

  it('sends a command again with the same id after a drop, and fails it only when no answer comes in time', async () => {
    await expect(client.command({ type: 'sitting.start', sittingId: 'sit-1' })).rejects.toMatchObject({ code: 'offline' });
    client.start();
    server.latest.accept();
    const resent = client.command({ type: 'agenda.goto', sittingId: 'sit-1', itemId: 'b', fromItemId: 'a' });
    const [first] = server.latest.sentOfType('agenda.goto');
    server.latest.drop();
    vi.advanceTimersByTime(1_000);
    server.latest.accept();
    const [again] = server.latest.sentOfType('agenda.goto');
    expect(again).toEqual(first);
    server.latest.deliver({ type: 'command.accepted', ref: again.ref!, repeated: true });
    await expect(resent).resolves.toBeUndefined();

    const lost = client.command({ type: 'sitting.end', sittingId: 'sit-1' });
    server.latest.drop();
    vi.advanceTimersByTime(30_000);
    await expect(lost).rejects.toMatchObject({ code: 'connection_lost' });
  });

  it('passes on a sitting the caller may no longer follow to the screen following it', () => {
    const { screen } = followingScreen(client);
    client.start();
    server.latest.accept();
    server.latest.deliver({
      type: 'error',
      ref: null,
      code: 'access_revoked',
      message: 'Bạn không còn quyền theo dõi phiên họp này.',
      sittingId: 'sit-1',
    });
    expect(screen.revoked).toEqual(['access_revoked']);
  });

  it('keeps following a sitting when a refusal that names it answers no command of this tab', () => {
    const { screen } = followingScreen(client);
    client.start();
    server.latest.accept();
    server.latest.deliver({ type: 'error', ref: null, code: 'already_checked_in', message: 'Đại biểu đã điểm danh có mặt.', sittingId: 'sit-1' });
    expect(screen.revoked).toEqual([]);
  });

  it('stops and says so when the server ends the session, instead of reconnecting', () => {
    const ended: string[] = [];
    client.onSessionEnded(() => ended.push('ended'));
    client.start();
    server.latest.accept();
    server.latest.drop(4401);
    expect(ended).toEqual(['ended']);
    expect(client.connectionStatus()).toBe('offline');
    vi.advanceTimersByTime(60_000);
    expect(server.sockets).toHaveLength(1);
  });

  it('asks whether the session is still valid when a connection cannot even be opened', async () => {
    const checks: string[] = [];
    const ended: string[] = [];
    const checked = new RealtimeClient({
      url: 'ws://hall/ws',
      openSocket: server.open,
      timers: browserTimers,
      random: () => 1,
      checkSession: () => {
        checks.push('asked');
        return Promise.resolve(false);
      },
    });
    checked.onSessionEnded(() => ended.push('ended'));
    checked.start();
    server.latest.drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(checks).toEqual(['asked']);
    expect(ended).toEqual(['ended']);
    expect(checked.connectionStatus()).toBe('offline');
  });

  it('measures how far the server clock is from this one, half the round trip included', () => {
    let deviceNow = Date.parse('2026-12-08T02:00:00.000Z');
    const measuring = new RealtimeClient({ url: 'ws://hall/ws', openSocket: server.open, timers: browserTimers, random: () => 1, now: () => deviceNow });
    measuring.start();
    server.latest.accept();
    const [clockPing] = server.latest.sentOfType('heartbeat.ping');
    deviceNow += 400;
    // This laptop runs three minutes slow: the server answered at 02:03:00.200, halfway through the 400 ms trip.
    server.latest.deliver({ type: 'heartbeat.pong', nonce: clockPing.nonce, at: '2026-12-08T02:03:00.200Z' });
    expect(measuring.serverClockOffsetMs()).toBe(180_000);
    measuring.stop();
  });
});
