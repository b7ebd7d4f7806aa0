import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { SiteRef, SittingView, SpeakerEntry, SpeakerKind } from '../protocol/generated';
import { queueOf } from '../realtime/liveSitting';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';

export const SPEAKER_KINDS: readonly SpeakerKind[] = ['DISCUSSION', 'QUESTION', 'POINT_OF_ORDER', 'REPLY'];

/** Đăng ký phát biểu on the item under discussion: the delegate's request and place in the queue, or the form. */
export function SpeakerRequestPanel({ view, membershipId }: { view: SittingView; membershipId: string | null }) {
  if (membershipId === null) {
    return null;
  }
  return <SpeakerRequest view={view} isMine={(entry) => entry.membershipId === membershipId} siteId={null} />;
}

/** A site operator's request to speak for their site (giao ban): the same queue as delegates. */
export function SiteSpeakerRequest({ view, site }: { view: SittingView; site: SiteRef }) {
  const { t } = useI18n();
  return (
    <SpeakerRequest
      view={view}
      isMine={(entry) => entry.siteId === site.siteId}
      siteId={site.siteId}
      heading={t('speakers.forSite', { site: site.name })}
    />
  );
}

function SpeakerRequest(props: {
  view: SittingView;
  isMine: (entry: SpeakerEntry) => boolean;
  siteId: string | null;
  heading?: string;
}) {
  const { view, siteId } = props;
  const { t } = useI18n();
  const { realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const [kind, setKind] = useState<SpeakerKind>('DISCUSSION');
  const [addressee, setAddressee] = useState('');
  const itemId = view.sitting.currentItemId;
  if (!view.permissions.includes('SPEAK') || itemId === null || view.sitting.state === 'ENDED') {
    return null;
  }
  const queue = queueOf(view, itemId);
  const mine = queue.find((entry) => props.isMine(entry) && ['WAITING', 'SPEAKING', 'PAUSED'].includes(entry.state));
  const waiting = queue.filter((entry) => entry.state === 'WAITING');
  const sittingId = view.sitting.id;
  return (
    <section
      class="speaker-request"
      aria-label={props.heading ?? t('speakers.request')}
      data-testid={siteId === null ? 'speaker-request' : `site-speaker-request-${siteId}`}
    >
      {props.heading && <h3>{props.heading}</h3>}
      {mine ? (
        <>
          <p data-testid="my-request">
            {mine.state === 'WAITING'
              ? t(siteId === null ? 'speakers.myPlace' : 'speakers.sitePlace', { place: waiting.indexOf(mine) + 1, total: waiting.length, kind: t(`speakerKind.${mine.kind}`) })
              : t(siteId === null ? 'speakers.youHaveTheFloor' : 'speakers.siteHasTheFloor')}
          </p>
          {mine.state === 'WAITING' && (
            <button
              type="button"
              class="button"
              disabled={!online || action.busy}
              onClick={() => action.run(() => realtime.command({ type: 'speakers.withdraw', sittingId, requestId: mine.id }))}
              data-testid="withdraw-request"
            >
              {t('speakers.withdraw')}
            </button>
          )}
        </>
      ) : (
        <form
          class="speaker-request-form"
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(() =>
              realtime.command({
                type: 'speakers.request',
                sittingId,
                itemId,
                kind,
                addressee: kind === 'QUESTION' ? addressee.trim() || null : null,
                siteId,
              }),
            );
          }}
        >
          <label>
            {t('speakers.kind')}{' '}
            <select value={kind} onChange={(event) => setKind((event.currentTarget as HTMLSelectElement).value as SpeakerKind)} data-testid="speaker-kind">
              {SPEAKER_KINDS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`speakerKind.${candidate}`)}
                </option>
              ))}
            </select>
          </label>
          {kind === 'QUESTION' && (
            <label>
              {t('speakers.addressee')}{' '}
              <input
                type="text"
                maxLength={300}
                value={addressee}
                onInput={(event) => setAddressee((event.currentTarget as HTMLInputElement).value)}
                data-testid="speaker-addressee"
              />
            </label>
          )}
          <button type="submit" class="button button-primary" disabled={!online || action.busy} data-testid="request-floor">
            {t('speakers.requestButton')}
          </button>
        </form>
      )}
      <ProblemNotice problem={action.problem} />
    </section>
  );
}
