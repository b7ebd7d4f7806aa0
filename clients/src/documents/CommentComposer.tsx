import { useId, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentComment } from '../protocol/generated';
import { FieldFrame } from '../ui/form/fields';
import { InfoNotice, ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { useAsync } from '../ui/useAsync';
import { quoteStart } from './passage';

/**
 * Góp ý from the viewer: the current page's text, from which a delegate selects (or types) the passage, their comment
 * on it, sent to the secretariat or also shown to every delegate; then the comments they see on the document, with
 * each one's state and the secretariat's answer. The list is read again after each comment sent, and when reopened.
 */
export function CommentComposer({ documentId, page }: { documentId: string; page: number }) {
  const { t } = useI18n();
  const { api } = useServices();
  const pageText = useAsync(() => api.pageText(documentId, page), [documentId, page]);
  const comments = useAsync(() => api.comments(documentId), [documentId]);
  const [quote, setQuote] = useState('');
  const [text, setText] = useState('');
  const [visibleToAll, setVisibleToAll] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = { quote: useId(), text: useId(), visible: useId() };

  // A scanned page has no text to quote from, and the server refuses a passage it cannot find.
  const quotable = pageText.data !== null && pageText.data.text.trim() !== '';

  const takeSelection = () => {
    const selected = globalThis.getSelection?.()?.toString() ?? '';
    if (selected.trim() !== '') {
      setQuote(selected.trim());
    }
  };

  async function send(event: Event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    setProblem(null);
    setSent(false);
    const start = quoteStart(pageText.data?.text ?? '', quote);
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
    <section class="comment-composer" aria-labelledby={`${ids.quote}-heading`} data-testid="comment-composer">
      <h3 id={`${ids.quote}-heading`}>{t('comments.heading', { page })}</h3>
      <ProblemNotice problem={pageText.problem} />
      {pageText.data && !quotable && <InfoNotice>{t('comments.noText')}</InfoNotice>}
      {pageText.data && quotable && (
        <>
          <p class="muted">{t('comments.selectHint')}</p>
          <blockquote class="page-text" onMouseUp={takeSelection} onKeyUp={takeSelection} data-testid="page-text">
            {pageText.data.text}
          </blockquote>
        </>
      )}
      {quotable && (
        <form class="entity-form" onSubmit={send} data-testid="comment-form">
          <FieldFrame id={ids.quote} label={t('comments.quote')} error={null}>
            <textarea
              id={ids.quote}
              rows={2}
              maxLength={1000}
              value={quote}
              onInput={(e) => setQuote((e.currentTarget as HTMLTextAreaElement).value)}
              data-testid="comment-quote"
            />
          </FieldFrame>
          <FieldFrame id={ids.text} label={t('comments.text')} error={null}>
            <textarea
              id={ids.text}
              rows={4}
              maxLength={4000}
              value={text}
              onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
              data-testid="comment-text"
            />
          </FieldFrame>
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
