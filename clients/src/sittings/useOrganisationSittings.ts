import { useServices } from '../app/services';
import { useListChanges } from '../realtime/useListChanges';
import { useAsync, type Async } from '../ui/useAsync';
import { loadOrganisationSittings } from './pickSitting';
import type { Sitting } from '../protocol/generated';

/** The organisation's current sittings, loaded again when a session or sitting is added or changes. */
export function useOrganisationSittings(organisationId: string | null): Async<Sitting[]> {
  const { api, now } = useServices();
  const sittings = useAsync(
    () => (organisationId === null ? Promise.resolve([]) : loadOrganisationSittings(api, organisationId, now())),
    [organisationId],
  );
  useListChanges(organisationId, ['SESSIONS', 'SITTINGS'], () => organisationId !== null && sittings.reload());
  return sittings;
}
