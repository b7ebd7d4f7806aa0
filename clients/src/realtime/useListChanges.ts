import { useEffect, useRef } from 'preact/hooks';
import { useServices } from '../app/services';
import type { OrganisationList } from '../protocol/generated';

/**
 * Loads a list again whenever the server says it changed (another secretary added or edited something, on any node),
 * and after a reconnect, when what changed meanwhile is unknown. `organisationId` null: a change in any organisation.
 */
export function useListChanges(organisationId: string | null, lists: readonly OrganisationList[], reload: () => void): void {
  const { realtime } = useServices();
  const latestReload = useRef(reload);
  latestReload.current = reload;
  const watched = lists.join(' ');
  useEffect(
    () =>
      realtime.onListsChanged((change) => {
        const concerned =
          change === null ||
          ((organisationId === null || change.organisationId === organisationId) && watched.split(' ').includes(change.list));
        if (concerned) {
          latestReload.current();
        }
      }),
    [realtime, organisationId, watched],
  );
}
