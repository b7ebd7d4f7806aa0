import { useId, useState } from 'preact/hooks';
import { commentReportUrl } from '../api/hopsoApi';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { CommentState, DocumentComment, DocumentEntry } from '../protocol/generated';
import { InfoNotice, ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { useAsync, useReloadWhen } from '../ui/useAsync';
import { ANSWERS } from './passage';

/**
 * The secretariat's and the chair's comments desk: for one document of the sitting, every comment in passage order,
 * to answer, accept (tiếp thu) or explain (giải trình), and the consolidated report (bản tổng hợp ý kiến) to download.
 * The list is read again after each answer, with the reload button, and live when a comment is sent or answered
 * ({@code commentsSeq} moves), keeping an answer being typed.
 */
export function CommentsDesk({ documents, commentsSeq }: { documents: readonly DocumentEntry[]; commentsSeq: number }) {
  const { t } = useI18n();
  const [documentId, setDocumentId] = useState<string>(documents[0]?.id ?? '');
  const chooser = useId();
  if (documents.length === 0) {
    return null;
  }
  const chosen = documents.find((document) => document.id === documentId) ?? documents[0]!;
  return (
    <section class="panel" aria-labelledby="comments-desk-heading" data-testid="comments-desk">
      <h2 id="comments-desk-heading">{t('comments.desk')}</h2>
      <div class="field">
        <label for={chooser}>{t('comments.document')}</label>
        <select
          id={chooser}
          value={chosen.id}
          onChange={(e) => setDocumentId((e.currentTarget as HTMLSelectElement).value)}
          data-testid="comments-document"
        >
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
      </div>
      <DocumentCommentsDesk key={chosen.id} documentId={chosen.id} commentsSeq={commentsSeq} />
    </section>
  );
}

function DocumentCommentsDesk({ documentId, commentsSeq }: { documentId: string; commentsSeq: number }) {
  const { t } = useI18n();
  const { api } = useServices();
  const comments = useAsync(() => api.comments(documentId), [documentId]);
  useReloadWhen(commentsSeq, comments);
  return (
    <>
      <p>
        <a class="button" href={commentReportUrl(documentId)} download data-testid="comments-report">
          {t('comments.report')}
        </a>{' '}
        <button type="button" class="button" onClick={() => comments.reload()} data-testid="comments-reload">
          {t('comments.reload')}
        </button>
      </p>
      <ProblemNotice problem={comments.problem} />
      {comments.data?.length === 0 && <InfoNotice>{t('comments.none')}</InfoNotice>}
      <ul class="comment-list">
        {comments.data?.map((comment) => (
          <AnswerableComment key={`${comment.id}-${comment.version}`} comment={comment} onAnswered={comments.reload} />
        ))}
      </ul>
    </>
  );
}

function AnswerableComment({ comment, onAnswered }: { comment: DocumentComment; onAnswered: () => void }) {
  const { t, format } = useI18n();
  const { api } = useServices();
  const [words, setWords] = useState(comment.answer ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useId();

  async function answer(state: CommentState) {
    setBusy(true);
    setProblem(null);
    try {
      await api.answerComment(comment.id, { state, answer: words.trim() === '' ? null : words, version: comment.version });
      onAnswered();
    } catch (failure: unknown) {
      setProblem(asProblem(failure));
      setBusy(false);
    }
  }

  return (
    <li data-testid={`desk-comment-${comment.id}`}>
      <div class="muted">
        {t('comments.where', { page: comment.page })} · {comment.authorName} · {format.dateTime(comment.sentAt)}
        {comment.visibleToAll && ` · ${t('comments.public')}`}
      </div>
      <blockquote>{comment.quote}</blockquote>
      <p class="comment-text">{comment.text}</p>
      <span class={`badge comment-state-${comment.state}`} data-testid={`desk-state-${comment.id}`}>
        {t(`comments.state.${comment.state}`)}
      </span>
      <div class="field">
        <label for={field}>{t('comments.answer')}</label>
        <textarea
          id={field}
          rows={2}
          maxLength={4000}
          value={words}
          onInput={(e) => setWords((e.currentTarget as HTMLTextAreaElement).value)}
          data-testid={`desk-answer-${comment.id}`}
        />
      </div>
      <ProblemNotice problem={problem} />
      {ANSWERS.map((state) => (
        <button
          key={state}
          type="button"
          class="button"
          disabled={busy}
          onClick={() => void answer(state)}
          data-testid={`desk-${state}-${comment.id}`}
        >
          {t(`comments.do.${state}`)}
        </button>
      ))}
    </li>
  );
}
