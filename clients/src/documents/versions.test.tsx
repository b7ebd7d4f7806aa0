// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { DocumentEntry } from '../protocol/generated';
import { aDocumentEntry } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, settle, testServices, unmount } from '../testing/testApp';
import { DocumentShelf } from './DocumentShelf';
import { DocumentViewer } from './DocumentViewer';
import { ReplaceVersion } from './ReplaceVersion';

const REPLACED = aDocumentEntry('doc-1', 'Dự thảo mức phí', { version: 3, readVersion: 1, pages: 6 });

/** Chooses a file in a file input, as a person does in the browser's dialog. */
async function choose(input: HTMLInputElement, file: File): Promise<void> {
  await act(() => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('a document replaced by a new version', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('tells a reader of an older version which pages changed, takes them there and marks the page in front of them', async () => {
    const documentChanges = vi.fn((documentId: string, since: number) =>
      Promise.resolve({ documentId, since, version: 3, changedPages: [2, 5] }),
    );
    const onTurn = vi.fn();
    const { services } = testServices(fakeApi({ documentChanges }));
    container = await mount(<DocumentViewer document={REPLACED} page={2} onTurn={onTurn} onClose={() => {}} />, services);

    expect(documentChanges).toHaveBeenCalledWith('doc-1', 1);
    expect(byTestId(container, 'version-changes').textContent).toContain(
      'Tài liệu đã được thay bằng bản 3 từ khi bạn đọc bản 1.',
    );
    expect(byTestId(container, 'page-changed').textContent).toBe('Trang này đã thay đổi');
    await click(byTestId(container, 'changed-page-5'));
    expect(onTurn).toHaveBeenCalledWith(5);
  });

  it('says nothing changed when no page did, and nothing at all to someone who read the current version', async () => {
    const { services } = testServices(
      fakeApi({ documentChanges: (documentId, since) => Promise.resolve({ documentId, since, version: 3, changedPages: [] }) }),
    );
    container = await mount(<DocumentViewer document={REPLACED} page={1} onTurn={() => {}} onClose={() => {}} />, services);
    expect(byTestId(container, 'version-changes').textContent).toContain('Nội dung các trang không thay đổi.');
    unmount(container);

    const current = { ...REPLACED, readVersion: 3, readByMe: true };
    container = await mount(<DocumentViewer document={current} page={1} onTurn={() => {}} onClose={() => {}} />, services);
    expect(container.querySelector('[data-testid="version-changes"]')).toBeNull();
  });

  it('marks it on the shelf as changed since read rather than unread', async () => {
    const never = aDocumentEntry('doc-2', 'Báo cáo thẩm tra', { version: 2 });
    const { services } = testServices(fakeApi({ documents: () => Promise.resolve([REPLACED, never]) }));
    container = await mount(<DocumentShelf sittingId="sit-1" sessionId="ses-1" documentsSeq={0} presentation={null} />, services);
    const [replacedRow, neverRow] = [...container.querySelectorAll('.document-shelf li')];
    expect(replacedRow!.textContent).toContain('Có bản mới từ lần bạn đọc');
    expect(replacedRow!.textContent).not.toContain('Chưa đọc');
    expect(neverRow!.textContent).toContain('Chưa đọc');
    expect(neverRow!.textContent).not.toContain('Có bản mới');
  });

  it('lets the secretariat send the new file, and shows why a refused one was refused', async () => {
    const replaceDocument = vi
      .fn()
      .mockResolvedValueOnce(REPLACED)
      .mockRejectedValueOnce({ code: 'pdf_password', serverMessage: 'Tệp PDF có mật khẩu, không mở được.' });
    const onReplaced = vi.fn();
    const { services } = testServices(fakeApi({ replaceDocument }));
    container = await mount(<ReplaceVersion document={REPLACED} onReplaced={onReplaced} />, services);

    const file = new File(['%PDF-1.7'], 'Dự thảo (bản 4).pdf', { type: 'application/pdf' });
    await choose(byTestId(container, 'replace-doc-1'), file);
    expect(replaceDocument).toHaveBeenCalledWith('doc-1', file, expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(onReplaced).toHaveBeenCalledTimes(1);

    await choose(byTestId(container, 'replace-doc-1'), file);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Tệp PDF có mật khẩu, không mở được.');
    expect(onReplaced).toHaveBeenCalledTimes(1);
  });

  it('shows how far the server has got with the new file while it works', async () => {
    let answer: (entry: DocumentEntry) => void = () => undefined;
    const replaceDocument = vi.fn(() => new Promise<DocumentEntry>((resolve) => (answer = resolve)));
    const { services, sockets } = testServices(fakeApi({ replaceDocument }));
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(<ReplaceVersion document={REPLACED} onReplaced={() => undefined} />, services);

    await choose(byTestId(container, 'replace-doc-1'), new File(['PK'], 'Tờ trình (bản 5).docx'));
    const uploadId = (replaceDocument.mock.calls[0] as unknown as [string, File, string])[2];
    sockets.latest.deliver({ type: 'upload.progress', uploadId: 'another', stage: 'CONVERTING', page: 0, pages: 0 });
    await settle();
    expect(container.querySelector('[data-testid="replace-stage-doc-1"]')).toBeNull();
    sockets.latest.deliver({ type: 'upload.progress', uploadId, stage: 'READING', page: 2, pages: 9 });
    await settle();
    expect(byTestId(container, 'replace-stage-doc-1').textContent).toContain('Đang xử lý trang 2/9');

    answer(REPLACED);
    await settle();
    expect(container.querySelector('[data-testid="replace-stage-doc-1"]')).toBeNull();
  });
});
