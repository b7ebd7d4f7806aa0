import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../api/apiFailure';
import { documentFileUrl } from '../api/hopsoApi';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentEntry, DocumentHit, Presentation } from '../protocol/generated';
import { InfoNotice, Loading, ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { useAsync } from '../ui/useAsync';
import { DocumentSearch } from './DocumentSearch';
import { DocumentViewer, replacedSinceRead } from './DocumentViewer';
import { OfflineTaking } from './OfflineTaking';
import { OfSessionBadge } from './OfSessionBadge';
import { FollowTools, PresentingViewer, usePresentedDocument } from './presenting';

interface Opened {
  document: DocumentEntry;
  page: number;
}

/**
 * The documents of the sitting a delegate may read, a search through those of the whole session, and the viewer for
 * the one they open. While a page is presented the viewer follows it (theo người trình bày), until the reader turns
 * a page or closes the viewer; one click brings them back. The presentation is the sitting's, from its live store.
 */
export function DocumentShelf({
  sittingId,
  sessionId,
  presentation,
  documentsSeq,
  commentsSeq = 0,
  mayComment = false,
  mayAnnotate = false,
  mayPresent = false,
}: {
  sittingId: string;
  sessionId: string;
  /** The page presented now, as the sitting's live state has it. */
  presentation: Presentation | null;
  /** Where the sitting's documents last changed in its log: the list is read again when it moves. */
  documentsSeq: number;
  /** Where a comment the reader sees last changed in the sitting's log: their comments read again when it moves. */
  commentsSeq?: number;
  /** The reader may send comments (góp ý) on the documents they open: a delegate. */
  mayComment?: boolean;
  /** The reader may highlight passages and keep notes of their own. */
  mayAnnotate?: boolean;
  /** The reader presents pages rather than following them: the chair. */
  mayPresent?: boolean;
}) {
  const { t } = useI18n();
  const { api, offline, now } = useServices();
  const [listedOffline, setListedOffline] = useState(false);
  // Without a connection, the documents the reader took with them stand in for the list.
  const documents = useAsync(
    () =>
      api.documents(sittingId).then(
        (listed) => {
          setListedOffline(false);
          return listed;
        },
        async (failure: unknown) => {
          const kept =
            failure instanceof ApiFailure && failure.code === 'network'
              ? await offline.copies(sittingId, now()).catch(() => [])
              : [];
          if (kept.length === 0) {
            throw failure;
          }
          setListedOffline(true);
          return kept.map((copy) => copy.entry);
        },
      ),
    [sittingId, documentsSeq],
  );
  const taken = useAsync(() => offline.copies(sittingId, now()).catch(() => []), [sittingId]);
  const takenVersion = new Map((taken.data ?? []).map((copy) => [copy.entry.id, copy.entry.version]));
  const [open, setOpen] = useState<Opened | null>(null);
  const [openProblem, setOpenProblem] = useState<Problem | null>(null);
  const [following, setFollowing] = useState(true);
  // Each new presentation (another document, or one after a stop) is followed again by default.
  const presentationKey = presentation?.documentId ? `${presentation.documentId}@${presentation.since}` : null;
  useEffect(() => setFollowing(true), [presentationKey]);
  const presented = usePresentedDocument(presentation?.documentId ?? null, documents.data ?? null);
  // The presented document was replaced by a new version: the list is read again, so the viewer shows the new text.
  const presentedVersion = presentation?.version ?? null;
  useEffect(() => {
    if (presented && presentedVersion !== null && presented.version < presentedVersion) {
      documents.reload();
    }
  }, [presented?.id, presented?.version, presentedVersion]);
  const followed =
    !mayPresent && following && presented && presentation?.page ? { document: presented, page: presentation.page } : null;
  const shown = followed ?? open;
  // Reading on one's own, from the list, a search or a page turned: no longer following.
  const browse = (opened: Opened) => {
    setOpen(opened);
    setFollowing(false);
  };
  const turn = (page: number) => shown && browse({ document: shown.document, page });
  // Leaving the presenter keeps the page in front of the reader.
  const follow = (on: boolean) => (on || !shown ? setFollowing(on) : browse(shown));
  const close = () => {
    setOpen(null);
    setFollowing(false);
    documents.reload();
  };
  const followTools = presented && presentation && !mayPresent && (
    <FollowTools presentation={presentation} following={following} onFollow={follow} />
  );
  // A hit may be of another sitting of the session, which this shelf does not list.
  const openHit = (hit: DocumentHit) => {
    setOpenProblem(null);
    const listed = documents.data?.find((document) => document.id === hit.documentId);
    if (listed) {
      browse({ document: listed, page: hit.page });
      return;
    }
    api.document(hit.documentId).then(
      (document) => browse({ document, page: hit.page }),
      (failure: unknown) => setOpenProblem(asProblem(failure)),
    );
  };
  return (
    <section class="panel" aria-labelledby="shelf-heading" data-testid="document-shelf">
      <h2 id="shelf-heading">{t('documents.shelf')}</h2>
      <DocumentSearch sessionId={sessionId} onOpen={openHit} />
      <ProblemNotice problem={openProblem} />
      <ProblemNotice problem={documents.problem} />
      {listedOffline && (
        <p class="notice" role="status" data-testid="shelf-offline">
          {t('offline.listed')}
        </p>
      )}
      {!listedOffline && documents.data && documents.data.length > 0 && (
        <OfflineTaking sittingId={sittingId} onTaken={taken.reload} />
      )}
      {documents.loading && !documents.data && <Loading />}
      {documents.data?.length === 0 && <InfoNotice>{t('documents.none')}</InfoNotice>}
      {presentation && presentation.documentId === null && <InfoNotice>{t('presentation.hidden')}</InfoNotice>}
      {!shown && followTools && <div class="viewer-tools viewer-presentation">{followTools}</div>}
      <ul class="document-shelf">
        {documents.data?.map((document) => (
          <li key={document.id}>
            <button type="button" class="link-button" onClick={() => browse({ document, page: 1 })} data-testid={`read-${document.id}`}>
              {document.title}
            </button>{' '}
            <span class="muted">
              {t(`documents.kind.${document.kind}`)} · {t('documents.pageCount', { pages: document.pages })}
            </span>
            {document.wholeSession && <OfSessionBadge document={document} />}
            {document.signatures.length > 0 && (
              <span class="badge" data-testid={`signed-${document.id}`}>
                {t('signatures.signed')}
              </span>
            )}
            {document.readVersion === null && <span class="badge badge-late">{t('documents.unread')}</span>}
            {takenVersion.get(document.id) === document.version && (
              <span class="badge" data-testid={`kept-${document.id}`}>
                {t('offline.kept')}
              </span>
            )}
            {replacedSinceRead(document) && (
              <span class="badge badge-late" data-testid={`changed-${document.id}`}>
                {t('documents.changedSinceRead')}
              </span>
            )}
            {document.downloadAllowed && (
              <a class="button" href={documentFileUrl(document.id)} download data-testid={`download-${document.id}`}>
                {t('documents.download')}
              </a>
            )}
          </li>
        ))}
      </ul>
      {shown &&
        (mayPresent ? (
          <PresentingViewer
            key={shown.document.id}
            sittingId={sittingId}
            document={shown.document}
            page={shown.page}
            presentation={presentation}
            mayAnnotate={mayAnnotate}
            onTurn={turn}
            onClose={close}
          />
        ) : (
          <DocumentViewer
            key={shown.document.id}
            document={shown.document}
            page={shown.page}
            onTurn={turn}
            tools={followTools}
            mayComment={mayComment}
            mayAnnotate={mayAnnotate}
            commentsSeq={commentsSeq}
            onClose={close}
          />
        ))}
    </section>
  );
}
