import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { AttendanceEntry, AttendanceStatus, SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';
import { QuorumLine } from './QuorumLine';

const MARKS = ['PRESENT', 'ABSENT', 'EXCUSED'] as const satisfies readonly AttendanceStatus[];
type Mark = (typeof MARKS)[number];

/**
 * The secretariat's attendance board: every elected delegate by delegation, where they attend, their status and since
 * when, and the marks.
 */
export function AttendanceBoard({ view }: { view: SittingView }) {
  const { t, format } = useI18n();
  const online = useConnectionStatus() === 'online';
  const mayMark = view.permissions.includes('TAKE_ATTENDANCE') && view.sitting.state !== 'ENDED';
  return (
    <section class="panel attendance-board" aria-labelledby="attendance-heading" data-testid="attendance-board">
      <h2 id="attendance-heading">{t('attendance.boardHeading')}</h2>
      <QuorumLine quorum={view.quorum} />
      {view.attendance.length === 0 ? (
        <p class="notice notice-info">{t('attendance.noDelegates')}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('member.fullName')}</th>
              <th scope="col">{t('member.site')}</th>
              <th scope="col">{t('attendance.status')}</th>
              {mayMark && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          {byDelegation(view.attendance).map((group) => (
            <tbody key={group.name ?? ''} data-testid="attendance-group">
              <tr class="attendance-group">
                <th scope="rowgroup" colSpan={mayMark ? 4 : 3}>
                  {group.name ?? t('attendance.noDelegation')}
                  {' · '}
                  {t('attendance.groupCount', {
                    present: group.entries.filter((entry) => entry.status === 'PRESENT').length,
                    total: group.entries.length,
                  })}
                </th>
              </tr>
              {group.entries.map((entry) => (
                <tr key={entry.membershipId} data-testid={`attendance-${entry.membershipId}`}>
                  <td>{entry.fullName}</td>
                  <td>{entry.siteName ?? t('member.siteHall')}</td>
                  <td data-testid="attendance-status">
                    {entry.status === null ? t('attendance.status.NONE') : t(`attendance.status.${entry.status}`)}
                    {entry.since !== null && ` · ${format.time(entry.since)}`}
                    {entry.reason !== null && ` · ${entry.reason}`}
                  </td>
                  {mayMark && (
                    <td>
                      <Marks sittingId={view.sitting.id} entry={entry} online={online} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}

/** The board's rows by delegation (tổ), in the order of their names (Tổ 2 before Tổ 10); those in none last. */
export function byDelegation(entries: readonly AttendanceEntry[]): { name: string | null; entries: AttendanceEntry[] }[] {
  const groups = new Map<string | null, AttendanceEntry[]>();
  for (const entry of entries) {
    groups.set(entry.delegationName, [...(groups.get(entry.delegationName) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'vi', { numeric: true })))
    .map(([name, members]) => ({ name, entries: members }));
}

function Marks({ sittingId, entry, online }: { sittingId: string; entry: AttendanceEntry; online: boolean }) {
  const { t } = useI18n();
  const { realtime } = useServices();
  const action = useAction();
  const [reason, setReason] = useState('');
  const mark = (status: Mark) =>
    action.run(() =>
      realtime.command({
        type: 'attendance.mark',
        sittingId,
        membershipId: entry.membershipId,
        status,
        reason: reason.trim() === '' ? null : reason.trim(),
      }),
    );
  return (
    <div class="attendance-marks">
      <input
        type="text"
        class="attendance-reason"
        maxLength={300}
        value={reason}
        onInput={(event) => setReason((event.currentTarget as HTMLInputElement).value)}
        aria-label={t('attendance.reasonFor', { name: entry.fullName })}
        placeholder={t('attendance.reason')}
        data-testid="attendance-reason"
      />
      {MARKS.map((status) => (
        <button
          key={status}
          type="button"
          class="button"
          disabled={!online || action.busy}
          onClick={() => mark(status)}
          aria-label={t('attendance.markNamed', { name: entry.fullName, status: t(`attendance.status.${status}`) })}
          data-testid={`mark-${status}`}
        >
          {t(`attendance.mark.${status}`)}
        </button>
      ))}
      <ProblemNotice problem={action.problem} />
    </div>
  );
}
