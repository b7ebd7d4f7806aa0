import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/I18nContext';
import type { AgendaItem } from '../protocol/generated';

/**
 * The agenda in order, the current item marked with `aria-current`. With `onSelect` each title is a button that
 * opens the item's details; `actions` adds controls of the screen's own to each row.
 */
export function AgendaList(props: {
  items: readonly AgendaItem[];
  currentItemId: string | null;
  selectedItemId?: string | null;
  onSelect?: (itemId: string) => void;
  actions?: (item: AgendaItem) => ComponentChildren;
}) {
  const { t } = useI18n();
  if (props.items.length === 0) {
    return <p class="notice">{t('agenda.empty')}</p>;
  }
  return (
    <ol class="agenda" data-testid="agenda-list" aria-label={t('agenda.title')}>
      {props.items.map((item) => {
        const current = item.id === props.currentItemId;
        const label = (
          <>
            {item.number !== null && <span class="agenda-number">{item.number}.</span>}
            <span class="agenda-title" data-testid="agenda-item-title">{item.title}</span>
            {item.addedLate && <span class="badge badge-late">{t('agenda.addedLate')}</span>}
            {item.closed && <span class="badge badge-closed">{t('agenda.closed')}</span>}
            {current && <span class="badge badge-current">{t('agenda.current')}</span>}
          </>
        );
        return (
          <li
            key={item.id}
            class={current ? 'agenda-item agenda-item-current' : 'agenda-item'}
            data-testid={`agenda-item-${item.id}`}
            aria-current={current ? 'true' : undefined}
          >
            {props.onSelect ? (
              <button
                type="button"
                class="agenda-select"
                aria-pressed={item.id === props.selectedItemId}
                onClick={() => props.onSelect?.(item.id)}
              >
                {label}
              </button>
            ) : (
              <span class="agenda-label">{label}</span>
            )}
            {props.actions && <span class="agenda-actions">{props.actions(item)}</span>}
          </li>
        );
      })}
    </ol>
  );
}
