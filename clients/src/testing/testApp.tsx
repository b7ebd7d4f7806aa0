import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { HopsoApi } from '../api/hopsoApi';
import { liveSittings, ServicesContext, type Services } from '../app/services';
import { memoryOffline } from '../documents/offline';
import { I18nProvider } from '../i18n/I18nContext';
import type { Me, Role } from '../protocol/generated';
import { RealtimeClient } from '../realtime/realtimeClient';
import { browserTimers } from '../realtime/socket';
import { FakeSocketServer } from './fakeSocket';

/** An API whose every call not given here fails the test loudly. */
export function fakeApi(calls: Partial<HopsoApi>): HopsoApi {
  return new Proxy(calls, {
    get(target, name: string) {
      return target[name as keyof HopsoApi] ?? (() => Promise.reject(new Error(`unexpected API call ${name}`)));
    },
  }) as HopsoApi;
}

export function testServices(api: HopsoApi, storage = new Map<string, string>()) {
  const sockets = new FakeSocketServer();
  const realtime = new RealtimeClient({ url: 'ws://test/ws', openSocket: sockets.open, timers: browserTimers, random: () => 1 });
  const services: Services = {
    api,
    realtime,
    sittings: liveSittings(api, realtime, browserTimers, () => 1),
    timers: browserTimers,
    random: () => 1,
    now: () => new Date('2026-12-08T02:00:00Z'),
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    video: {
      newPeer: () => {
        throw new Error('this test has no WebRTC');
      },
      capture: () => Promise.reject(new DOMException('this test has no camera', 'NotFoundError')),
      devices: () => Promise.resolve([]),
      meter: () => {
        throw new Error('this test has no microphone');
      },
    },
    pages: { draw: () => Promise.resolve(), prepare: () => Promise.resolve() },
    offline: memoryOffline(),
  };
  return { services, sockets };
}

export function aPerson(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    accountId: 'acc-1',
    username: 'daibieu',
    fullName: 'Nguyễn Thị Bình',
    systemAdmin: false,
    mustChangePassword: false,
    memberships: [{ membershipId: 'mem-1', organisationId: 'org-1', organisationName: 'HĐND tỉnh Quảng Nam', role }],
    ...overrides,
  };
}

/** Lets promises settle and effects run, with the fake clock moved on by `ms`. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

export async function mount(node: ComponentChildren, services?: Services): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(() => {
    render(services ? <ServicesContext.Provider value={services}><I18nProvider storage={services.storage}>{node}</I18nProvider></ServicesContext.Provider> : node, container);
  });
  await settle();
  return container;
}

/** Mounts a screen part with services whose live connection is up (the server accepted the socket). */
export async function mountOnline(node: ComponentChildren) {
  const { services, sockets } = testServices(fakeApi({}));
  services.realtime.start();
  sockets.latest.accept();
  const container = await mount(node, services);
  return { container, services, sockets };
}

export function unmount(container: HTMLElement): void {
  render(null, container);
}

export function byTestId<T extends Element = HTMLElement>(root: ParentNode, testId: string): T {
  const found = root.querySelector<T & Element>(`[data-testid="${testId}"]`);
  if (!found) {
    throw new Error(`no element with data-testid="${testId}"`);
  }
  return found;
}

export async function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: Element): Promise<void> {
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}
