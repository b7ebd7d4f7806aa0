// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Presentation } from '../protocol/generated';
import { byTestId, click, fakeApi, mount, settle, testServices, unmount } from '../testing/testApp';
import type { FakeSocket } from '../testing/fakeSocket';
import { DocumentShelf } from './DocumentShelf';
import { aDocumentEntry } from '../testing/fixtures';

const SINCE = '2026-12-08T02:00:00Z';

function presenting(documentId: string | null, page: number | null): Presentation {
  return { documentId, title: documentId && 'Tờ trình dự toán', page, pages: 5, version: documentId === null ? null : 1, hall: false, since: SINCE };
}

/** The presentation as the sitting's store would hand it to the shelf, changed by the test as events would. */
let present: (presentation: Presentation | null) => Promise<void>;

function Shelf({ first, mayPresent = false }: { first: Presentation | null; mayPresent?: boolean }) {
  const [presentation, setPresentation] = useState<Presentation | null>(first);
  present = (next) => act(() => setPresentation(next));
  return <DocumentShelf sittingId="sit-1" sessionId="ses-1" documentsSeq={0} presentation={presentation} mayPresent={mayPresent} />;
}

/** The document and page in the viewer, as "doc-1/2". */
const shownPage = (container: HTMLElement) => {
  const view = byTestId(container, 'viewer-page-view');
  return `${view.getAttribute('data-document')}/${view.getAttribute('data-page')}`;
};
const pageFile = () => Promise.resolve(new ArrayBuffer(8));
const none = (container: HTMLElement, testId: string) => container.querySelector(`[data-testid="${testId}"]`);

describe('following the presenter (theo người trình bày)', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  const documents = () => Promise.resolve([aDocumentEntry('doc-1', 'Tờ trình dự toán', { pages: 5 }), aDocumentEntry('doc-2', 'Báo cáo', { pages: 3 })]);

  it('opens the presented page, moves with it, stops when the reader turns a page and comes back in one click', async () => {
    const { services } = testServices(fakeApi({ documents, pageFile }));
    container = await mount(<Shelf first={presenting('doc-1', 2)} />, services);

    expect(shownPage(container)).toBe('doc-1/2');
    expect(byTestId<HTMLInputElement>(container, 'viewer-follow').checked).toBe(true);
    expect(none(container, 'viewer-follow-return')).toBeNull();

    await present(presenting('doc-1', 4));
    expect(shownPage(container)).toBe('doc-1/4');

    await click(byTestId(container, 'viewer-previous'));
    expect(shownPage(container)).toBe('doc-1/3');
    expect(byTestId<HTMLInputElement>(container, 'viewer-follow').checked).toBe(false);
    await present(presenting('doc-1', 5));
    expect(shownPage(container)).toBe('doc-1/3');

    await click(byTestId(container, 'viewer-follow-return'));
    expect(shownPage(container)).toBe('doc-1/5');
    expect(byTestId<HTMLInputElement>(container, 'viewer-follow').checked).toBe(true);
  });

  it('reads another document while following no longer, and follows again the next presentation', async () => {
    const { services } = testServices(fakeApi({ documents, pageFile }));
    container = await mount(<Shelf first={presenting('doc-1', 2)} />, services);
    await click(byTestId(container, 'read-doc-2'));
    expect(shownPage(container)).toBe('doc-2/1');

    await present(null);
    expect(none(container, 'viewer-follow')).toBeNull();
    await present({ ...presenting('doc-1', 1), since: '2026-12-08T02:10:00Z' });
    expect(shownPage(container)).toBe('doc-1/1');
  });

  it('shows a follower the new version when the presented document is replaced, from the list read again', async () => {
    let version = 1;
    const replaced = vi.fn(() =>
      Promise.resolve([aDocumentEntry('doc-1', 'Tờ trình dự toán', { pages: 4, version, readVersion: 1 })]),
    );
    const documentChanges = (documentId: string, since: number) =>
      Promise.resolve({ documentId, since, version: 2, changedPages: [2] });
    const pageFile = vi.fn(() => Promise.resolve(new ArrayBuffer(8)));
    const { services } = testServices(fakeApi({ documents: replaced, documentChanges, pageFile }));
    container = await mount(<Shelf first={presenting('doc-1', 2)} />, services);
    expect(shownPage(container)).toBe('doc-1/2');
    expect(pageFile).toHaveBeenLastCalledWith('doc-1', 2, 1);

    version = 2;
    await present({ ...presenting('doc-1', 2), pages: 4, version: 2 });
    await settle();
    expect(replaced).toHaveBeenCalledTimes(2);
    expect(shownPage(container)).toBe('doc-1/2');
    expect(pageFile).toHaveBeenLastCalledWith('doc-1', 2, 2);
    expect(byTestId(container, 'page-changed').textContent).toBe('Trang này đã thay đổi');
  });

  it('keeps the page in front of the reader who stops following', async () => {
    const { services } = testServices(fakeApi({ documents, pageFile }));
    container = await mount(<Shelf first={presenting('doc-1', 2)} />, services);
    await click(byTestId(container, 'viewer-follow'));
    expect(shownPage(container)).toBe('doc-1/2');
    await present(presenting('doc-1', 3));
    expect(shownPage(container)).toBe('doc-1/2');
    expect(byTestId(container, 'viewer-follow-return')).toBeTruthy();
  });

  it('after closing the viewer, offers the way back to the presented page', async () => {
    const { services } = testServices(fakeApi({ documents, pageFile }));
    container = await mount(<Shelf first={presenting('doc-1', 2)} />, services);
    await click(byTestId(container, 'viewer-close'));
    expect(none(container, 'viewer-page-view')).toBeNull();
    await click(byTestId(container, 'viewer-follow-return'));
    expect(shownPage(container)).toBe('doc-1/2');
  });

  it('tells a reader who may not read the presented document only that a presentation is on', async () => {
    const { services } = testServices(fakeApi({ documents, pageFile }));
    container = await mount(<Shelf first={presenting(null, null)} />, services);
    expect(none(container, 'viewer-page-view')).toBeNull();
    expect(container.textContent).toContain('Đang trình chiếu một tài liệu không dành cho bạn.');
  });
});

/** The server accepts every command sent so far. */
async function acceptAll(socket: FakeSocket): Promise<void> {
  socket.sent.forEach((command) => command.ref && socket.deliver({ type: 'command.accepted', ref: command.ref, repeated: false }));
  await settle();
}

describe('presenting a page (trình chiếu)', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('presents the page shown, moves the presentation with each page turned, and stops it', async () => {
    const { services, sockets } = testServices(fakeApi({ documents: () => Promise.resolve([aDocumentEntry('doc-1', 'Tờ trình dự toán', { pages: 5 })]) }));
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(<Shelf first={null} mayPresent />, services);
    await click(byTestId(container, 'read-doc-1'));
    await click(byTestId(container, 'viewer-next'));
    expect(sockets.latest.sentOfType('document.present')).toEqual([]);

    await click(byTestId(container, 'viewer-present'));
    expect(sockets.latest.sentOfType('document.present')).toMatchObject([{ sittingId: 'sit-1', documentId: 'doc-1', page: 2 }]);
    await acceptAll(sockets.latest);
    await present(presenting('doc-1', 2));
    expect(byTestId(container, 'viewer-presenting').textContent).toBe('Đang trình chiếu trang 2');

    await click(byTestId(container, 'viewer-next'));
    expect(sockets.latest.sentOfType('document.present').map((sent) => sent.page)).toEqual([2, 3]);
    await acceptAll(sockets.latest);

    await click(byTestId(container, 'viewer-present-stop'));
    expect(sockets.latest.sentOfType('document.present_stop')).toMatchObject([{ sittingId: 'sit-1' }]);
  });
});
