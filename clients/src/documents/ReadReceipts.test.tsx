// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadReceipt } from '../protocol/generated';
import { aDocumentEntry } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, settle, testServices, unmount } from '../testing/testApp';
import { ReadReceipts } from './ReadReceipts';

const READS: ReadReceipt[] = [
  {
    accountId: 'acc-1',
    fullName: 'Trần Văn Đại',
    version: 2,
    firstOpenedAt: '2026-12-01T01:00:00Z',
    lastOpenedAt: '2026-12-01T02:30:00Z',
    opens: 3,
    furthestPage: 4,
  },
  {
    accountId: 'acc-2',
    fullName: 'Lê Thị Mai',
    version: 1,
    firstOpenedAt: '2026-11-30T08:00:00Z',
    lastOpenedAt: '2026-11-30T08:05:00Z',
    opens: 1,
    furthestPage: 2,
  },
];

describe('who has read a document, for the secretariat', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('is asked for only when unfolded, and names each reader, the version, the times and how far they read', async () => {
    const documentReads = vi.fn(() => Promise.resolve(READS));
    const { services } = testServices(fakeApi({ documentReads }));
    const document = aDocumentEntry('doc-1', 'Tờ trình dự toán', { version: 2, pages: 12 });
    container = await mount(<ReadReceipts document={document} readsSeq={0} />, services);
    expect(documentReads).not.toHaveBeenCalled();

    await click(byTestId(container, 'reads-toggle-doc-1'));
    expect(documentReads).toHaveBeenCalledWith('doc-1');
    expect(byTestId(container, 'reads-toggle-doc-1').getAttribute('aria-expanded')).toBe('true');
    const current = byTestId(container, 'read-acc-1-2');
    expect(current.textContent).toContain('Trần Văn Đại');
    expect(current.textContent).toContain('bản 2');
    expect(current.textContent).not.toContain('bản cũ');
    expect(current.textContent).toContain('09:30');
    expect(byTestId(container, 'read-furthest-acc-1-2').textContent).toBe('trang 4/12');
    const older = byTestId(container, 'read-acc-2-1');
    expect(older.textContent).toContain('bản 1 bản cũ');
    expect(byTestId(container, 'read-furthest-acc-2-1').textContent).toBe('trang 2');

    await click(byTestId(container, 'reads-toggle-doc-1'));
    expect(container.querySelector('[data-testid="reads-doc-1"]')).toBeNull();
  });

  it('says so when nobody has opened it, and asks again when the sitting’s documents were read', async () => {
    const documentReads = vi.fn<() => Promise<ReadReceipt[]>>(() => Promise.resolve([]));
    const { services } = testServices(fakeApi({ documentReads }));
    let readTo: (seq: number) => Promise<void> = () => Promise.resolve();
    function Receipts() {
      const [seq, setSeq] = useState(3);
      readTo = (next) => act(() => setSeq(next));
      return <ReadReceipts document={aDocumentEntry('doc-1', 'Báo cáo thẩm tra')} readsSeq={seq} />;
    }
    container = await mount(<Receipts />, services);
    await click(byTestId(container, 'reads-toggle-doc-1'));
    expect(byTestId(container, 'reads-none-doc-1').textContent).toBe('Chưa đại biểu nào mở tài liệu này.');

    documentReads.mockImplementation(() => Promise.resolve([READS[1]!]));
    await readTo(8);
    await settle();
    expect(documentReads).toHaveBeenCalledTimes(2);
    expect(byTestId(container, 'read-acc-2-1').textContent).toContain('Lê Thị Mai');
  });
});
