import { DocumentsPanel } from '../../documents/DocumentsPanel';
import { UnopenedPanel } from '../../documents/UnopenedPanel';
import type { Sitting } from '../../protocol/generated';
import { useSitting } from '../../realtime/useSitting';

/**
 * The documents panel of the sitting being prepared, offered its agenda items (live) to attach files to, and who of the
 * delegates has not opened them yet.
 */
export function SittingDocuments({ sitting }: { sitting: Sitting }) {
  const live = useSitting(sitting.id);
  return (
    <>
      <DocumentsPanel sitting={sitting} agenda={live.live?.view.agenda ?? []} />
      <UnopenedPanel sittingId={sitting.id} />
    </>
  );
}
