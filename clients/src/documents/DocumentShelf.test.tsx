// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSearchResult } from '../protocol/generated';
import { byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../testing/testApp';
import { DocumentShelf } from './DocumentShelf';
import { aDocumentEntry } from '../testing/fixtures';

const FOUND: DocumentSearchResult = {
  query: 'ngan sach',
  total: 3,
  offset: 0,
  hits: [
    {
      documentId: 'doc-1',
      sittingId: 'sit-1',
      title: 'Tờ trình dự toán',
      version: 1,
      page: 3,
      snippet: '…về dự toán Ngân sách <script>x</script> và ngân sách…',
      marks: [
        { start: 12, length: 9 },
        { start: 44, length: 9 },
      ],
      matchesOnPage: 2,
    },
    {
      documentId: 'doc-9',
      sittingId: 'sit-2',
      title: 'Báo cáo phiên trước',
      version: 2,
      page: 2,
      snippet: 'ngân sách tỉnh',
      marks: [{ start: 0, length: 9 }],
      matchesOnPage: 1,
    },
  ],
};

describe('searching the documents of the session from the shelf', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('shows each hit with its page and the matches highlighted as text, and opens the viewer at that page', async () => {
    const searchDocuments = vi.fn(() => Promise.resolve(FOUND));
    const document = vi.fn(() => Promise.resolve(aDocumentEntry('doc-9', 'Báo cáo phiên trước', { pages: 4 })));
    const pageFile = vi.fn(() => Promise.resolve(new ArrayBuffer(8)));
    const { services } = testServices(
      fakeApi({ documents: () => Promise.resolve([aDocumentEntry('doc-1', 'Tờ trình dự toán', { pages: 5 })]), searchDocuments, document, pageFile }),
    );
    container = await mount(<DocumentShelf sittingId="sit-1" sessionId="ses-1" documentsSeq={0} presentation={null} />, services);

    await type(byTestId(container, 'document-search-input'), 'ngan sach');
    await click(byTestId(container, 'document-search-submit'));

    expect(searchDocuments).toHaveBeenCalledWith('ses-1', 'ngan sach', 0);
    expect(byTestId(container, 'document-search-total').textContent).toBe('Tìm thấy ở 3 trang');
    const hit = byTestId(container, 'hit-doc-1-3');
    expect(hit.textContent).toBe('Tờ trình dự toán · trang 3');
    const snippet = hit.parentElement!.querySelector('.document-hit-snippet')!;
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Ngân sách', 'ngân sách']);
    expect(snippet.querySelector('script')).toBeNull();
    expect(snippet.textContent).toContain('<script>x</script>');

    await click(hit);
    expect(byTestId<HTMLInputElement>(container, 'viewer-page').value).toBe('3');
    expect(pageFile).toHaveBeenLastCalledWith('doc-1', 3, 1);
    expect(document).not.toHaveBeenCalled();

    await click(byTestId(container, 'hit-doc-9-2'));
    expect(document).toHaveBeenCalledWith('doc-9');
    expect(pageFile).toHaveBeenLastCalledWith('doc-9', 2, 1);
  });

  it('asks for the next results and adds them to those shown', async () => {
    const searchDocuments = vi.fn((_session: string, _query: string, offset: number) =>
      Promise.resolve(
        offset === 0
          ? FOUND
          : { ...FOUND, offset, hits: [{ ...FOUND.hits[1]!, documentId: 'doc-7', page: 1 }] },
      ),
    );
    const { services } = testServices(fakeApi({ documents: () => Promise.resolve([]), searchDocuments }));
    container = await mount(<DocumentShelf sittingId="sit-1" sessionId="ses-1" documentsSeq={0} presentation={null} />, services);
    await type(byTestId(container, 'document-search-input'), 'ngân sách');
    await click(byTestId(container, 'document-search-submit'));
    await click(byTestId(container, 'document-search-more'));

    expect(searchDocuments).toHaveBeenLastCalledWith('ses-1', 'ngân sách', 2);
    expect(container.querySelectorAll('.document-hits li')).toHaveLength(3);
    expect(container.querySelector('[data-testid="document-search-more"]')).toBeNull();
  });

  it('says when nothing was found', async () => {
    const { services } = testServices(
      fakeApi({
        documents: () => Promise.resolve([]),
        searchDocuments: () => Promise.resolve({ query: 'thuế', total: 0, offset: 0, hits: [] }),
      }),
    );
    container = await mount(<DocumentShelf sittingId="sit-1" sessionId="ses-1" documentsSeq={0} presentation={null} />, services);
    await type(byTestId(container, 'document-search-input'), 'thuế');
    await click(byTestId(container, 'document-search-submit'));
    expect(byTestId(container, 'document-search-total').textContent).toBe('Không tìm thấy “thuế” trong tài liệu bạn được đọc.');
  });
});

describe('the shelf kept up to date', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('reads the list again when the sitting’s documents change, and only then', async () => {
    let listed = [aDocumentEntry('doc-1', 'Tờ trình dự toán')];
    const documents = vi.fn(() => Promise.resolve(listed));
    const { services } = testServices(fakeApi({ documents }));
    let moveTo: (seq: number) => Promise<void> = () => Promise.resolve();
    function Shelf() {
      const [seq, setSeq] = useState(3);
      moveTo = (next) => act(() => setSeq(next));
      return <DocumentShelf sittingId="sit-1" sessionId="ses-1" documentsSeq={seq} presentation={null} />;
    }
    container = await mount(<Shelf />, services);
    expect(documents).toHaveBeenCalledTimes(1);

    listed = [aDocumentEntry('doc-2', 'Chương trình kỳ họp', { wholeSession: true }), ...listed];
    await moveTo(3);
    expect(documents).toHaveBeenCalledTimes(1);
    await moveTo(9);
    await settle();

    expect(documents).toHaveBeenCalledTimes(2);
    expect(byTestId(container, 'read-doc-2').textContent).toBe('Chương trình kỳ họp');
    expect(byTestId(container, 'of-session-doc-2').textContent).toBe('Chung của kỳ họp');
    expect(container.querySelector('[data-testid="of-session-doc-1"]')).toBeNull();
  });
});
