// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteCheckInPanel } from '../attendance/SiteCheckInPanel';
import type { AttendanceEntry, SpeakerEntry } from '../protocol/generated';
import { anItem, aView } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, settle, testServices, unmount } from '../testing/testApp';
import { SpeakerConsole } from './SpeakerConsole';
import { SiteSpeakerRequest } from './SpeakerRequestPanel';

const tanLap = { siteId: 'site-tl', name: 'Điểm cầu xã Tân Lập' };

function waiting(id: string, fullName: string, position: number, siteId: string | null = null): SpeakerEntry {
  return {
    id, itemId: 'a', membershipId: siteId === null ? `m-${id}` : null, siteId, fullName, delegationName: null,
    kind: 'DISCUSSION', addressee: null, state: 'WAITING', position, requestedAt: '2026-12-08T02:00:00Z',
    startedAt: null, endedAt: null, limitSeconds: null, deadline: null, remainingMillis: null, overrunSeconds: 0,
  };
}

function delegate(membershipId: string, fullName: string, siteId: string | null, status: AttendanceEntry['status']): AttendanceEntry {
  return { membershipId, fullName, delegationName: 'Tổ 3', siteId, siteName: siteId ? tanLap.name : null, status, reason: null,
    since: status ? '2026-12-08T02:00:00Z' : null };
}

describe('sites in the live sitting', () => {
  let container: HTMLElement;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  async function mountWith(node: preact.ComponentChildren) {
    const { services, sockets } = testServices(fakeApi({}));
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(node, services);
    return sockets.latest;
  }

  it('lets the chair drag a waiting request onto another to put it there', async () => {
    const view = {
      ...aView([anItem('a', 1)], { state: 'IN_PROGRESS', currentItemId: 'a' }, ['VIEW', 'CHAIR_SITTING']),
      speakers: [waiting('r1', 'Nguyễn Văn An', 1), waiting('r2', 'Trần Thị Bình', 2), waiting('r3', 'Điểm cầu xã Tân Lập', 3, 'site-tl')],
    };
    const socket = await mountWith(<SpeakerConsole view={view} />);
    expect(byTestId(container, 'speaker-r3').textContent).toContain('(điểm cầu)');
    const drag = async (from: string, to: string) => {
      await act(() => {
        byTestId(container, `speaker-${from}`).dispatchEvent(new Event('dragstart', { bubbles: true }));
      });
      const over = new Event('dragover', { bubbles: true, cancelable: true });
      await act(() => {
        byTestId(container, `speaker-${to}`).dispatchEvent(over);
      });
      expect(over.defaultPrevented).toBe(true);
      await act(() => {
        byTestId(container, `speaker-${to}`).dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
      });
      await settle();
    };
    await drag('r3', 'r1');
    expect(socket.sentOfType('speakers.reorder').map((command) => command.requestIds)).toEqual([['r3', 'r1', 'r2']]);

    // Dropped where it already stands: nothing to send.
    await act(() => {
      byTestId(container, 'speaker-r2').dispatchEvent(new Event('dragstart', { bubbles: true }));
    });
    const onItself = new Event('dragover', { bubbles: true, cancelable: true });
    byTestId(container, 'speaker-r2').dispatchEvent(onItself);
    expect(onItself.defaultPrevented).toBe(false);
    expect(socket.sentOfType('speakers.reorder')).toHaveLength(1);
  });

  it('asks to speak for the operator’s site and then shows the site’s place in the queue', async () => {
    const view = aView([anItem('a', 1)], { state: 'IN_PROGRESS', currentItemId: 'a' }, ['VIEW', 'SPEAK', 'CHECK_IN_AT_SITE']);
    const socket = await mountWith(<SiteSpeakerRequest view={view} site={tanLap} />);
    expect(byTestId(container, 'site-speaker-request-site-tl').textContent).toContain('Đăng ký phát biểu cho Điểm cầu xã Tân Lập');
    await click(byTestId(container, 'request-floor'));
    expect(socket.sentOfType('speakers.request')).toMatchObject([{ sittingId: 'sit-1', itemId: 'a', kind: 'DISCUSSION', siteId: 'site-tl' }]);

    unmount(container);
    const queued = { ...view, speakers: [waiting('r1', 'Nguyễn Văn An', 1), waiting('r2', tanLap.name, 2, 'site-tl')] };
    container = await mount(<SiteSpeakerRequest view={queued} site={tanLap} />, testServices(fakeApi({})).services);
    expect(byTestId(container, 'my-request').textContent).toBe(
      'Điểm cầu đã đăng ký (Thảo luận), đang ở vị trí 2/2 trong danh sách chờ.',
    );
  });

  it('lists only the delegates of the operator’s site, and checks one in', async () => {
    const view = {
      ...aView([anItem('a', 1)], { state: 'IN_PROGRESS', currentItemId: 'a' }, ['VIEW', 'SPEAK', 'CHECK_IN_AT_SITE']),
      attendance: [
        delegate('m-an', 'Nguyễn Văn An', 'site-tl', 'PRESENT'),
        delegate('m-binh', 'Trần Thị Bình', null, null),
        delegate('m-cuong', 'Lê Văn Cường', 'site-tl', null),
      ],
    };
    const socket = await mountWith(<SiteCheckInPanel view={view} site={tanLap} />);
    expect(byTestId(container, 'site-present-count').textContent).toBe('Có mặt 1/2 đại biểu của điểm cầu');
    expect(container.querySelector('[data-testid="site-delegate-m-binh"]')).toBeNull();
    await click(byTestId(byTestId(container, 'site-delegate-m-cuong'), 'site-check-in'));
    expect(socket.sentOfType('attendance.check_in_at_site')).toMatchObject([{ sittingId: 'sit-1', membershipId: 'm-cuong' }]);
    expect(byTestId(byTestId(container, 'site-delegate-m-an'), 'site-check-out').getAttribute('aria-label')).toBe(
      'Ghi Nguyễn Văn An rời phiên họp',
    );
  });
});
