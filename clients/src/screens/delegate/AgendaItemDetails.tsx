import { useI18n } from '../../i18n/I18nContext';
import type { AgendaItem } from '../../protocol/generated';
import { itemHeading } from '../../sittings/itemHeading';

/** Who presents an item, how long it is planned to take and what it is about. */
export function AgendaItemDetails({ item }: { item: AgendaItem | null }) {
  const { t, format } = useI18n();
  return (
    <section class="item-details" id="item-details" aria-labelledby="item-details-heading" aria-live="polite">
      <h2 id="item-details-heading">{item ? itemHeading(item, t) : t('agenda.details')}</h2>
      {item === null ? (
        <p>{t('agenda.chooseItem')}</p>
      ) : (
        <>
          <p class="item-details-title" data-testid="item-details-title">
            {item.title}
          </p>
          <dl class="item-facts">
            <dt>{t('agenda.presenter')}</dt>
            <dd>{item.presenter ?? t('common.notGiven')}</dd>
            <dt>{t('agenda.estimatedMinutes')}</dt>
            <dd>
              {item.estimatedMinutes === null
                ? t('common.notGiven')
                : t('agenda.minutes', { minutes: format.number(item.estimatedMinutes) })}
            </dd>
          </dl>
          {item.description && <p class="item-description">{item.description}</p>}
        </>
      )}
    </section>
  );
}
