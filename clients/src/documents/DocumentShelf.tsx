import { useState } from 'preact/hooks';
import { documentFileUrl } from '../api/hopsoApi';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentEntry, DocumentHit } from '../protocol/generated';
import { InfoNotice, Loading, ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { useAsync } from '../ui/useAsync';
import { DocumentSearch } from './DocumentSearch';
import { DocumentViewer } from './DocumentViewer';

interface Opened {
  document: DocumentEntry;
  page: number;
}

/**
 * The documents of the sitting a delegate may read, a search through those of the whole session, and the viewer for
 * the one they open.
 */
export function DocumentShelf({
  sittingId,
  sessionId,
  mayComment = false,
}: {
  sittingId: string;
  sessionId: string;
  /** The reader may send comments (góp ý) on the documents they open: a delegate. */
  mayComment?: boolean;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const documents = useAsync(() => api.documents(sittingId), [sittingId]);
  const [open, setOpen] = useState<Opened | null>(null);
  const [openProblem, setOpenProblem] = useState<Problem | null>(null);
  // A hit may be of another sitting of the session, which this shelf does not list.
  const openHit = (hit: DocumentHit) => {
    setOpenProblem(null);
    const listed = documents.data?.find((document) => document.id === hit.documentId);
    if (listed) {
      setOpen({ document: listed, page: hit.page });
      return;
    }
    api.document(hit.documentId).then(
      (document) => setOpen({ document, page: hit.page }),
      (failure: unknown) => setOpenProblem(asProblem(failure)),
    );
  };
  return (
    <section class="panel" aria-labelledby="shelf-heading" data-testid="document-shelf">
      <h2 id="shelf-heading">{t('documents.shelf')}</h2>
      <DocumentSearch sessionId={sessionId} onOpen={openHit} />
      <ProblemNotice problem={openProblem} />
      <ProblemNotice problem={documents.problem} />
      {documents.loading && !documents.data && <Loading />}
      {documents.data?.length === 0 && <InfoNotice>{t('documents.none')}</InfoNotice>}
      <ul class="document-shelf">
        {documents.data?.map((document) => (
          <li key={document.id}>
            <button type="button" class="link-button" onClick={() => setOpen({ document, page: 1 })} data-testid={`read-${document.id}`}>
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
      {open && (
        <DocumentViewer
          key={`${open.document.id}-${open.page}`}
          document={open.document}
          initialPage={open.page}
          mayComment={mayComment}
          onClose={() => {
            setOpen(null);
            documents.reload();
          }}
        />
      )}
    </section>
  );
}
