import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { SpeakerEntry } from '../protocol/generated';
import { clockText, remainingMs, WARNING_MS } from './countdown';

/** The speaker's time left, counted against the server's clock whatever this device's own clock says. */
export function Countdown({ entry }: { entry: SpeakerEntry }) {
  const { t } = useI18n();
  const { now, timers, realtime } = useServices();
  const serverNow = () => now().getTime() + realtime.serverClockOffsetMs();
  const [left, setLeft] = useState(() => remainingMs(entry, serverNow()));
  useEffect(() => {
    let handle: unknown = null;
    const tick = () => {
      setLeft(remainingMs(entry, serverNow()));
      handle = timers.setTimeout(tick, 250);
    };
    tick();
    return () => timers.clearTimeout(handle);
  }, [entry, timers, realtime]);
  if (left === null) {
    return null;
  }
  const state = left <= 0 ? 'over' : left <= WARNING_MS ? 'warning' : 'normal';
  return (
    <span class={`countdown countdown-${state}`} data-testid="countdown" role="timer" aria-live={state === 'normal' ? 'off' : 'polite'}>
      <span class="countdown-clock" data-testid="countdown-clock">
        {clockText(left)}
      </span>
      {entry.state === 'PAUSED' && <span class="countdown-note"> {t('speakers.paused')}</span>}
      {entry.state === 'SPEAKING' && state === 'warning' && <span class="countdown-note"> {t('speakers.timeWarning')}</span>}
      {entry.state === 'SPEAKING' && state === 'over' && <span class="countdown-note"> {t('speakers.timeUp')}</span>}
    </span>
  );
}
