// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { AnnotationEdit, AnnotationForm, DocumentAnnotation } from '../protocol/generated';
import { aDocumentEntry } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, testServices, type, unmount } from '../testing/testApp';
import { DocumentViewer } from './DocumentViewer';

const PAGE = 'Điều 1. Mức thu phí\nlà 50.000 đồng mỗi lượt khách.\nĐiều 2. Hiệu lực thi hành';

function anAnnotation(overrides: Partial<DocumentAnnotation> = {}): DocumentAnnotation {
  return {
    id: 'a-1',
    documentId: 'doc-1',
    documentVersion: 2,
    page: 2,
    start: 8,
    quote: 'Mức thu phí',
    colour: 'GREEN',
    note: 'Hỏi Sở Tài chính',
    createdAt: '2026-12-08T01:00:00Z',
    updatedAt: '2026-12-08T01:00:00Z',
    version: 0,
    ...overrides,
  };
}

/** Selects the text of a node as a reader's mouse would, and lets go of the button. */
async function select(node: Node, from: number, to: number): Promise<void> {
  await act(() => {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const selection = globalThis.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
}

describe('a reader’s own highlights and notes in the viewer', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  const document2 = aDocumentEntry('doc-1', 'Dự thảo nghị quyết về phí', { version: 2, downloadAllowed: true });

  it('marks the passage selected on the page with its colour and note, and shows it marked and listed', async () => {
    const listed: DocumentAnnotation[] = [anAnnotation({ id: 'old', documentVersion: 1, page: 2, quote: 'Điều 1.' })];
    const makeAnnotation = vi.fn((_document: string, form: AnnotationForm) =>
      Promise.resolve(anAnnotation({ id: 'a-2', start: form.start, quote: 'phí là 50.000', colour: form.colour, note: form.note ?? '' })),
    );
    const { services } = testServices(
      fakeApi({
        pageText: (documentId, page) => Promise.resolve({ documentId, version: 2, page, text: PAGE }),
        annotations: () => Promise.resolve(listed),
        makeAnnotation,
      }),
    );
    container = await mount(<DocumentViewer document={document2} page={2} onTurn={() => {}} mayAnnotate onClose={() => {}} />, services);
    expect(byTestId(container, 'page-text').textContent).toBe(PAGE);
    // Made on the earlier version: listed, not marked on this one's text.
    expect(container.querySelector('mark')).toBeNull();
    expect(byTestId(container, 'annotation-old').textContent).toContain('Trang 2, bản 1: không còn tìm thấy đoạn này trong bản mới');
    expect(container.querySelector('[data-testid="annotated-copy"]')).toBeNull();
    expect(container.querySelector('[data-testid="comment-composer"]')).toBeNull();

    const text = byTestId(container, 'page-text').firstChild!;
    await select(text, PAGE.indexOf('phí'), PAGE.indexOf('50.000') + 6);
    expect(byTestId<HTMLTextAreaElement>(container, 'annotation-quote').value).toBe('phí\nlà 50.000');
    await click(byTestId(container, 'colour-PINK'));
    await type(byTestId(container, 'annotation-note'), 'So với tỉnh bạn');
    await click(byTestId(container, 'annotation-make'));

    expect(makeAnnotation).toHaveBeenCalledWith('doc-1', {
      page: 2,
      start: 16,
      quote: 'phí\nlà 50.000',
      colour: 'PINK',
      note: 'So với tỉnh bạn',
    });
    expect(byTestId(container, 'mark-a-2').textContent).toBe('phí\nlà 50.000');
    expect(byTestId(container, 'mark-a-2').className).toBe('highlight highlight-PINK');
    expect(byTestId(container, 'annotation-a-2').textContent).toContain('So với tỉnh bạn');
    expect(byTestId<HTMLTextAreaElement>(container, 'annotation-quote').value).toBe('');
    expect(byTestId<HTMLAnchorElement>(container, 'annotated-copy').getAttribute('href')).toBe('/api/documents/doc-1/annotated.pdf');
  });

  it('changes the colour and note, removes one, takes the reader to its page, and shows why the server refused', async () => {
    const editAnnotation = vi.fn((_id: string, edit: AnnotationEdit) =>
      Promise.resolve(anAnnotation({ colour: edit.colour, note: edit.note ?? '', version: 1 })),
    );
    const deleteAnnotation = vi.fn(() => Promise.resolve());
    const onTurn = vi.fn();
    const { services } = testServices(
      fakeApi({
        pageText: (documentId, page) => Promise.resolve({ documentId, version: 2, page, text: PAGE }),
        annotations: () => Promise.resolve([anAnnotation(), anAnnotation({ id: 'a-3', page: 4, start: 0, quote: 'Căn cứ' })]),
        editAnnotation,
        deleteAnnotation,
        makeAnnotation: () =>
          Promise.reject({ code: 'annotation_quote_not_on_page', serverMessage: 'Đoạn đã chọn không có trên trang này.' }),
      }),
    );
    container = await mount(<DocumentViewer document={document2} page={2} onTurn={onTurn} mayAnnotate onClose={() => {}} />, services);
    expect(byTestId(container, 'mark-a-1').textContent).toBe('Mức thu phí');
    expect(container.querySelector('[data-testid="mark-a-3"]')).toBeNull();

    await click(byTestId(container, 'annotation-change-a-1'));
    await click(byTestId(container, 'edit-colour-a-1-BLUE'));
    await type(byTestId(container, `annotation-note-a-1`), '  ');
    await click(byTestId(container, 'annotation-save-a-1'));
    expect(editAnnotation).toHaveBeenCalledWith('a-1', { colour: 'BLUE', note: null, version: 0 });
    expect(byTestId(container, 'mark-a-1').className).toBe('highlight highlight-BLUE');

    await click(byTestId(container, 'annotation-page-a-3'));
    expect(onTurn).toHaveBeenCalledWith(4);
    await click(byTestId(container, 'annotation-remove-a-3'));
    expect(deleteAnnotation).toHaveBeenCalledWith('a-3');
    expect(container.querySelector('[data-testid="annotation-a-3"]')).toBeNull();

    await type(byTestId(container, 'annotation-quote'), 'Điều 9');
    await click(byTestId(container, 'annotation-make'));
    expect(byTestId(container, 'annotation-desk').querySelector('[role="alert"]')!.textContent).toBe(
      'Đoạn đã chọn không có trên trang này.',
    );
    expect(byTestId<HTMLTextAreaElement>(container, 'annotation-quote').value).toBe('Điều 9');
  });

  it('offers nothing to mark on a scanned page, and lists what was marked elsewhere', async () => {
    const { services } = testServices(
      fakeApi({
        pageText: (documentId, page) => Promise.resolve({ documentId, version: 2, page, text: ' \n ' }),
        annotations: () => Promise.resolve([anAnnotation({ page: 3 })]),
        comments: () => Promise.resolve([]),
      }),
    );
    container = await mount(
      <DocumentViewer document={document2} page={1} onTurn={() => {}} mayAnnotate mayComment onClose={() => {}} />,
      services,
    );
    expect(container.textContent).toContain('Trang này là bản quét, không có chữ để đánh dấu hay trích dẫn');
    expect(container.querySelector('[data-testid="annotation-form"]')).toBeNull();
    expect(container.querySelector('[data-testid="comment-form"]')).toBeNull();
    expect(byTestId(container, 'annotation-a-1').textContent).toContain('Hỏi Sở Tài chính');
  });
});
