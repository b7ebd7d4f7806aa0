// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HopsoApi } from '../api/hopsoApi';
import type { DocumentEntry, UploadedFile } from '../protocol/generated';
import { aDocumentEntry, anItem, aSitting } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, testServices, unmount } from '../testing/testApp';
import type { Async } from '../ui/useAsync';
import { DocumentsPanel } from './DocumentsPanel';

const READY: UploadedFile = {
  fileName: 'Chương trình kỳ họp.pdf',
  status: 'READY',
  documentId: 'doc-9',
  pages: 2,
  searchableText: true,
  code: null,
  message: null,
};

function listed(documents: DocumentEntry[]): Async<DocumentEntry[]> {
  return { data: documents, problem: null, loading: false, reload: vi.fn(), set: vi.fn() };
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function pick(input: HTMLInputElement, files: File[]): Promise<void> {
  await act(() => {
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the secretariat uploading documents of the sitting', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  async function panel(uploadDocuments: HopsoApi['uploadDocuments'], documents: DocumentEntry[] = []) {
    const { services } = testServices(fakeApi({ uploadDocuments }));
    container = await mount(
      <DocumentsPanel
        sitting={aSitting()}
        agenda={[anItem('item-1', 1, { title: 'Khai mạc' })]}
        documents={listed(documents)}
        presentation={null}
        mayPresent={false}
        mayAnnotate={false}
        readsSeq={0}
      />,
      services,
    );
    return container;
  }

  function itemChoice(): HTMLSelectElement {
    return byTestId(container, 'document-upload').querySelectorAll('select')[1] as HTMLSelectElement;
  }

  it('sends a file chosen for the whole session as such, with no item', async () => {
    const uploadDocuments = vi.fn<HopsoApi['uploadDocuments']>(() => Promise.resolve([READY]));
    await panel(uploadDocuments);
    const options = [...itemChoice().options].map((option) => option.textContent);
    expect(options).toEqual(['Cả phiên họp', 'Tài liệu chung của kỳ họp', 'Khai mạc']);

    await pick(byTestId(container, 'document-files'), [new File(['%PDF'], 'Chương trình kỳ họp.pdf')]);
    await choose(itemChoice(), 'session');
    await click(byTestId(container, 'document-upload-submit'));

    expect(uploadDocuments).toHaveBeenCalledTimes(1);
    expect(uploadDocuments.mock.calls[0]![2]).toMatchObject({ agendaItemId: null, wholeSession: true });
  });

  it('sends a file of an item as that item’s, not the session’s', async () => {
    const uploadDocuments = vi.fn<HopsoApi['uploadDocuments']>(() => Promise.resolve([READY]));
    await panel(uploadDocuments);

    await pick(byTestId(container, 'document-files'), [new File(['%PDF'], 'Tờ trình.pdf')]);
    await choose(itemChoice(), 'item-1');
    await click(byTestId(container, 'document-upload-submit'));

    expect(uploadDocuments.mock.calls[0]![2]).toMatchObject({ agendaItemId: 'item-1', wholeSession: false });
  });

  it('marks the documents of the whole session in the list, and only those', async () => {
    await panel(vi.fn<HopsoApi['uploadDocuments']>(), [
      aDocumentEntry('doc-1', 'Chương trình kỳ họp', { wholeSession: true }),
      aDocumentEntry('doc-2', 'Tờ trình của phiên'),
    ]);

    expect(byTestId(container, 'of-session-doc-1').textContent).toBe('Chung của kỳ họp');
    expect(container.querySelector('[data-testid="of-session-doc-2"]')).toBeNull();
  });
});
