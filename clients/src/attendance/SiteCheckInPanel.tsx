import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import { sortByVietnameseName } from '../people/vietnameseNames';
import type { AttendanceEntry, SiteRef, SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';

/** Điểm danh at a site: its operator checks in and out the delegates who attend there. */
export function SiteCheckInPanel({ view, site }: { view: SittingView; site: SiteRef }) {
  const { t, format } = useI18n();
  const online = useConnectionStatus() === 'online';
  if (!view.permissions.includes('CHECK_IN_AT_SITE')) {
    return null;
  }
  const here = sortByVietnameseName(
    view.attendance.filter((entry) => entry.siteId === site.siteId),
    (entry) => entry.fullName,
  );
  const open = view.sitting.state !== 'ENDED';
  const present = here.filter((entry) => entry.status === 'PRESENT').length;
  return (
    <section class="panel site-check-in" aria-labelledby={`site-check-in-${site.siteId}`} data-testid={`site-check-in-${site.siteId}`}>
      <h3 id={`site-check-in-${site.siteId}`}>{t('siteAttendance.heading', { site: site.name })}</h3>
      {here.length === 0 ? (
        <p class="notice notice-info">{t('siteAttendance.none')}</p>
      ) : (
        <>
          <p data-testid="site-present-count">{t('siteAttendance.count', { present, total: here.length })}</p>
          <ul class="site-delegates">
            {here.map((entry) => (
              <li key={entry.membershipId} data-testid={`site-delegate-${entry.membershipId}`}>
                <span class="site-delegate-name">{entry.fullName}</span>{' '}
                <span class="site-delegate-status" data-testid="site-delegate-status">
                  {entry.status === null ? t('attendance.status.NONE') : t(`attendance.status.${entry.status}`)}
                  {entry.since !== null && ` · ${format.time(entry.since)}`}
                </span>{' '}
                {open && <SiteCheckInButton sittingId={view.sitting.id} entry={entry} online={online} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SiteCheckInButton({ sittingId, entry, online }: { sittingId: string; entry: AttendanceEntry; online: boolean }) {
  const { t } = useI18n();
  const { realtime } = useServices();
  const action = useAction();
  const present = entry.status === 'PRESENT';
  return (
    <>
      <button
        type="button"
        class={present ? 'button' : 'button button-primary'}
        disabled={!online || action.busy}
        onClick={() =>
          action.run(() =>
            realtime.command({
              type: present ? 'attendance.check_out_at_site' : 'attendance.check_in_at_site',
              sittingId,
              membershipId: entry.membershipId,
            }),
          )
        }
        aria-label={t(present ? 'siteAttendance.checkOutNamed' : 'siteAttendance.checkInNamed', { name: entry.fullName })}
        data-testid={present ? 'site-check-out' : 'site-check-in'}
      >
        {present ? t('attendance.checkOut') : t('attendance.checkIn')}
      </button>
      <ProblemNotice problem={action.problem} />
    </>
  );
}
