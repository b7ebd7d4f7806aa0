// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommentForm, DocumentComment } from '../protocol/generated';
import { aComment } from '../testing/comments';
import { byTestId, click, fakeApi, mount, testServices, type, unmount } from '../testing/testApp';
import { CommentComposer } from './CommentComposer';

const PAGE = 'Điều 1. Mức thu phí\nlà 50.000 đồng mỗi lượt khách.';
const PAGE_TEXT = { documentId: 'doc-1', version: 1, page: 2, text: PAGE };

describe('sending a comment from the viewer', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('sends the passage with where it starts on the page, and lists it with its state and answer', async () => {
    const listed: DocumentComment[] = [];
    const sendComment = vi.fn((_document: string, form: CommentForm) => {
      listed.push(aComment({ quote: form.quote, text: form.text, visibleToAll: form.visibleToAll }));
      return Promise.resolve(listed[0]!);
    });
    const { services } = testServices(
      fakeApi({
        comments: () => Promise.resolve([...listed]),
        sendComment,
      }),
    );
    container = await mount(<CommentComposer documentId="doc-1" page={2} pageText={PAGE_TEXT} selected="" />, services);
    expect(container.textContent).toContain('Chưa có góp ý.');
    expect(byTestId<HTMLButtonElement>(container, 'comment-send').disabled).toBe(true);

    await type(byTestId(container, 'comment-quote'), 'Mức thu phí là 50.000');
    await type(byTestId(container, 'comment-text'), 'Đề nghị giảm còn 30.000 đồng.');
    await click(byTestId(container, 'comment-visible'));
    await click(byTestId(container, 'comment-send'));

    expect(sendComment).toHaveBeenCalledWith('doc-1', {
      page: 2,
      start: 8,
      quote: 'Mức thu phí là 50.000',
      text: 'Đề nghị giảm còn 30.000 đồng.',
      visibleToAll: true,
    });
    expect(container.textContent).toContain('Đã gửi góp ý tới thư ký kỳ họp.');
    expect(byTestId(container, 'comment-state-c-1').textContent).toBe('Chưa trả lời');
    expect(byTestId<HTMLTextAreaElement>(container, 'comment-quote').value).toBe('');
  });

  it('shows the secretariat’s answer and state, and the server’s reason when a comment is refused', async () => {
    const { services } = testServices(
      fakeApi({
        comments: () =>
          Promise.resolve([
            aComment({ state: 'EXPLAINED', answer: 'Giữ nguyên như dự thảo.', answeredByName: 'Lê Thị Thư Ký' }),
            aComment({ id: 'c-2', mine: false, authorName: 'Trần Văn Khoa', visibleToAll: true, state: 'ACCEPTED' }),
          ]),
        sendComment: () =>
          Promise.reject({
            code: 'comment_quote_not_on_page',
            serverMessage: 'Đoạn trích không có trên trang đã chọn. Vui lòng chọn lại đoạn văn trên trang này.',
          }),
      }),
    );
    container = await mount(<CommentComposer documentId="doc-1" page={2} pageText={PAGE_TEXT} selected="Điều 9" />, services);
    expect(byTestId<HTMLTextAreaElement>(container, 'comment-quote').value).toBe('Điều 9');
    expect(byTestId(container, 'comment-state-c-1').textContent).toBe('Giải trình');
    expect(byTestId(container, 'comment-answer-c-1').textContent).toBe('Trả lời: Giữ nguyên như dự thảo.');
    expect(byTestId(container, 'comment-c-1').textContent).toContain('Góp ý của tôi');
    expect(byTestId(container, 'comment-c-2').textContent).toContain('Trần Văn Khoa');
    expect(byTestId(container, 'comment-state-c-2').textContent).toBe('Tiếp thu');

    await type(byTestId(container, 'comment-text'), 'Ý kiến.');
    await click(byTestId(container, 'comment-send'));
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      'Đoạn trích không có trên trang đã chọn. Vui lòng chọn lại đoạn văn trên trang này.',
    );
    expect(byTestId<HTMLTextAreaElement>(container, 'comment-quote').value).toBe('Điều 9');
  });

  it('offers no form on a scanned page, which has no text to quote, and still lists the comments', async () => {
    const { services } = testServices(
      fakeApi({
        comments: () => Promise.resolve([aComment()]),
      }),
    );
    const scan = { ...PAGE_TEXT, page: 1, text: ' \n ' };
    container = await mount(<CommentComposer documentId="doc-1" page={1} pageText={scan} selected="" />, services);
    expect(container.querySelector('[data-testid="comment-form"]')).toBeNull();
    expect(byTestId(container, 'comment-state-c-1').textContent).toBe('Chưa trả lời');
  });
});
