import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentEntry } from '../protocol/generated';
import { Loading, ProblemNotice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';

/**
 * Who has read the document, for the secretariat: unfolded on request, one line per delegate and version they opened,
 * with when they first and last opened it, how far they read and how often. Read again when {@code readsSeq} moves
 * (someone opened a document of the sitting or read further in it) and when the document gets a new version.
 */
export function ReadReceipts({ document, readsSeq }: { document: DocumentEntry; readsSeq: number }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <div class="read-receipts">
      <button
        type="button"
        class="button"
        aria-expanded={shown}
        onClick={() => setShown(!shown)}
        data-testid={`reads-toggle-${document.id}`}
      >
        {shown ? t('reads.hide') : t('reads.show')}
      </button>
      {shown && <ReceiptTable document={document} readsSeq={readsSeq} />}
    </div>
  );
}

function ReceiptTable({ document, readsSeq }: { document: DocumentEntry; readsSeq: number }) {
  const { t, format } = useI18n();
  const { api } = useServices();
  const reads = useAsync(() => api.documentReads(document.id), [document.id, document.version, readsSeq]);
  if (reads.problem) {
    return <ProblemNotice problem={reads.problem} />;
  }
  if (!reads.data) {
    return <Loading />;
  }
  if (reads.data.length === 0) {
    return (
      <p class="muted" data-testid={`reads-none-${document.id}`}>
        {t('reads.none')}
      </p>
    );
  }
  return (
    <table class="data-table read-receipt-table" data-testid={`reads-${document.id}`}>
      <caption class="visually-hidden">{t('reads.caption', { title: document.title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reads.delegate')}</th>
          <th scope="col">{t('reads.version')}</th>
          <th scope="col">{t('reads.firstOpened')}</th>
          <th scope="col">{t('reads.lastOpened')}</th>
          <th scope="col">{t('reads.furthest')}</th>
          <th scope="col">{t('reads.opens')}</th>
        </tr>
      </thead>
      <tbody>
        {reads.data.map((read) => {
          const current = read.version === document.version;
          return (
            <tr key={`${read.accountId}-${read.version}`} data-testid={`read-${read.accountId}-${read.version}`}>
              <th scope="row">{read.fullName}</th>
              <td>
                {t('documents.version', { version: read.version })}
                {!current && (
                  <>
                    {' '}
                    <span class="badge badge-late">{t('reads.older')}</span>
                  </>
                )}
              </td>
              <td>{format.dateTime(read.firstOpenedAt)}</td>
              <td>{format.dateTime(read.lastOpenedAt)}</td>
              <td data-testid={`read-furthest-${read.accountId}-${read.version}`}>
                {current
                  ? t('reads.pageOf', { page: read.furthestPage, pages: document.pages })
                  : t('reads.page', { page: read.furthestPage })}
              </td>
              <td>{format.number(read.opens)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
