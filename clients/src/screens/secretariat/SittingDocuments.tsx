import { CommentsDesk } from '../../documents/CommentsDesk';
import { DocumentsPanel } from '../../documents/DocumentsPanel';
import { UnopenedPanel } from '../../documents/UnopenedPanel';
import type { Sitting } from '../../protocol/generated';
import { useServices } from '../../app/services';
import { useSitting } from '../../realtime/useSitting';
import { useAsync } from '../../ui/useAsync';

/**
 * The documents panel of the sitting being prepared, offered its agenda items (live) to attach files to, who of the
 * delegates has not opened them yet, and the comments (góp ý) sent on them; one list of the sitting's documents for
 * both, so a file just uploaded can be commented on at once.
 */
export function SittingDocuments({ sitting }: { sitting: Sitting }) {
  const live = useSitting(sitting.id);
  const { api } = useServices();
  // Read again when the sitting's documents change, from this desk or another (documents.changed).
  const documents = useAsync(() => api.documents(sitting.id), [sitting.id, live.live?.view.documentsSeq ?? 0]);
  return (
    <>
      <DocumentsPanel
        sitting={sitting}
        agenda={live.live?.view.agenda ?? []}
        documents={documents}
        presentation={live.live?.view.presentation ?? null}
        mayPresent={live.live?.view.permissions.includes('PRESENT_DOCUMENTS') ?? false}
        mayAnnotate={live.live?.view.permissions.includes('ANNOTATE_DOCUMENTS') ?? false}
        readsSeq={live.live?.view.readsSeq ?? 0}
      />
      <UnopenedPanel
        sittingId={sitting.id}
        documentsSeq={live.live?.view.documentsSeq ?? 0}
        readsSeq={live.live?.view.readsSeq ?? 0}
      />
      {documents.data && <CommentsDesk documents={documents.data} commentsSeq={live.live?.view.commentsSeq ?? 0} />}
    </>
  );
}
