// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anItem, aSitting, aView } from '../../testing/fixtures';
import { aPerson, byTestId, click, fakeApi, mount, settle, testServices, unmount } from '../../testing/testApp';
import { ChairScreen } from './ChairScreen';

describe('chair console', () => {
  let container: HTMLElement;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  async function chair(state: 'PLANNED' | 'IN_PROGRESS') {
    const inProgress = state === 'IN_PROGRESS';
    const sitting = aSitting({ state, currentItemId: inProgress ? 'a' : null, nextItemId: inProgress ? 'b' : 'a' });
    const view = aView([anItem('a', 1), anItem('b', 2, { title: 'Báo cáo kinh tế - xã hội' })], sitting, [
      'VIEW',
      'VIEW_CLOSED',
      'VIEW_DRAFTS',
      'RUN_SITTING',
      'CHAIR_SITTING',
    ]);
    const { services, sockets } = testServices(fakeApi({ sittingView: async () => view }));
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(<ChairScreen me={aPerson('CHAIR')} sittingId="sit-1" />, services);
    return sockets.latest;
  }

  it('starts a planned sitting', async () => {
    const socket = await chair('PLANNED');
    expect(byTestId(container, 'sitting-state').textContent).toBe('Chưa bắt đầu');
    expect(container.querySelector('[data-testid="chair-next"]')).toBeNull();
    await click(byTestId(container, 'chair-start'));
    expect(socket.sentOfType('sitting.start')).toEqual([
      { type: 'sitting.start', sittingId: 'sit-1', ref: expect.any(String), commandId: expect.any(String) },
    ]);
  });

  it('moves to the next item and shows a refusal from the server', async () => {
    const socket = await chair('IN_PROGRESS');
    expect(byTestId(container, 'chair-next').textContent).toContain('Báo cáo kinh tế - xã hội');
    await click(byTestId(container, 'chair-next'));
    const [next] = socket.sentOfType('agenda.next');
    // The move names the item it starts from, so that a copy of it sent again cannot skip an item.
    expect(next).toMatchObject({ sittingId: 'sit-1', fromItemId: 'a' });
    expect(byTestId<HTMLButtonElement>(container, 'chair-next').disabled).toBe(true);

    socket.deliver({ type: 'error', ref: next.ref!, code: 'not_allowed', message: 'Chỉ chủ tọa được chuyển nội dung.', sittingId: null });
    await settle();
    expect(container.querySelector('.chair-controls [role="alert"]')?.textContent).toBe('Chỉ chủ tọa được chuyển nội dung.');
    expect(byTestId<HTMLButtonElement>(container, 'chair-next').disabled).toBe(false);
  });

  it('jumps to an item and asks before ending the sitting', async () => {
    const socket = await chair('IN_PROGRESS');
    await click(byTestId(container, 'chair-goto-b'));
    expect(socket.sentOfType('agenda.goto')[0]).toMatchObject({ sittingId: 'sit-1', itemId: 'b', fromItemId: 'a' });
    socket.deliver({ type: 'command.accepted', ref: socket.sentOfType('agenda.goto')[0].ref!, repeated: false });
    await settle();

    await click(byTestId(container, 'chair-end'));
    expect(socket.sentOfType('sitting.end')).toHaveLength(0);
    await click(byTestId(container, 'chair-end-confirm'));
    expect(socket.sentOfType('sitting.end')).toHaveLength(1);
  });

  it('offers nothing to steer to someone the server does not let steer', async () => {
    const view = aView([anItem('a', 1)], aSitting({ state: 'IN_PROGRESS', currentItemId: 'a' }));
    const { services, sockets } = testServices(fakeApi({ sittingView: async () => view }));
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(<ChairScreen me={aPerson('CHAIR')} sittingId="sit-1" />, services);
    expect(container.textContent).toContain('Bạn chỉ được xem phiên họp này, không được điều hành.');
    expect(byTestId<HTMLButtonElement>(container, 'chair-end').disabled).toBe(true);
  });
});
