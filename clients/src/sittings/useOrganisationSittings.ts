import { useServices } from '../app/services';
import { useAsync, type Async } from '../ui/useAsync';
import { loadOrganisationSittings } from './pickSitting';
import type { Sitting } from '../protocol/generated';

export function useOrganisationSittings(organisationId: string | null): Async<Sitting[]> {
  const { api, now } = useServices();
  return useAsync(
    () => (organisationId === null ? Promise.resolve([]) : loadOrganisationSittings(api, organisationId, now())),
    [organisationId],
  );
}
