// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommentAnswer, DocumentComment } from '../protocol/generated';
import { aComment } from '../testing/comments';
import { byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../testing/testApp';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { CommentsDesk } from './CommentsDesk';
import { aDocumentEntry } from '../testing/fixtures';

const COMMENTED = { kind: 'DRAFT_RESOLUTION', downloadAllowed: true, pages: 3, watermarked: false } as const;

describe('the secretariat’s comments desk', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('lists every comment of the chosen document, answers with the version it was read at, and links the report', async () => {
    let current: DocumentComment = aComment({ mine: false });
    const comments = vi.fn((documentId: string) => Promise.resolve(documentId === 'doc-1' ? [current] : []));
    const answerComment = vi.fn((_id: string, answer: CommentAnswer) => {
      current = { ...current, state: answer.state, answer: answer.answer, version: current.version + 1 };
      return Promise.resolve(current);
    });
    const { services } = testServices(fakeApi({ comments, answerComment }));
    container = await mount(
      <CommentsDesk commentsSeq={0} documents={[aDocumentEntry('doc-1', 'Dự thảo nghị quyết', COMMENTED), aDocumentEntry('doc-2', 'Tờ trình', COMMENTED)]} />,
      services,
    );
    expect(byTestId(container, 'desk-comment-c-1').textContent).toContain('Nguyễn Thị Bình');
    expect(byTestId(container, 'desk-state-c-1').textContent).toBe('Chưa trả lời');
    expect(byTestId<HTMLAnchorElement>(container, 'comments-report').getAttribute('href')).toBe(
      '/api/documents/doc-1/comments/report.pdf',
    );

    await type(byTestId(container, 'desk-answer-c-1'), 'Mức thu đã được thẩm định.');
    await click(byTestId(container, 'desk-EXPLAINED-c-1'));
    expect(answerComment).toHaveBeenCalledWith('c-1', {
      state: 'EXPLAINED',
      answer: 'Mức thu đã được thẩm định.',
      version: 0,
    });
    expect(byTestId(container, 'desk-state-c-1').textContent).toBe('Giải trình');

    await click(byTestId(container, 'desk-ACCEPTED-c-1'));
    expect(answerComment).toHaveBeenLastCalledWith('c-1', {
      state: 'ACCEPTED',
      answer: 'Mức thu đã được thẩm định.',
      version: 1,
    });
  });

  it('shows the server’s reason when an answer is refused, and another document’s comments when chosen', async () => {
    const { services } = testServices(
      fakeApi({
        comments: (documentId) => Promise.resolve(documentId === 'doc-1' ? [aComment()] : []),
        answerComment: () =>
          Promise.reject({ code: 'comment_answer_required', serverMessage: 'Vui lòng nhập nội dung trả lời hoặc giải trình.' }),
      }),
    );
    container = await mount(
      <CommentsDesk commentsSeq={0} documents={[aDocumentEntry('doc-1', 'Dự thảo nghị quyết', COMMENTED), aDocumentEntry('doc-2', 'Tờ trình', COMMENTED)]} />,
      services,
    );
    await click(byTestId(container, 'desk-ANSWERED-c-1'));
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Vui lòng nhập nội dung trả lời hoặc giải trình.');

    const chooser = byTestId<HTMLSelectElement>(container, 'comments-document');
    chooser.value = 'doc-2';
    await click(chooser);
    chooser.dispatchEvent(new Event('change', { bubbles: true }));
    await click(byTestId(container, 'comments-reload'));
    expect(container.textContent).toContain('Chưa có góp ý.');
    expect(byTestId<HTMLAnchorElement>(container, 'comments-report').getAttribute('href')).toBe(
      '/api/documents/doc-2/comments/report.pdf',
    );
  });

  it('reads the comments again when one is sent elsewhere, keeping an answer being typed', async () => {
    let listed: DocumentComment[] = [aComment({ mine: false })];
    const comments = vi.fn(() => Promise.resolve(listed));
    const { services } = testServices(fakeApi({ comments }));
    let moveTo: (seq: number) => void = () => undefined;
    function Live() {
      const [seq, setSeq] = useState(0);
      moveTo = setSeq;
      return <CommentsDesk commentsSeq={seq} documents={[aDocumentEntry('doc-1', 'Dự thảo nghị quyết', COMMENTED)]} />;
    }
    container = await mount(<Live />, services);
    await type(byTestId(container, 'desk-answer-c-1'), 'Đang soạn trả lời');
    listed = [...listed, aComment({ id: 'c-2', mine: false, text: 'Góp ý mới' })];
    await act(async () => {
      moveTo(7);
      await vi.runAllTimersAsync();
    });
    await settle();
    expect(comments).toHaveBeenCalledTimes(2);
    expect(byTestId(container, 'desk-comment-c-2').textContent).toContain('Góp ý mới');
    expect(byTestId<HTMLTextAreaElement>(container, 'desk-answer-c-1').value).toBe('Đang soạn trả lời');
  });
});
