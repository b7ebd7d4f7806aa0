// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SittingEvent } from '../protocol/generated';
import { aDocumentEntry, anItem, aSitting, aView } from '../testing/fixtures';
import { aPerson, byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../testing/testApp';
import { ApiFailure } from '../api/apiFailure';
import { App } from './App';

const at = '2026-12-08T02:01:00Z';

describe('the app, live', () => {
  let container: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
    window.location.hash = '';
  });

  it('moves the delegate view to the new current item without a reload', async () => {
    window.location.hash = '#/delegate';
    const sitting = aSitting({ state: 'IN_PROGRESS', currentItemId: 'a', lastSeq: 20 });
    const api = fakeApi({
      me: async () => aPerson('DELEGATE'),
      sessions: async () => [aView([]).session],
      sittings: async () => [sitting],
      sittingView: async () =>
        aView([anItem('a', 1, { title: 'Khai mạc kỳ họp' }), anItem('b', 2, { title: 'Tờ trình về ngân sách' })], sitting),
    });
    const { services, sockets } = testServices(api);
    container = await mount(<App services={services} />);
    sockets.latest.accept();
    await settle();

    expect(byTestId(container, 'current-item-title').textContent).toBe('Khai mạc kỳ họp');
    expect(byTestId(container, 'agenda-item-a').getAttribute('aria-current')).toBe('true');
    expect(sockets.latest.sentOfType('sitting.subscribe')[0]).toMatchObject({ sittingId: 'sit-1', afterSeq: 20 });

    const events: SittingEvent[] = [
      { type: 'agenda.added', sittingId: 'sit-1', seq: 21, at, item: anItem('c', 3, { title: 'Dự thảo nghị quyết', addedLate: true }) },
      { type: 'agenda.current', sittingId: 'sit-1', seq: 22, at, itemId: 'b', closed: false, nextItemId: null },
    ];
    events.forEach((event) => sockets.latest.deliver(event));
    await settle();

    expect(byTestId(container, 'current-item-title').textContent).toBe('Tờ trình về ngân sách');
    expect(byTestId(container, 'agenda-item-a').hasAttribute('aria-current')).toBe(false);
    expect(byTestId(container, 'agenda-item-b').getAttribute('aria-current')).toBe('true');
    expect(byTestId(container, 'agenda-item-c').textContent).toContain('Bổ sung');
  });

  it('lets a delegate read another item and brings them back to the one under discussion', async () => {
    window.location.hash = '#/delegate';
    const sitting = aSitting({ state: 'IN_PROGRESS', currentItemId: 'a', lastSeq: 20 });
    const api = fakeApi({
      me: async () => aPerson('DELEGATE'),
      sessions: async () => [aView([]).session],
      sittings: async () => [sitting],
      sittingView: async () =>
        aView([anItem('a', 1, { title: 'Khai mạc kỳ họp' }), anItem('b', 2, { title: 'Tờ trình về ngân sách' })], sitting),
    });
    const { services, sockets } = testServices(api);
    container = await mount(<App services={services} />);
    sockets.latest.accept();
    await settle();
    expect(container.querySelector('[data-testid="back-to-current"]')).toBeNull();

    await click(byTestId(container, 'agenda-item-b').querySelector('button')!);
    expect(byTestId(container, 'item-details-title').textContent).toBe('Tờ trình về ngân sách');
    sockets.latest.deliver({ type: 'agenda.current', sittingId: 'sit-1', seq: 21, at, itemId: 'a', closed: false, nextItemId: 'b' });
    await settle();
    expect(byTestId(container, 'item-details-title').textContent).toBe('Tờ trình về ngân sách');

    await click(byTestId(container, 'back-to-current'));
    expect(byTestId(container, 'item-details-title').textContent).toBe('Khai mạc kỳ họp');
    expect(container.querySelector('[data-testid="back-to-current"]')).toBeNull();
  });

  it('keeps what the secretary typed while the connection drops and comes back', async () => {
    window.location.hash = '#/secretariat';
    const api = fakeApi({
      me: async () => aPerson('SECRETARIAT'),
      organisations: async () => [aView([]).organisation],
      sessions: async () => [],
    });
    const { services, sockets } = testServices(api);
    container = await mount(<App services={services} />);
    sockets.latest.accept();
    await settle();

    const name = byTestId<HTMLInputElement>(byTestId(container, 'session-form'), 'field-name');
    await type(name, 'Kỳ họp thứ mười hai');
    expect(container.querySelector('[data-testid="reconnecting-banner"]')).toBeNull();

    sockets.latest.drop();
    await settle();
    expect(byTestId(container, 'reconnecting-banner').textContent).toBe('Đang kết nối lại…');

    await settle(1_000);
    sockets.latest.accept();
    await settle();

    expect(container.querySelector('[data-testid="reconnecting-banner"]')).toBeNull();
    const after = byTestId<HTMLInputElement>(byTestId(container, 'session-form'), 'field-name');
    expect(after).toBe(name);
    expect(after.value).toBe('Kỳ họp thứ mười hai');
  });

  it('shows the server refusing the hall display its sitting, in Vietnamese', async () => {
    window.location.hash = '#/display/sit-1';
    const api = fakeApi({
      me: async () => aPerson('OBSERVER'),
      sittingView: async () => aView([anItem('a', 1)]),
    });
    const { services, sockets } = testServices(api);
    container = await mount(<App services={services} />);
    sockets.latest.accept();
    await settle();

    const ref = sockets.latest.sentOfType('sitting.subscribe')[0].ref!;
    sockets.latest.deliver({ type: 'error', ref, code: 'forbidden', message: 'Bạn không được theo dõi phiên họp kín này.', sittingId: null });
    await settle();

    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Bạn không được theo dõi phiên họp kín này.');
    expect(container.querySelectorAll('button, a, input, select, textarea')).toHaveLength(0);
  });

  it('returns to the login page, saying why, when the server ends the session', async () => {
    window.location.hash = '#/display/sit-1';
    const api = fakeApi({
      me: async () => aPerson('OBSERVER'),
      sittingView: async () => aView([anItem('a', 1)]),
    });
    const { services, sockets } = testServices(api);
    container = await mount(<App services={services} />);
    sockets.latest.accept();
    await settle();

    sockets.latest.drop(4401);
    await settle();

    expect(container.textContent).toContain('Phiên đăng nhập đã kết thúc');
    expect(container.querySelector('input[type="password"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="current-item-title"]')).toBeNull();
  });

  it('shows a closed current item as closed, not as no item yet', async () => {
    window.location.hash = '#/display/sit-1';
    const api = fakeApi({
      me: async () => aPerson('OBSERVER'),
      sittingView: async () =>
        aView([anItem('a', 1)], { state: 'IN_PROGRESS', currentItemId: null, currentItemClosed: true }),
    });
    const { services, sockets } = testServices(api);
    container = await mount(<App services={services} />);
    sockets.latest.accept();
    await settle();

    expect(byTestId(container, 'current-item-title').textContent).toBe('Họp kín');
  });
});

describe('the app at a damaged address', () => {
  let container: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
    window.location.hash = '';
  });

  for (const hash of ['#/display/%E0%A4%A', '#/chair/<script>', '#/secretariat/x/y/z', '#%']) {
    it(`says there is no screen at ${hash} and links to the person's own screen`, async () => {
      window.location.hash = hash;
      const { services } = testServices(fakeApi({ me: async () => aPerson('DELEGATE') }));
      container = await mount(<App services={services} />);

      const main = container.querySelector('main')!;
      expect(main.textContent).toContain('Không có màn hình nào ở địa chỉ này.');
      expect(main.querySelector('a')?.getAttribute('href')).toBe('#/delegate');
      expect(container.querySelector('[data-testid="logout"]')).not.toBeNull();
    });
  }
});

describe('documents taken to read offline, at the door', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
    window.location.hash = '';
  });

  const kept = (accountId: string, id: string) => ({
    accountId,
    sittingId: 'sit-1',
    entry: aDocumentEntry(id, 'Tờ trình'),
    expiresAt: '2026-12-11T02:00:00Z',
  });

  it('are deleted at logout, and another account’s never stay on this browser', async () => {
    window.location.hash = '#/nowhere';
    const logout = vi.fn(() => Promise.resolve());
    const { services } = testServices(fakeApi({ me: async () => aPerson('DELEGATE'), logout }));
    await services.offline.keep(kept('acc-1', 'mine'), [new ArrayBuffer(1)]);
    await services.offline.keep(kept('acc-9', 'someone-elses'), [new ArrayBuffer(1)]);
    container = await mount(<App services={services} />);
    await settle();
    const now = new Date('2026-12-08T02:00:00Z');
    expect((await services.offline.copies('sit-1', now)).map((copy) => copy.entry.id)).toEqual(['mine']);

    await click(byTestId(container, 'logout'));
    await settle();
    expect(logout).toHaveBeenCalled();
    expect(await services.offline.copies('sit-1', now)).toEqual([]);
  });

  it('can be read when the app starts and the server cannot be reached', async () => {
    window.location.hash = '#/delegate';
    const { services } = testServices(
      fakeApi({ me: () => Promise.reject(ApiFailure.network()), pageFile: () => Promise.reject(ApiFailure.network()) }),
    );
    const page = new Uint8Array([37, 80, 68, 70]).buffer;
    await services.offline.keep(kept('acc-1', 'mine'), [page]);
    const draw = vi.fn(() => Promise.resolve());
    services.pages = { draw, prepare: () => Promise.resolve() };
    container = await mount(<App services={services} />);
    await settle();

    expect(byTestId(container, 'offline-reading').textContent).toContain('Tờ trình');
    await click(byTestId(container, 'offline-read-mine'));
    await settle();
    expect(draw).toHaveBeenCalledTimes(1);
    expect(byTestId(container, 'viewer-offline')).toBeTruthy();
  });
});
