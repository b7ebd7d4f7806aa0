import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentEntry, Presentation } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';
import { DocumentViewer } from './DocumentViewer';

/**
 * The viewer of the chair and the secretariat (trình chiếu): shows the page they are on to the hall and to those who
 * follow, and while this document is presented each page they turn to is presented too.
 */
export function PresentingViewer(props: {
  sittingId: string;
  document: DocumentEntry;
  page: number;
  presentation: Presentation | null;
  /** The presenter may highlight passages and keep notes of their own. */
  mayAnnotate?: boolean;
  onTurn: (page: number) => void;
  onClose: () => void;
}) {
  const { document, sittingId, presentation } = props;
  const { t } = useI18n();
  const { realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const presentingThis = presentation?.documentId === document.id;
  const present = (page: number) =>
    action.run(() => realtime.command({ type: 'document.present', sittingId, documentId: document.id, page }));
  const turn = (page: number) => {
    props.onTurn(page);
    if (presentingThis) {
      void present(page);
    }
  };
  return (
    <DocumentViewer
      document={document}
      page={props.page}
      onTurn={turn}
      mayAnnotate={props.mayAnnotate ?? false}
      onClose={props.onClose}
      tools={
        <>
          {presentingThis ? (
            <span class="badge badge-current" data-testid="viewer-presenting">
              {t('presentation.presenting', { page: presentation.page ?? props.page })}
            </span>
          ) : (
            presentation && <span class="muted">{t('presentation.other')}</span>
          )}
          {!(presentingThis && presentation.page === props.page) && (
            <button
              type="button"
              class="button button-primary"
              disabled={!online || action.busy}
              onClick={() => void present(props.page)}
              data-testid="viewer-present"
            >
              {t('presentation.present')}
            </button>
          )}
          {presentation && (
            <button
              type="button"
              class="button"
              disabled={!online || action.busy}
              onClick={() => void action.run(() => realtime.command({ type: 'document.present_stop', sittingId }))}
              data-testid="viewer-present-stop"
            >
              {t('presentation.stop')}
            </button>
          )}
          <ProblemNotice problem={action.problem} />
        </>
      }
    />
  );
}

/** Theo người trình bày: whether the reader follows the presented page, and the one click back to it. */
export function FollowTools(props: {
  presentation: Presentation;
  following: boolean;
  onFollow: (following: boolean) => void;
}) {
  const { t } = useI18n();
  const { presentation, following } = props;
  return (
    <>
      <label class="field-inline">
        <input
          type="checkbox"
          checked={following}
          onChange={(e) => props.onFollow((e.currentTarget as HTMLInputElement).checked)}
          data-testid="viewer-follow"
        />{' '}
        {t('presentation.follow')}
      </label>
      <span class="muted" data-testid="presented-page">
        {t('presentation.now', { title: presentation.title ?? '', page: presentation.page ?? 1 })}
      </span>
      {!following && (
        <button type="button" class="button button-primary" onClick={() => props.onFollow(true)} data-testid="viewer-follow-return">
          {t('presentation.return')}
        </button>
      )}
    </>
  );
}

/** The presented document as the shelf lists it, or read on its own when the list does not have it (yet). */
export function usePresentedDocument(documentId: string | null, listed: readonly DocumentEntry[] | null): DocumentEntry | null {
  const { api } = useServices();
  const inList = (documentId && listed?.find((document) => document.id === documentId)) || null;
  const [fetched, setFetched] = useState<DocumentEntry | null>(null);
  useEffect(() => {
    if (documentId === null || inList !== null || listed === null) {
      return undefined;
    }
    let current = true;
    api.document(documentId).then(
      (document) => current && setFetched(document),
      () => undefined, // not readable after all: the presentation stays a note, without the viewer
    );
    return () => {
      current = false;
    };
  }, [documentId, inList, listed, api]);
  return inList ?? (fetched !== null && fetched.id === documentId ? fetched : null);
}
