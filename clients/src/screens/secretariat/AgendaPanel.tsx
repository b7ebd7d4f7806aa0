import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { AgendaItem, Sitting } from '../../protocol/generated';
import { CheckboxField, FormActions, TextField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { moveItem } from './agendaOrder';
import { ConfirmButton } from './ConfirmButton';
import { agendaItemValues, checkAgendaItem, emptyAgendaItem, toAgendaItemForm } from './forms/agendaItemForm';

/** The sitting's agenda as the secretariat prepares it: drafts, publishing, order. */
export function AgendaPanel({ sitting }: { sitting: Sitting }) {
  const { t } = useI18n();
  const { api } = useServices();
  const view = useAsync(() => api.sittingView(sitting.id), [sitting.id]);
  const action = useAction();
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const agenda = view.data?.agenda ?? [];
  const drafts = agenda.filter((item) => item.state === 'DRAFT');
  const ids = agenda.map((item) => item.id);

  const change = (request: () => Promise<unknown>) =>
    action.run(async () => {
      await request();
      view.reload();
    });

  return (
    <section class="panel" aria-labelledby="agenda-editor-heading">
      <h2 id="agenda-editor-heading">{t('agenda.editorHeading', { sitting: sitting.title })}</h2>
      <ProblemNotice problem={view.problem ?? action.problem} />
      {view.loading && !view.data && <Loading />}
      {view.data && agenda.length === 0 && <InfoNotice>{t('agenda.empty')}</InfoNotice>}
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
                <button
                  type="button"
                  class="button"
                  onClick={() => setEditing(item)}
                  aria-label={t('common.editNamed', { name: item.title })}
                >
                  {t('common.edit')}
                </button>
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
      <AgendaItemEditor
        key={editing?.id ?? 'new'}
        sittingId={sitting.id}
        item={editing}
        onDone={() => {
          setEditing(null);
          view.reload();
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

function AgendaItemEditor(props: { sittingId: string; item: AgendaItem | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { api } = useServices();
  const form = useForm(props.item ? agendaItemValues(props.item) : emptyAgendaItem, checkAgendaItem);
  const save = form.onSubmit(async (values) => {
    if (props.item) {
      await api.updateAgendaItem(props.item.id, toAgendaItemForm(values));
    } else {
      await api.addAgendaItem(props.sittingId, toAgendaItemForm(values));
      form.reset(emptyAgendaItem);
    }
    props.onDone();
  });
  return (
    <form class="entity-form" onSubmit={save} noValidate data-testid="agenda-form" aria-labelledby="agenda-form-heading">
      <h3 id="agenda-form-heading">{props.item ? t('agenda.editItem', { title: props.item.title }) : t('agenda.addItem')}</h3>
      <TextField form={form} name="title" label={t('agenda.itemTitle')} required />
      <TextField form={form} name="presenter" label={t('agenda.presenter')} />
      <TextField form={form} name="estimatedMinutes" kind="number" label={t('agenda.estimatedMinutes')} />
      <TextField form={form} name="description" label={t('agenda.description')} multiline />
      <CheckboxField form={form} name="closed" label={t('agenda.closedLabel')} />
      <FormActions form={form} submitLabel={t('form.save')} onCancel={props.item ? props.onCancel : undefined} />
    </form>
  );
}
