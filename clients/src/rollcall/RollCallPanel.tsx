import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';

/** How often the host's table asks who is connected while a roll call is open. */
const PRESENCE_EVERY_MS = 5_000;

/** Điểm danh điểm cầu for the host: call the roll, see live which sites are connected and which answered. */
export function RollCallPanel({ view }: { view: SittingView }) {
  const { t, format } = useI18n();
  const { api, realtime, timers } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const call = view.rollCall;
  const open = call !== null && call.endedAt === null;
  const [connected, setConnected] = useState<readonly string[]>([]);
  const sittingId = view.sitting.id;
  useEffect(() => {
    if (!open) {
      return undefined;
    }
    let handle: unknown = null;
    let stopped = false;
    const poll = () => {
      api.presence(sittingId).then(
        (presence) => !stopped && setConnected(presence.accountIds),
        () => undefined, // the next poll tries again
      );
      handle = timers.setTimeout(poll, PRESENCE_EVERY_MS);
    };
    poll();
    return () => {
      stopped = true;
      timers.clearTimeout(handle);
    };
  }, [open, sittingId, api, timers]);
  if (!view.permissions.includes('RUN_SITTING')) {
    return null;
  }
  const answered = call?.sites.filter((site) => site.answeredAt !== null).length ?? 0;
  return (
    <section class="panel roll-call" aria-labelledby="roll-call-heading" data-testid="roll-call">
      <h2 id="roll-call-heading">{t('rollCall.heading')}</h2>
      {!open && view.sitting.state !== 'ENDED' && (
        <button
          type="button"
          class="button button-primary"
          disabled={!online || action.busy}
          onClick={() => action.run(() => realtime.command({ type: 'rollcall.start', sittingId }))}
          data-testid="roll-call-start"
        >
          {t('rollCall.start')}
        </button>
      )}
      {call !== null && (
        <>
          <p data-testid="roll-call-summary">
            {t('rollCall.summary', { answered, total: call.sites.length })}
            {call.endedAt !== null && ` · ${t('rollCall.ended', { time: format.time(call.endedAt) })}`}
          </p>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('rollCall.site')}</th>
                <th scope="col">{t('rollCall.state')}</th>
              </tr>
            </thead>
            <tbody>
              {call.sites.map((site) => (
                <tr key={site.siteId} data-testid={`roll-call-${site.siteId}`}>
                  <td>{site.siteName}</td>
                  <td>
                    {site.answeredAt !== null ? t('rollCall.answered', { time: format.time(site.answeredAt) }) : t('rollCall.notAnswered')}
                    {' · '}
                    {site.operatorAccountId === null
                      ? t('rollCall.noOperator')
                      : open && connected.includes(site.operatorAccountId)
                        ? t('rollCall.connected')
                        : open
                          ? t('rollCall.offline')
                          : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {open && (
        <button
          type="button"
          class="button"
          disabled={!online || action.busy}
          onClick={() => action.run(() => realtime.command({ type: 'rollcall.end', sittingId }))}
          data-testid="roll-call-end"
        >
          {t('rollCall.end')}
        </button>
      )}
      <ProblemNotice problem={action.problem} />
    </section>
  );
}

/** The site operator's answer to an open roll call, for each site they operate that has not answered. */
export function RollCallAnswer({ view, siteIds }: { view: SittingView; siteIds: readonly string[] }) {
  const { t } = useI18n();
  const { realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const call = view.rollCall;
  if (call === null || call.endedAt !== null || !view.permissions.includes('ANSWER_ROLL_CALL')) {
    return null;
  }
  const mine = call.sites.filter((site) => siteIds.includes(site.siteId) && site.answeredAt === null);
  if (mine.length === 0) {
    return null;
  }
  return (
    <section class="roll-call-answer" aria-label={t('rollCall.heading')} data-testid="roll-call-answer">
      {mine.map((site) => (
        <button
          key={site.siteId}
          type="button"
          class="button button-primary button-large"
          disabled={!online || action.busy}
          onClick={() => action.run(() => realtime.command({ type: 'rollcall.answer', sittingId: view.sitting.id, siteId: site.siteId }))}
          data-testid={`roll-call-answer-${site.siteId}`}
        >
          {t('rollCall.answer', { site: site.siteName })}
        </button>
      ))}
      <ProblemNotice problem={action.problem} />
    </section>
  );
}
