import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { Ballot } from '../protocol/generated';
import { clockText } from '../speakers/countdown';

/**
 * The time left before an open ballot's countdown closes it, counted against the server's clock whatever this
 * device's own clock says; nothing for a ballot the chair alone closes. At 0:00 the server closes it, and the ballot's
 * next change takes the timer away.
 */
export function BallotTimer({ ballot }: { ballot: Ballot }) {
  const { t } = useI18n();
  const { now, timers, realtime } = useServices();
  const closesAt = ballot.state === 'OPEN' ? ballot.closesAt : null;
  const left = () =>
    closesAt === null ? null : Math.max(0, Date.parse(closesAt) - (now().getTime() + realtime.serverClockOffsetMs()));
  const [ms, setMs] = useState(left);
  useEffect(() => {
    let handle: unknown = null;
    const tick = () => {
      setMs(left());
      handle = timers.setTimeout(tick, 250);
    };
    tick();
    return () => timers.clearTimeout(handle);
  }, [closesAt, timers, realtime]);
  if (ms === null) {
    return null;
  }
  return (
    <p class="ballot-timer" role="timer" aria-live="off" data-testid="ballot-timer">
      {t('ballot.timeLeft', { time: clockText(ms) })}
    </p>
  );
}
