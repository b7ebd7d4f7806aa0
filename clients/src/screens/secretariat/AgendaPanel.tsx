import { useServices } from '../../app/services';
import { BallotConsole } from '../../ballots/BallotConsole';
import { useI18n } from '../../i18n/I18nContext';
import type { AgendaItem, Sitting } from '../../protocol/generated';
import { CheckboxField, TextField } from '../../ui/form/fields';
import { useAction } from '../../ui/useAction';
import { useSitting } from '../../realtime/useSitting';
import { moveItem } from './agendaOrder';
import { ConfirmButton } from './ConfirmButton';
import { EditButton } from './DataTable';
import { EntityForm } from './EntityForm';
import { agendaItemValues, checkAgendaItem, emptyAgendaItem, toAgendaItemForm } from './forms/agendaItemForm';
import { ListPanel } from './ListPanel';
import { useEditing, useEntityEditor, type Editing } from './useEntityEditor';

/** The sitting's agenda as the secretariat prepares it: drafts, publishing, order. */
/**
 * The sitting's agenda as the secretariat prepares it: drafts, publishing, order. It shows the tab's live copy of the
 * sitting, so changes made here, by another secretary or by the chair appear without reloading.
 */
export function AgendaPanel({ sitting }: { sitting: Sitting }) {
  const { t } = useI18n();
  const { api } = useServices();
  const live = useSitting(sitting.id);
  const action = useAction();
  const editing = useEditing<AgendaItem>(() => undefined);
  const view = live.live?.view ?? null;
  const agenda = view?.agenda ?? [];
  const drafts = agenda.filter((item) => item.state === 'DRAFT');
  const ids = agenda.map((item) => item.id);

  const change = (request: () => Promise<unknown>) => action.run(request);

  return (
    <ListPanel
      headingId="agenda-editor-heading"
      heading={t('agenda.editorHeading', { sitting: sitting.title })}
      source={{ data: view, problem: live.problem, loading: view === null }}
      problem={action.problem}
      empty={view !== null && agenda.length === 0 && t('agenda.empty')}
    >
      {agenda.length > 0 && (
        <ol class="agenda agenda-editor" data-testid="agenda-list" aria-label={t('agenda.title')}>
          {agenda.map((item, index) => (
            <li key={item.id} class="agenda-item" data-testid={`agenda-item-${item.id}`}>
              <span class="agenda-label">
                {item.number !== null && <span class="agenda-number">{item.number}.</span>}
                <span class="agenda-title" data-testid="agenda-item-title">{item.title}</span>
                <span class={`badge badge-${item.state.toLowerCase()}`}>{t(`agendaState.${item.state}`)}</span>
                {item.addedLate && <span class="badge badge-late">{t('agenda.addedLate')}</span>}
                {item.closed && <span class="badge badge-closed">{t('agenda.closed')}</span>}
              </span>
              <span class="agenda-actions">
                <button
                  type="button"
                  class="button button-icon"
                  disabled={action.busy || index === 0}
                  aria-label={t('agenda.moveUp', { title: item.title })}
                  onClick={() => change(() => api.reorderAgenda(sitting.id, { itemIds: moveItem(ids, index, -1) }))}
                  data-testid={`move-up-${item.id}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="button button-icon"
                  disabled={action.busy || index === agenda.length - 1}
                  aria-label={t('agenda.moveDown', { title: item.title })}
                  onClick={() => change(() => api.reorderAgenda(sitting.id, { itemIds: moveItem(ids, index, 1) }))}
                  data-testid={`move-down-${item.id}`}
                >
                  ↓
                </button>
                <EditButton name={item.title} onClick={() => editing.edit(item)} />
                {item.state === 'DRAFT' && (
                  <>
                    <button
                      type="button"
                      class="button"
                      disabled={action.busy}
                      onClick={() => change(() => api.publishAgendaItem(item.id))}
                      aria-label={t('agenda.publishNamed', { title: item.title })}
                      data-testid={`publish-item-${item.id}`}
                    >
                      {t('agenda.publish')}
                    </button>
                    <ConfirmButton
                      label={t('common.delete')}
                      confirmLabel={t('common.confirmDelete')}
                      accessibleLabel={t('common.deleteNamed', { name: item.title })}
                      disabled={action.busy}
                      onConfirm={() => change(() => api.deleteAgendaItem(item.id))}
                      testId={`delete-item-${item.id}`}
                    />
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p class="toolbar">
        <button
          type="button"
          class="button button-primary"
          disabled={action.busy || drafts.length === 0}
          onClick={() => change(() => api.publishAgenda(sitting.id))}
          data-testid="publish-all"
        >
          {t('agenda.publishAll', { count: drafts.length })}
        </button>
      </p>
      <AgendaItemEditor key={editing.entity?.id ?? 'new'} sittingId={sitting.id} editing={editing} />
      {view !== null && <BallotConsole view={view} />}
    </ListPanel>
  );
}

function AgendaItemEditor({ sittingId, editing }: { sittingId: string; editing: Editing<AgendaItem> }) {
  const { t } = useI18n();
  const { api } = useServices();
  const editor = useEntityEditor(editing, {
    empty: emptyAgendaItem,
    values: agendaItemValues,
    check: checkAgendaItem,
    toForm: (values, existing) => toAgendaItemForm(values, existing),
    create: (form) => api.addAgendaItem(sittingId, form),
    update: (item, form) => api.updateAgendaItem(item.id, form),
  });
  const { form } = editor;
  const heading = editing.entity ? t('agenda.editItem', { title: editing.entity.title }) : t('agenda.addItem');
  return (
    <EntityForm testId="agenda-form" heading={heading} editor={editor}>
      <TextField form={form} name="title" label={t('agenda.itemTitle')} required />
      <TextField form={form} name="presenter" label={t('agenda.presenter')} />
      <TextField form={form} name="estimatedMinutes" kind="number" label={t('agenda.estimatedMinutes')} />
      <TextField form={form} name="description" label={t('agenda.description')} multiline />
      <CheckboxField form={form} name="closed" label={t('agenda.closedLabel')} />
    </EntityForm>
  );
}
