import { routeHref } from '../../app/routes';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Session, Sitting } from '../../protocol/generated';
import { SittingStateBadge } from '../../sittings/SittingHeading';
import { DateField, TimeField } from '../../ui/form/DateTimeFields';
import { CheckboxField, TextField } from '../../ui/form/fields';
import { useListChanges } from '../../realtime/useListChanges';
import { useAsync } from '../../ui/useAsync';
import { DataTable, EditButton, RowActions } from './DataTable';
import { EntityForm } from './EntityForm';
import { checkSitting, emptySitting, sittingServerFields, sittingValues, toSittingForm } from './forms/sittingForm';
import { ListPanel } from './ListPanel';
import { useEditing, useEntityEditor, type Editing } from './useEntityEditor';

export function SittingsPanel({ session, onOpen }: { session: Session; onOpen: (sitting: Sitting) => void }) {
  const { t, format } = useI18n();
  const { api } = useServices();
  const sittings = useAsync(() => api.sittings(session.id), [session.id]);
  useListChanges(session.organisationId, ['SITTINGS'], sittings.reload);
  const editing = useEditing<Sitting>(sittings.reload);
  const ordered = [...(sittings.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <ListPanel
      headingId="sittings-heading"
      heading={t('sitting.heading', { session: session.name })}
      source={sittings}
      empty={sittings.data?.length === 0 && t('sitting.none')}
    >
      {ordered.length > 0 && (
        <DataTable testId="sitting-list" columns={[t('sitting.startsAt'), t('sitting.title'), t('sitting.state')]}>
          {ordered.map((sitting) => (
            <tr key={sitting.id}>
              <td>{format.dateTime(sitting.startsAt)}</td>
              <td>
                {sitting.title}
                {sitting.closed && <span class="badge badge-closed">{t('sitting.closed')}</span>}
              </td>
              <td>
                <SittingStateBadge state={sitting.state} />
              </td>
              <RowActions>
                <button type="button" class="button button-primary" onClick={() => onOpen(sitting)} data-testid={`open-sitting-${sitting.id}`}>
                  {t('sitting.openAgenda')}
                </button>
                <EditButton name={sitting.title} onClick={() => editing.edit(sitting)} />
                <a class="button" href={routeHref({ screen: 'display', sittingId: sitting.id })}>
                  {t('sitting.openDisplay')}
                </a>
              </RowActions>
            </tr>
          ))}
        </DataTable>
      )}
      <SittingEditor key={editing.entity?.id ?? 'new'} sessionId={session.id} editing={editing} />
    </ListPanel>
  );
}

function SittingEditor({ sessionId, editing }: { sessionId: string; editing: Editing<Sitting> }) {
  const { t } = useI18n();
  const { api } = useServices();
  const editor = useEntityEditor(editing, {
    empty: emptySitting,
    values: sittingValues,
    check: checkSitting,
    serverFields: sittingServerFields,
    toForm: (values, existing) => toSittingForm(values, existing),
    create: (form) => api.createSitting(sessionId, form),
    update: (sitting, form) => api.updateSitting(sitting.id, form),
  });
  const { form } = editor;
  return (
    <EntityForm testId="sitting-form" heading={editing.entity ? t('sitting.edit') : t('sitting.add')} editor={editor}>
      <TextField form={form} name="title" label={t('sitting.title')} required />
      <fieldset class="field-group" data-testid="sitting-starts">
        <legend>{t('sitting.startsAt')}</legend>
        <DateField form={form} name="startDate" label={t('form.date')} required />
        <TimeField form={form} name="startTime" label={t('form.time')} required hint={t('sitting.timeHint')} />
      </fieldset>
      <fieldset class="field-group" data-testid="sitting-ends">
        <legend>{t('sitting.endsAt')}</legend>
        <DateField form={form} name="endDate" label={t('form.date')} hint={t('sitting.endDateHint')} />
        <TimeField form={form} name="endTime" label={t('form.time')} hint={t('sitting.timeHint')} />
      </fieldset>
      <TextField form={form} name="place" label={t('sitting.place')} />
      <CheckboxField form={form} name="closed" label={t('sitting.closedLabel')} />
    </EntityForm>
  );
}
