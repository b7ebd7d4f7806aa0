import { useI18n } from '../i18n/I18nContext';
import type { SittingView } from '../protocol/generated';
import { SPEAKER_KINDS } from './SpeakerRequestPanel';
import { speechStatistics, spokenMs, type SpeechTally } from './statistics';

/** For the minutes: who spoke on each item, in which kind, for how long and how far over, and the sitting's totals. */
export function SpeechStatistics({ view }: { view: SittingView }) {
  const { t } = useI18n();
  const { items, sitting } = speechStatistics(view);
  const duration = (ms: number) => {
    const seconds = Math.max(0, Math.round(ms / 1000));
    return t('statistics.duration', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };
  const tally = (of: SpeechTally) =>
    [
      t('statistics.speeches', { count: of.speeches, duration: duration(of.spokenMs) }),
      ...SPEAKER_KINDS.filter((kind) => of.byKind[kind] > 0).map((kind) => `${t(`speakerKind.${kind}`)}: ${of.byKind[kind]}`),
      ...(of.overruns > 0 ? [t('statistics.overruns', { count: of.overruns, duration: duration(of.overrunSeconds * 1000) })] : []),
    ].join(' · ');
  return (
    <section class="panel speech-statistics" aria-labelledby="speech-statistics-heading" data-testid="speech-statistics">
      <h2 id="speech-statistics-heading">{t('statistics.heading')}</h2>
      {items.length === 0 ? (
        <p class="notice notice-info">{t('statistics.none')}</p>
      ) : (
        <>
          <p data-testid="speech-statistics-sitting">{tally(sitting)}</p>
          {items.map((item) => (
            <div key={item.itemId} data-testid={`speech-statistics-${item.itemId}`}>
              <h3>{item.title}</h3>
              <p class="field-hint" data-testid="speech-statistics-item">{tally(item)}</p>
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('statistics.speaker')}</th>
                    <th scope="col">{t('speakers.kind')}</th>
                    <th scope="col">{t('statistics.time')}</th>
                    <th scope="col">{t('statistics.over')}</th>
                  </tr>
                </thead>
                <tbody>
                  {item.given.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        {entry.fullName}
                        {entry.siteId !== null && ` (${t('speakers.site')})`}
                      </td>
                      <td>{t(`speakerKind.${entry.kind}`)}</td>
                      <td>{duration(spokenMs(entry) ?? 0)}</td>
                      <td>{entry.overrunSeconds > 0 ? duration(entry.overrunSeconds * 1000) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
