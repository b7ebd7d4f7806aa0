// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api/apiFailure';
import { aDocumentEntry } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../testing/testApp';
import { DocumentViewer } from './DocumentViewer';
import { memoryOffline } from './offline';
import type { PageDrawer } from './pageDrawing';

const entry = aDocumentEntry('doc-1', 'Tờ trình dự toán', { pages: 5, version: 3 });
const FILE = new Uint8Array([37, 80, 68, 70]).buffer;

function viewer(
  page: number,
  drawer: Pick<PageDrawer, 'draw'>,
  pageFile: (id: string, page: number, version: number) => Promise<ArrayBuffer>,
  offline = memoryOffline(),
) {
  const { services } = testServices(fakeApi({ pageFile }));
  services.pages = { prepare: () => Promise.resolve(), ...drawer };
  services.offline = offline;
  return mount(<DocumentViewer document={entry} page={page} onTurn={() => undefined} onClose={() => undefined} />, services);
}

const view = (container: HTMLElement) => byTestId(container, 'viewer-page-view');

describe('the viewer’s page', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('draws the reader’s page file of the version shown into a canvas at the zoom’s width', async () => {
    const draw = vi.fn<PageDrawer['draw']>(() => Promise.resolve());
    const pageFile = vi.fn(() => Promise.resolve(FILE));
    container = await viewer(2, { draw }, pageFile);

    expect(pageFile).toHaveBeenCalledWith('doc-1', 2, 3);
    expect(draw).toHaveBeenCalledTimes(1);
    const [file, canvas, width] = draw.mock.calls[0]!;
    expect(file).toBe(FILE);
    expect(canvas).toBe(byTestId(container, 'viewer-canvas'));
    expect(width).toBe(800);
    expect(view(container).getAttribute('data-shown')).toBe('drawn');
    expect(byTestId(container, 'viewer-canvas').getAttribute('aria-label')).toBe('Trang 2 trên 5');
    expect(container.querySelector('[data-testid="viewer-image"]')).toBeNull();
  });

  it('shows the server’s watermarked image of the page where this browser cannot draw the file', async () => {
    container = await viewer(4, { draw: () => Promise.reject(new Error('no canvas here')) }, () => Promise.resolve(FILE));

    expect(view(container).getAttribute('data-shown')).toBe('image');
    expect(byTestId<HTMLImageElement>(container, 'viewer-image').getAttribute('src')).toBe(
      '/api/documents/doc-1/pages/4?width=800&version=3',
    );
  });

  it('draws the copy the reader took offline when the network fails, and says so', async () => {
    const offline = memoryOffline();
    const kept = new Uint8Array([1, 2, 3]).buffer;
    await offline.keep({ accountId: 'acc-1', sittingId: 'sit-1', entry, expiresAt: '2026-12-11T00:00:00Z' }, [FILE, kept]);
    const draw = vi.fn<PageDrawer['draw']>(() => Promise.resolve());
    container = await viewer(2, { draw }, () => Promise.reject(ApiFailure.network()), offline);
    await settle();

    expect(draw.mock.calls[0]![0]).toBe(kept);
    expect(view(container).getAttribute('data-shown')).toBe('drawn');
    expect(byTestId(container, 'viewer-offline').textContent).toContain('bản bạn đã tải về');
  });

  it('says the network failed where no copy was taken', async () => {
    container = await viewer(2, { draw: () => Promise.resolve() }, () => Promise.reject(ApiFailure.network()));
    await settle();
    expect(view(container).getAttribute('data-shown')).toBe('refused');
    expect(container.querySelector('[data-testid="viewer-offline"]')).toBeNull();
  });

  it('says when the document may not be printed, and prints nothing of its pages', async () => {
    const { services } = testServices(fakeApi({ pageFile: () => Promise.resolve(FILE) }));
    const locked = { ...entry, printAllowed: false };
    container = await mount(<DocumentViewer document={locked} page={1} onTurn={() => undefined} onClose={() => undefined} />, services);
    expect(byTestId(container, 'viewer-no-print').textContent).toContain('không được in');
    expect(byTestId(container, 'document-viewer').classList.contains('document-no-print')).toBe(true);
  });

  it('shows the page image when drawing the file never ends', async () => {
    container = await viewer(3, { draw: () => new Promise(() => undefined) }, () => Promise.resolve(FILE));
    expect(view(container).getAttribute('data-shown')).toBe('drawing');
    await settle(10_000);
    expect(view(container).getAttribute('data-shown')).toBe('image');
    expect(byTestId<HTMLImageElement>(container, 'viewer-image').getAttribute('src')).toContain('/pages/3?width=800');
  });

  it('says in words why the page cannot be read, and draws nothing', async () => {
    const draw = vi.fn(() => Promise.resolve());
    const refused = () =>
      Promise.reject(new ApiFailure(403, 'document_withdrawn', 'Tài liệu đã được thu hồi.', [], null));
    container = await viewer(1, { draw }, refused);
    await settle();

    expect(view(container).getAttribute('data-shown')).toBe('refused');
    expect(view(container).querySelector('[role="alert"]')!.textContent).toContain('Tài liệu đã được thu hồi');
    expect(draw).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="viewer-image"]')).toBeNull();
  });

  it('shows a strip of the pages, the one shown marked, each a thumbnail that turns to it and is not a read', async () => {
    const onTurn = vi.fn();
    const { services } = testServices(fakeApi({ pageFile: () => Promise.resolve(FILE) }));
    container = await mount(<DocumentViewer document={entry} page={2} onTurn={onTurn} onClose={() => undefined} />, services);

    const strip = byTestId(container, 'viewer-thumbnails');
    expect(strip.querySelectorAll('button')).toHaveLength(5);
    expect(byTestId(container, 'thumbnail-2').getAttribute('aria-current')).toBe('page');
    expect(byTestId(container, 'thumbnail-4').getAttribute('aria-current')).toBeNull();
    expect(byTestId(container, 'thumbnail-4').querySelector('img')!.getAttribute('src')).toBe(
      '/api/documents/doc-1/pages/4?width=160&version=3&thumbnail=true',
    );
    expect(byTestId(container, 'thumbnail-4').querySelector('img')!.getAttribute('loading')).toBe('lazy');
    await click(byTestId(container, 'thumbnail-4'));
    expect(onTurn).toHaveBeenCalledWith(4);
  });

  it('finds within the document and turns to the page found', async () => {
    const onTurn = vi.fn();
    const searchDocument = vi.fn(() =>
      Promise.resolve({
        query: 'ngan sach',
        total: 1,
        offset: 0,
        hits: [{ documentId: 'doc-1', sittingId: 'sit-1', title: 'Tờ trình dự toán', version: 3, page: 4, snippet: 'Chi ngân sách giảm', marks: [{ start: 4, length: 9 }], matchesOnPage: 1 }],
      }),
    );
    const { services } = testServices(fakeApi({ pageFile: () => Promise.resolve(FILE), searchDocument }));
    container = await mount(<DocumentViewer document={entry} page={1} onTurn={onTurn} onClose={() => undefined} />, services);

    await type(byTestId(container, 'find-in-document-input'), 'ngan sach');
    await click(byTestId(container, 'find-in-document-submit'));
    expect(searchDocument).toHaveBeenCalledWith('doc-1', 'ngan sach', 0);
    expect(byTestId(container, 'found-doc-1-4').textContent).toBe('Trang 4');
    await click(byTestId(container, 'found-doc-1-4'));
    expect(onTurn).toHaveBeenCalledWith(4);
  });
});
