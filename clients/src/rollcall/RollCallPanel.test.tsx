// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RollCall } from '../protocol/generated';
import { aView } from '../testing/fixtures';
import { click, fakeApi, mount, settle, testServices, unmount } from '../testing/testApp';
import { RollCallAnswer, RollCallPanel } from './RollCallPanel';

const call: RollCall = {
  id: 'rc1',
  startedAt: '2026-12-08T01:00:00Z',
  endedAt: null,
  sites: [
    { siteId: 's-bac-son', siteName: 'Điểm cầu phường Bắc Sơn', answeredAt: null, operatorAccountId: 'acc-bac-son' },
    { siteId: 's-tan-lap', siteName: 'Điểm cầu xã Tân Lập', answeredAt: '2026-12-08T01:00:30Z', operatorAccountId: 'acc-tan-lap' },
    { siteId: 's-hoa-binh', siteName: 'Điểm cầu xã Hòa Bình', answeredAt: null, operatorAccountId: null },
  ],
};

describe('roll call of sites', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('shows the host who answered and who is connected', async () => {
    const { services, sockets } = testServices(fakeApi({ presence: async () => ({ sittingId: 'sit-1', accountIds: ['acc-tan-lap'] }) }));
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(<RollCallPanel view={{ ...aView([], {}, ['VIEW', 'RUN_SITTING']), rollCall: call }} />, services);
    await settle();
    const rows = [...container.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows).toEqual([
      'Điểm cầu phường Bắc SơnChưa trả lời · Không kết nối',
      'Điểm cầu xã Tân LậpĐã trả lời lúc 08:00 · Đang kết nối',
      'Điểm cầu xã Hòa BìnhChưa trả lời · Chưa có kỹ thuật viên',
    ]);
    expect(container.querySelector('[data-testid="roll-call-summary"]')?.textContent).toBe('1/3 điểm cầu đã trả lời');
    services.realtime.stop();
  });

  it('offers an operator the answer for their own unanswered site only, and sends it', async () => {
    const { services, sockets } = testServices(fakeApi({}));
    services.realtime.start();
    sockets.latest.accept();
    const view = { ...aView([], {}, ['VIEW', 'ANSWER_ROLL_CALL']), rollCall: call };
    container = await mount(<RollCallAnswer view={view} siteIds={['s-bac-son', 's-tan-lap']} />, services);
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Điểm cầu phường Bắc Sơn: có mặt']);
    await click(buttons[0]);
    expect(sockets.latest.sentOfType('rollcall.answer')).toMatchObject([{ sittingId: 'sit-1', siteId: 's-bac-son' }]);
    services.realtime.stop();
  });
});
