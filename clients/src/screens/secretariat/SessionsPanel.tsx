import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Session, Sitting } from '../../protocol/generated';
import { DateField } from '../../ui/form/DateTimeFields';
import { TextField } from '../../ui/form/fields';
import { useListChanges } from '../../realtime/useListChanges';
import { AttendanceBoard } from '../../attendance/AttendanceBoard';
import { NoticeComposer } from '../../notices/NoticeComposer';
import { SpeechStatistics } from '../../speakers/SpeechStatistics';
import { RollCallPanel } from '../../rollcall/RollCallPanel';
import { useSitting } from '../../realtime/useSitting';
import { useAsync } from '../../ui/useAsync';
import { AgendaPanel } from './AgendaPanel';
import { SittingDocuments } from './SittingDocuments';
import { DataTable, EditButton, RowActions } from './DataTable';
import { EntityForm } from './EntityForm';
import { checkSession, emptySession, sessionValues, toSessionForm } from './forms/sessionForm';
import { ListPanel } from './ListPanel';
import { SittingsPanel } from './SittingsPanel';
import { useEditing, useEntityEditor, type Editing } from './useEntityEditor';

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
      {sitting !== null && <SittingDocuments sitting={sitting} />}
      {sitting !== null && <SittingAttendance sittingId={sitting.id} />}
    </div>
  );
}

function SessionList({ organisationId, onOpen }: { organisationId: string; onOpen: (session: Session) => void }) {
  const { t, format } = useI18n();
  const { api } = useServices();
  const sessions = useAsync(() => api.sessions(organisationId), [organisationId]);
  useListChanges(organisationId, ['SESSIONS'], sessions.reload);
  const editing = useEditing<Session>(sessions.reload);
  const ordered = [...(sessions.data ?? [])].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return (
    <ListPanel
      headingId="sessions-heading"
      heading={t('session.heading')}
      source={sessions}
      empty={sessions.data?.length === 0 && t('session.none')}
    >
      {ordered.length > 0 && (
        <DataTable testId="session-list" columns={[t('session.number'), t('session.name'), t('session.dates')]}>
          {ordered.map((session) => (
            <tr key={session.id}>
              <td>{session.number === null ? '' : format.number(session.number)}</td>
              <td>{session.name}</td>
              <td>
                {format.date(session.startsOn)} – {format.date(session.endsOn)}
              </td>
              <RowActions>
                <button type="button" class="button button-primary" onClick={() => onOpen(session)} data-testid={`open-session-${session.id}`}>
                  {t('session.openSittings')}
                </button>
                <EditButton name={session.name} onClick={() => editing.edit(session)} />
              </RowActions>
            </tr>
          ))}
        </DataTable>
      )}
      <SessionEditor key={editing.entity?.id ?? 'new'} organisationId={organisationId} editing={editing} />
    </ListPanel>
  );
}

function SessionEditor({ organisationId, editing }: { organisationId: string; editing: Editing<Session> }) {
  const { t } = useI18n();
  const { api } = useServices();
  const editor = useEntityEditor(editing, {
    empty: emptySession,
    values: sessionValues,
    check: checkSession,
    toForm: (values, existing) => toSessionForm(values, existing),
    create: (form) => api.createSession(organisationId, form),
    update: (session, form) => api.updateSession(session.id, form),
  });
  const { form } = editor;
  return (
    <EntityForm testId="session-form" heading={editing.entity ? t('session.edit') : t('session.add')} editor={editor}>
      <TextField form={form} name="name" label={t('session.name')} required />
      <TextField form={form} name="number" kind="number" label={t('session.number')} />
      <DateField form={form} name="startsOn" label={t('session.startsOn')} required />
      <DateField form={form} name="endsOn" label={t('session.endsOn')} required />
    </EntityForm>
  );
}

/** The attendance board of the open sitting, from the tab's live store of it (shared with the agenda panel). */
function SittingAttendance({ sittingId }: { sittingId: string }) {
  const live = useSitting(sittingId);
  return live.live ? (
    <>
      <NoticeComposer view={live.live.view} />
      <RollCallPanel view={live.live.view} />
      <AttendanceBoard view={live.live.view} />
      <SpeechStatistics view={live.live.view} />
    </>
  ) : null;
}
