import { useEffect, useId, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentComment, PageText } from '../protocol/generated';
import { TextArea } from '../ui/form/fields';
import { InfoNotice, ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { useAsync, useReloadWhen } from '../ui/useAsync';
import { hasText } from './PageTextPane';
import { quoteStart } from './passage';

/**
 * Góp ý from the viewer: the passage a delegate selected on the page's text (or typed), their comment on it, sent to
 * the secretariat or also shown to every delegate; then the comments they see on the document, with each one's state
 * and the secretariat's answer. The list is read again after each comment sent, when reopened, and live when a
 * comment they see is sent or answered ({@code commentsSeq} moves).
 */
export function CommentComposer({
  documentId,
  page,
  pageText,
  selected,
  commentsSeq = 0,
}: {
  documentId: string;
  page: number;
  /** The page's text, once read: a scan has none to quote. */
  pageText: PageText | null;
  /** The passage last selected on the page's text. */
  selected: string;
  /** Where a comment the reader sees last changed in the sitting's log. */
  commentsSeq?: number;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const comments = useAsync(() => api.comments(documentId), [documentId]);
  useReloadWhen(commentsSeq, comments);
  const [quote, setQuote] = useState(selected);
  const [text, setText] = useState('');
  const [visibleToAll, setVisibleToAll] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), visible: useId() };
  useEffect(() => setQuote(selected), [selected]);

  async function send(event: Event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    setProblem(null);
    setSent(false);
    const start = quoteStart(pageText?.text ?? '', quote);
    try {
      await api.sendComment(documentId, { page, start: Math.max(0, start), quote, text, visibleToAll });
      setQuote('');
      setText('');
      setSent(true);
      comments.reload();
    } catch (failure: unknown) {
      setProblem(asProblem(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="comment-composer" aria-labelledby={ids.heading} data-testid="comment-composer">
      <h3 id={ids.heading}>{t('comments.heading', { page })}</h3>
      {hasText(pageText) && (
        <form class="entity-form" onSubmit={send} data-testid="comment-form">
          <TextArea label={t('comments.quote')} rows={2} maxLength={1000} value={quote} onChange={setQuote} testId="comment-quote" />
          <TextArea label={t('comments.text')} rows={4} maxLength={4000} value={text} onChange={setText} testId="comment-text" />
          <div class="field">
            <label for={ids.visible}>
              <input
                id={ids.visible}
                type="checkbox"
                checked={visibleToAll}
                onChange={(e) => setVisibleToAll((e.currentTarget as HTMLInputElement).checked)}
                data-testid="comment-visible"
              />{' '}
              {t('comments.visibleToAll')}
            </label>
          </div>
          <ProblemNotice problem={problem} />
          {sent && <InfoNotice>{t('comments.sent')}</InfoNotice>}
          <button
            type="submit"
            class="button button-primary"
            disabled={busy || quote.trim() === '' || text.trim() === ''}
            data-testid="comment-send"
          >
            {t('comments.send')}
          </button>
        </form>
      )}
      <ProblemNotice problem={comments.problem} />
      {comments.data && <CommentList comments={comments.data} />}
    </section>
  );
}

/** Comments as a delegate sees them: their own and those shown to all, each with its state and answer. */
export function CommentList({ comments }: { comments: readonly DocumentComment[] }) {
  const { t, format } = useI18n();
  if (comments.length === 0) {
    return <InfoNotice>{t('comments.none')}</InfoNotice>;
  }
  return (
    <ul class="comment-list" data-testid="comment-list">
      {comments.map((comment) => (
        <li key={comment.id} data-testid={`comment-${comment.id}`}>
          <div class="muted">
            {t('comments.where', { page: comment.page })} · {comment.mine ? t('comments.mine') : comment.authorName} ·{' '}
            {format.dateTime(comment.sentAt)}
          </div>
          <blockquote>{comment.quote}</blockquote>
          <p class="comment-text">{comment.text}</p>
          <span class={`badge comment-state-${comment.state}`} data-testid={`comment-state-${comment.id}`}>
            {t(`comments.state.${comment.state}`)}
          </span>
          {comment.answer !== null && (
            <p class="comment-answer" data-testid={`comment-answer-${comment.id}`}>
              <strong>{t('comments.answer')}</strong> {comment.answer}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
