import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';

/** Điểm danh on the delegate's own laptop: their status at this sitting, and the one button that changes it. */
export function CheckInPanel({ view, membershipId }: { view: SittingView; membershipId: string | null }) {
  const { t, format } = useI18n();
  const { realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const mine = view.attendance.find((entry) => entry.membershipId === membershipId) ?? null;
  if (!view.permissions.includes('ATTEND') || mine === null) {
    return null;
  }
  const present = mine.status === 'PRESENT';
  const open = view.sitting.state !== 'ENDED';
  const sittingId = view.sitting.id;
  return (
    <section class="check-in" aria-label={t('attendance.heading')} data-testid="check-in">
      <p class="check-in-status" data-testid="check-in-status">
        {mine.status === null
          ? t('attendance.notCheckedIn')
          : t(`attendance.mine.${mine.status}`, { time: mine.since === null ? '' : format.time(mine.since) })}
      </p>
      {open && (
        <button
          type="button"
          class={present ? 'button' : 'button button-primary button-large'}
          disabled={!online || action.busy}
          onClick={() => action.run(() => realtime.command({ type: present ? 'attendance.check_out' : 'attendance.check_in', sittingId }))}
          data-testid={present ? 'check-out' : 'check-in-button'}
        >
          {present ? t('attendance.checkOut') : t('attendance.checkIn')}
        </button>
      )}
      <ProblemNotice problem={action.problem} />
    </section>
  );
}
