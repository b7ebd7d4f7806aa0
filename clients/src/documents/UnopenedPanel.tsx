import { useI18n } from '../i18n/I18nContext';
import { useServices } from '../app/services';
import { Loading, ProblemNotice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';

/**
 * At a glance, for those who run the sitting: who of the elected delegates has not opened each document yet. Read
 * again on request, when the sitting's documents change ({@code documentsSeq} moves: one was added or withdrawn), and
 * when they were read ({@code readsSeq} moves: someone opened one, or read further).
 */
export function UnopenedPanel(props: { sittingId: string; documentsSeq: number; readsSeq: number }) {
  const { sittingId, documentsSeq, readsSeq } = props;
  const { t } = useI18n();
  const { api } = useServices();
  const unopened = useAsync(() => api.unopenedDocuments(sittingId), [sittingId, documentsSeq, readsSeq]);
  return (
    <section class="panel" aria-labelledby="unopened-heading" data-testid="unopened-panel">
      <h2 id="unopened-heading">{t('unopened.heading')}</h2>
      <button type="button" class="button" onClick={unopened.reload} disabled={unopened.loading} data-testid="unopened-reload">
        {t('unopened.reload')}
      </button>
      <ProblemNotice problem={unopened.problem} />
      {unopened.loading && !unopened.data && <Loading />}
      {unopened.data?.length === 0 && <p class="notice">{t('unopened.noDocuments')}</p>}
      <ul class="unopened-list">
        {unopened.data?.map((document) => (
          <li key={document.documentId} data-testid={`unopened-${document.documentId}`}>
            <strong>{document.title}</strong>{' '}
            <span class={document.notOpened.length === 0 ? 'badge' : 'badge badge-late'} data-testid={`unopened-count-${document.documentId}`}>
              {document.notOpened.length === 0
                ? t('unopened.allOpened')
                : t('unopened.count', { count: document.notOpened.length, entitled: document.entitled })}
            </span>
            {document.notOpened.length > 0 && (
              <p class="muted">{document.notOpened.map((delegate) => delegate.fullName).join(', ')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
