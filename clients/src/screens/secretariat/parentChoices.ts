import type { Choice } from '../../ui/form/fields';

interface Named {
  id: string;
  name: string;
}

/** What an organisation or a site can be placed under: any other of its kind, never itself. */
export function parentChoices(candidates: readonly Named[], self: Named | null): Choice[] {
  return candidates.filter((other) => other.id !== self?.id).map((other) => ({ value: other.id, label: other.name }));
}
