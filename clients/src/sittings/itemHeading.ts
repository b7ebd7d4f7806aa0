import type { Translate } from '../i18n/translate';
import type { AgendaItem } from '../protocol/generated';

/** "Nội dung 3"; a draft has no number until it is published. */
export function itemHeading(item: AgendaItem, t: Translate): string {
  return item.number === null ? t('agenda.unnumbered') : t('agenda.itemHeading', { number: item.number });
}
