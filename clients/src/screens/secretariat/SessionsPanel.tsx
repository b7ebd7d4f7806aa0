import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Session, Sitting } from '../../protocol/generated';
import { FormActions, TextField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { AgendaPanel } from './AgendaPanel';
import { checkSession, emptySession, sessionValues, toSessionForm } from './forms/sessionForm';
import { SittingsPanel } from './SittingsPanel';

/** Kỳ họp → phiên họp → chương trình: one level at a time, with a trail back up. */
export function SessionsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(null);
  const [sitting, setSitting] = useState<Sitting | null>(null);
  const openSession = (next: Session | null) => {
    setSession(next);
    setSitting(null);
  };
  return (
    <div class="drill-down">
      <nav aria-label={t('session.trail')}>
        <ol class="trail">
          <li>
            {session ? (
              <button type="button" class="link-button" onClick={() => openSession(null)}>
                {t('session.heading')}
              </button>
            ) : (
              <span aria-current="page">{t('session.heading')}</span>
            )}
          </li>
          {session && (
            <li>
              {sitting ? (
                <button type="button" class="link-button" onClick={() => setSitting(null)}>
                  {session.name}
                </button>
              ) : (
                <span aria-current="page">{session.name}</span>
              )}
            </li>
          )}
          {sitting && (
            <li>
              <span aria-current="page">{sitting.title}</span>
            </li>
          )}
        </ol>
      </nav>
      {session === null && <SessionList organisationId={organisationId} onOpen={openSession} />}
      {session !== null && sitting === null && <SittingsPanel session={session} onOpen={setSitting} />}
      {sitting !== null && <AgendaPanel sitting={sitting} />}
    </div>
  );
}

function SessionList({ organisationId, onOpen }: { organisationId: string; onOpen: (session: Session) => void }) {
  const { t, format } = useI18n();
  const { api } = useServices();
  const sessions = useAsync(() => api.sessions(organisationId), [organisationId]);
  const [editing, setEditing] = useState<Session | null>(null);
  const ordered = [...(sessions.data ?? [])].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return (
    <section class="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('session.heading')}</h2>
      <ProblemNotice problem={sessions.problem} />
      {sessions.loading && !sessions.data && <Loading />}
      {sessions.data?.length === 0 && <InfoNotice>{t('session.none')}</InfoNotice>}
      {ordered.length > 0 && (
        <table class="data-table" data-testid="session-list">
          <thead>
            <tr>
              <th scope="col">{t('session.number')}</th>
              <th scope="col">{t('session.name')}</th>
              <th scope="col">{t('session.dates')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((session) => (
              <tr key={session.id}>
                <td>{session.number === null ? '' : format.number(session.number)}</td>
                <td>{session.name}</td>
                <td>
                  {format.date(session.startsOn)} – {format.date(session.endsOn)}
                </td>
                <td class="row-actions">
                  <button type="button" class="button button-primary" onClick={() => onOpen(session)} data-testid={`open-session-${session.id}`}>
                    {t('session.openSittings')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    onClick={() => setEditing(session)}
                    aria-label={t('common.editNamed', { name: session.name })}
                  >
                    {t('common.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SessionEditor
        key={editing?.id ?? 'new'}
        organisationId={organisationId}
        session={editing}
        onDone={() => {
          setEditing(null);
          sessions.reload();
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

function SessionEditor(props: { organisationId: string; session: Session | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { api } = useServices();
  const form = useForm(props.session ? sessionValues(props.session) : emptySession, checkSession);
  const save = form.onSubmit(async (values) => {
    if (props.session) {
      await api.updateSession(props.session.id, toSessionForm(values));
    } else {
      await api.createSession(props.organisationId, toSessionForm(values));
      form.reset(emptySession);
    }
    props.onDone();
  });
  return (
    <form class="entity-form" onSubmit={save} noValidate data-testid="session-form" aria-labelledby="session-form-heading">
      <h3 id="session-form-heading">{props.session ? t('session.edit') : t('session.add')}</h3>
      <TextField form={form} name="name" label={t('session.name')} required />
      <TextField form={form} name="number" kind="number" label={t('session.number')} />
      <TextField form={form} name="startsOn" kind="date" label={t('session.startsOn')} required />
      <TextField form={form} name="endsOn" kind="date" label={t('session.endsOn')} required />
      <FormActions form={form} submitLabel={t('form.save')} onCancel={props.session ? props.onCancel : undefined} />
    </form>
  );
}
