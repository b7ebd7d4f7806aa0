// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SittingNotice } from '../protocol/generated';
import { aView } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, testServices, unmount } from '../testing/testApp';
import { NoticeBanner } from './NoticeBanner';

const pause: SittingNotice = { id: 'n1', audience: 'EVERYONE', siteId: null, siteName: null, text: 'Tạm nghỉ 15 phút', sentAt: '2026-12-08T02:30:00Z' };
const groups: SittingNotice = { ...pause, id: 'n2', audience: 'DELEGATES', text: 'Mời đại biểu về tổ thảo luận' };

describe('notice banner', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('shows each notice until its reader dismisses it, and remembers that across reloads', async () => {
    const storage = new Map<string, string>();
    const view = { ...aView([]), notices: [pause, groups] };
    container = await mount(<NoticeBanner view={view} />, testServices(fakeApi({}), storage).services);
    expect([...container.querySelectorAll('[data-testid="notice-text"]')].map((p) => p.textContent)).toEqual([
      'Tạm nghỉ 15 phút',
      'Mời đại biểu về tổ thảo luận',
    ]);

    await click(byTestId(byTestId(container, 'notice-n1'), 'notice-dismiss'));
    expect(container.querySelector('[data-testid="notice-n1"]')).toBeNull();
    unmount(container);

    container = await mount(<NoticeBanner view={view} />, testServices(fakeApi({}), storage).services);
    expect([...container.querySelectorAll('[data-testid="notice-text"]')].map((p) => p.textContent)).toEqual(['Mời đại biểu về tổ thảo luận']);
  });

  it('shows the hall display the latest notice only, without a button nobody would press', async () => {
    container = await mount(<NoticeBanner view={{ ...aView([]), notices: [pause, groups] }} large />, testServices(fakeApi({})).services);
    expect([...container.querySelectorAll('[data-testid="notice-text"]')].map((p) => p.textContent)).toEqual(['Mời đại biểu về tổ thảo luận']);
    expect(container.querySelector('[data-testid="notice-dismiss"]')).toBeNull();
  });
});
