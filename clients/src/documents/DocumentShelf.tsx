import { useState } from 'preact/hooks';
import { documentFileUrl } from '../api/hopsoApi';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentEntry } from '../protocol/generated';
import { InfoNotice, Loading, ProblemNotice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { DocumentViewer } from './DocumentViewer';

/** The documents of the sitting a delegate may read, and the viewer for the one they open. */
export function DocumentShelf({ sittingId }: { sittingId: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const documents = useAsync(() => api.documents(sittingId), [sittingId]);
  const [open, setOpen] = useState<DocumentEntry | null>(null);
  return (
    <section class="panel" aria-labelledby="shelf-heading" data-testid="document-shelf">
      <h2 id="shelf-heading">{t('documents.shelf')}</h2>
      <ProblemNotice problem={documents.problem} />
      {documents.loading && !documents.data && <Loading />}
      {documents.data?.length === 0 && <InfoNotice>{t('documents.none')}</InfoNotice>}
      <ul class="document-shelf">
        {documents.data?.map((document) => (
          <li key={document.id}>
            <button type="button" class="link-button" onClick={() => setOpen(document)} data-testid={`read-${document.id}`}>
              {document.title}
            </button>{' '}
            <span class="muted">
              {t(`documents.kind.${document.kind}`)} · {t('documents.pageCount', { pages: document.pages })}
            </span>
            {!document.readByMe && <span class="badge badge-late">{t('documents.unread')}</span>}
            {document.downloadAllowed && (
              <a class="button" href={documentFileUrl(document.id)} download data-testid={`download-${document.id}`}>
                {t('documents.download')}
              </a>
            )}
          </li>
        ))}
      </ul>
      {open && <DocumentViewer document={open} onClose={() => { setOpen(null); documents.reload(); }} />}
    </section>
  );
}
