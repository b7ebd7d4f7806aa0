import { useState } from 'preact/hooks';
import { routeHref } from '../../app/routes';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Session, Sitting } from '../../protocol/generated';
import { SittingStateBadge } from '../../sittings/SittingHeading';
import { CheckboxField, FormActions, TextField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { checkSitting, emptySitting, sittingValues, toSittingForm } from './forms/sittingForm';

export function SittingsPanel({ session, onOpen }: { session: Session; onOpen: (sitting: Sitting) => void }) {
  const { t, format } = useI18n();
  const { api } = useServices();
  const sittings = useAsync(() => api.sittings(session.id), [session.id]);
  const [editing, setEditing] = useState<Sitting | null>(null);
  const ordered = [...(sittings.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section class="panel" aria-labelledby="sittings-heading">
      <h2 id="sittings-heading">{t('sitting.heading', { session: session.name })}</h2>
      <ProblemNotice problem={sittings.problem} />
      {sittings.loading && !sittings.data && <Loading />}
      {sittings.data?.length === 0 && <InfoNotice>{t('sitting.none')}</InfoNotice>}
      {ordered.length > 0 && (
        <table class="data-table" data-testid="sitting-list">
          <thead>
            <tr>
              <th scope="col">{t('sitting.startsAt')}</th>
              <th scope="col">{t('sitting.title')}</th>
              <th scope="col">{t('sitting.state')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
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
                <td class="row-actions">
                  <button type="button" class="button button-primary" onClick={() => onOpen(sitting)} data-testid={`open-sitting-${sitting.id}`}>
                    {t('sitting.openAgenda')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    onClick={() => setEditing(sitting)}
                    aria-label={t('common.editNamed', { name: sitting.title })}
                  >
                    {t('common.edit')}
                  </button>
                  <a class="button" href={routeHref({ screen: 'display', sittingId: sitting.id })}>
                    {t('sitting.openDisplay')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SittingEditor
        key={editing?.id ?? 'new'}
        sessionId={session.id}
        sitting={editing}
        onDone={() => {
          setEditing(null);
          sittings.reload();
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

function SittingEditor(props: { sessionId: string; sitting: Sitting | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { api } = useServices();
  const form = useForm(props.sitting ? sittingValues(props.sitting) : emptySitting, checkSitting);
  const save = form.onSubmit(async (values) => {
    if (props.sitting) {
      await api.updateSitting(props.sitting.id, toSittingForm(values));
    } else {
      await api.createSitting(props.sessionId, toSittingForm(values));
      form.reset(emptySitting);
    }
    props.onDone();
  });
  return (
    <form class="entity-form" onSubmit={save} noValidate data-testid="sitting-form" aria-labelledby="sitting-form-heading">
      <h3 id="sitting-form-heading">{props.sitting ? t('sitting.edit') : t('sitting.add')}</h3>
      <TextField form={form} name="title" label={t('sitting.title')} required />
      <TextField form={form} name="startsAt" kind="datetime-local" label={t('sitting.startsAt')} required hint={t('sitting.timeHint')} />
      <TextField form={form} name="endsAt" kind="datetime-local" label={t('sitting.endsAt')} />
      <TextField form={form} name="place" label={t('sitting.place')} />
      <CheckboxField form={form} name="closed" label={t('sitting.closedLabel')} />
      <FormActions form={form} submitLabel={t('form.save')} onCancel={props.sitting ? props.onCancel : undefined} />
    </form>
  );
}
