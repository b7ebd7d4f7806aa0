import { useServices } from '../../app/services';
import type { Choice } from '../../ui/form/fields';
import { useAsync } from '../../ui/useAsync';

/** Administrative levels (central, province, …) as choices, highest first. */
export function useLevelChoices(): Choice[] {
  const { api } = useServices();
  const levels = useAsync(() => api.levels(), []);
  return [...(levels.data ?? [])].sort((a, b) => a.rank - b.rank).map((level) => ({ value: level.code, label: level.name }));
}
