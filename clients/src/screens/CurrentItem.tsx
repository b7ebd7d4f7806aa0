import { useI18n } from '../i18n/I18nContext';
import type { SittingView } from '../protocol/generated';
import { currentItem } from '../realtime/liveSitting';
import { itemHeading } from '../sittings/itemHeading';

/** The item under discussion, in words a screen reader announces as it changes. */
export function CurrentItem({ view }: { view: SittingView }) {
  const { t } = useI18n();
  const item = currentItem(view);
  return (
    <section class="current-item" aria-labelledby="current-item-heading" aria-live="polite">
      <h2 id="current-item-heading">{t('agenda.currentHeading')}</h2>
      {item ? (
        <p class="current-item-text">
          <span class="current-item-number">{itemHeading(item, t)}: </span>
          <span data-testid="current-item-title">{item.title}</span>
        </p>
      ) : (
        <p class="current-item-text" data-testid="current-item-title">
          {view.sitting.currentItemClosed ? t('agenda.closedCurrent') : t(`agenda.noCurrent.${view.sitting.state}`)}
        </p>
      )}
    </section>
  );
}
