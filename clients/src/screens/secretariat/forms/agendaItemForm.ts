import type { AgendaItem, AgendaItemForm } from '../../../protocol/generated';
import { checkFields, integerBetween, maxLength, optionalText, required, type Issues } from '../../../ui/form/rules';
import { AGENDA_TITLE_MAX, DESCRIPTION_MAX, ESTIMATED_MINUTES_MAX, PRESENTER_MAX } from './limits';

export type AgendaItemValues = {
  title: string;
  description: string;
  presenter: string;
  estimatedMinutes: string;
  closed: boolean;
};

export const emptyAgendaItem: AgendaItemValues = {
  title: '',
  description: '',
  presenter: '',
  estimatedMinutes: '',
  closed: false,
};

export function agendaItemValues(item: AgendaItem): AgendaItemValues {
  return {
    title: item.title,
    description: item.description ?? '',
    presenter: item.presenter ?? '',
    estimatedMinutes: item.estimatedMinutes === null ? '' : String(item.estimatedMinutes),
    closed: item.closed,
  };
}

export function checkAgendaItem(values: AgendaItemValues): Issues<AgendaItemValues> {
  return checkFields(values, {
    title: [required, maxLength(AGENDA_TITLE_MAX)],
    description: [maxLength(DESCRIPTION_MAX)],
    presenter: [maxLength(PRESENTER_MAX)],
    estimatedMinutes: [integerBetween(1, ESTIMATED_MINUTES_MAX)],
  });
}

export function toAgendaItemForm(values: AgendaItemValues, existing: AgendaItem | null = null): AgendaItemForm {
  return {
    version: existing?.version ?? null,
    title: values.title.trim(),
    description: optionalText(values.description),
    presenter: optionalText(values.presenter),
    estimatedMinutes: values.estimatedMinutes.trim() === '' ? null : Number(values.estimatedMinutes),
    closed: values.closed,
  };
}
