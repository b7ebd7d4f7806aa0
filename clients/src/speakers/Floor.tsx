import { useI18n } from '../i18n/I18nContext';
import type { SittingView } from '../protocol/generated';
import { onTheFloor } from '../realtime/liveSitting';
import { Countdown } from './Countdown';

/** Who holds the floor, and their time: on the hall display, the chair's console and every delegate's screen. */
export function Floor({ view, large = false }: { view: SittingView; large?: boolean }) {
  const { t } = useI18n();
  const speaker = onTheFloor(view) ?? view.speakers.find((entry) => entry.state === 'PAUSED') ?? null;
  if (speaker === null) {
    return null;
  }
  return (
    <section class={large ? 'floor floor-large' : 'floor'} aria-label={t('speakers.floor')} data-testid="floor">
      <p class="floor-speaker">
        <span class="floor-label">{t(`speakerKind.${speaker.kind}`)}: </span>
        <span data-testid="floor-speaker">{speaker.fullName}</span>
        {speaker.siteId !== null && <span class="floor-delegation"> ({t('speakers.site')})</span>}
        {speaker.delegationName && <span class="floor-delegation"> ({speaker.delegationName})</span>}
      </p>
      <Countdown entry={speaker} />
    </section>
  );
}
