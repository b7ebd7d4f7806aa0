// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Presentation } from '../../protocol/generated';
import { aView } from '../../testing/fixtures';
import { aPerson, fakeApi, mount, settle, testServices, unmount } from '../../testing/testApp';
import { DisplayScreen } from './DisplayScreen';

const since = '2026-12-08T02:00:00Z';
const publicPage: Presentation = { documentId: 'doc-1', title: 'Tờ trình dự toán', page: 2, pages: 5, version: 1, hall: true, since };
const hidden: Presentation = { documentId: null, title: null, page: null, pages: null, version: null, hall: false, since };

describe('the hall display while a page is presented', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('shows a public page large, only that one is on for the others, and nothing once it ends', async () => {
    const view = { ...aView([]), presentation: publicPage };
    const { services, sockets } = testServices(fakeApi({ sittingView: async () => view }));
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(<DisplayScreen me={aPerson('OBSERVER')} sittingId="sit-1" />, services);
    const image = () => container.querySelector<HTMLImageElement>('[data-testid="display-presented-page"]');
    expect(image()?.getAttribute('src')).toBe('/api/documents/doc-1/pages/2?width=1600&version=1');
    expect(container.textContent).toContain('Đang trình chiếu: Tờ trình dự toán, trang 2');

    sockets.latest.deliver({ type: 'sitting.subscribed', sittingId: 'sit-1', lastSeq: 10, reload: false });
    sockets.latest.deliver({ type: 'presentation.changed', sittingId: 'sit-1', seq: 11, at: since, presentation: hidden });
    await settle();
    expect(image()).toBeNull();
    expect(container.textContent).toContain('Đang trình chiếu tài liệu cho đại biểu.');

    sockets.latest.deliver({ type: 'presentation.changed', sittingId: 'sit-1', seq: 12, at: since, presentation: null });
    await settle();
    expect(container.querySelector('.display-presentation')).toBeNull();
  });
});
