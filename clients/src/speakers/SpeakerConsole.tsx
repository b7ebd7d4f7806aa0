import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { SittingView, SpeakerEntry } from '../protocol/generated';
import { queueOf } from '../realtime/liveSitting';
import type { ScreenCommand } from '../realtime/realtimeClient';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';

const LIMITS_MINUTES = [1, 2, 3, 5, 7, 10, 15];

/** The chair's speaker queue for the item under discussion: its order, and the floor. */
export function SpeakerConsole({ view }: { view: SittingView }) {
  const { t, format } = useI18n();
  const { realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const [minutes, setMinutes] = useState(5);
  const itemId = view.sitting.currentItemId;
  if (!view.permissions.includes('CHAIR_SITTING') || itemId === null) {
    return null;
  }
  const sittingId = view.sitting.id;
  const queue = queueOf(view, itemId);
  const waiting = queue.filter((entry) => entry.state === 'WAITING');
  const speaking = view.speakers.some((entry) => entry.state === 'SPEAKING');
  const paused = view.speakers.some((entry) => entry.state === 'PAUSED');
  const ready = online && !action.busy;
  const send = (command: ScreenCommand) => action.run(() => realtime.command(command));
  const move = (index: number, by: number) => {
    const order = waiting.map((entry) => entry.id);
    const [moved] = order.splice(index, 1);
    order.splice(index + by, 0, moved);
    void send({ type: 'speakers.reorder', sittingId, itemId, requestIds: order });
  };
  return (
    <section class="panel speaker-console" aria-labelledby="speaker-console-heading" data-testid="speaker-console">
      <h2 id="speaker-console-heading">{t('speakers.queueHeading')}</h2>
      <div class="floor-controls">
        <label>
          {t('speakers.limit')}{' '}
          <select value={minutes} onChange={(event) => setMinutes(Number((event.currentTarget as HTMLSelectElement).value))} data-testid="speaking-limit">
            {LIMITS_MINUTES.map((value) => (
              <option key={value} value={value}>
                {t('speakers.minutes', { minutes: value })}
              </option>
            ))}
          </select>
        </label>
        {speaking && (
          <>
            <button type="button" class="button" disabled={!ready} onClick={() => send({ type: 'floor.pause', sittingId })} data-testid="floor-pause">
              {t('speakers.pause')}
            </button>
            <button type="button" class="button button-primary" disabled={!ready} onClick={() => send({ type: 'floor.end', sittingId })} data-testid="floor-end">
              {t('speakers.end')}
            </button>
          </>
        )}
        {!speaking && paused && (
          <button type="button" class="button button-primary" disabled={!ready} onClick={() => send({ type: 'floor.resume', sittingId })} data-testid="floor-resume">
            {t('speakers.resume')}
          </button>
        )}
      </div>
      {queue.length === 0 ? (
        <p class="notice notice-info">{t('speakers.none')}</p>
      ) : (
        <ol class="speaker-queue" data-testid="speaker-queue">
          {queue.map((entry) => (
            <li key={entry.id} class={`speaker speaker-${entry.state.toLowerCase()}`} data-testid={`speaker-${entry.id}`}>
              <span class="speaker-name" data-testid="speaker-name">
                {entry.fullName}
              </span>{' '}
              <span class="badge">{t(`speakerKind.${entry.kind}`)}</span>
              {entry.addressee && <span class="speaker-addressee"> → {entry.addressee}</span>}{' '}
              <span class="speaker-state">{speakerState(entry, t, format.time)}</span>
              {entry.state === 'WAITING' && (
                <WaitingActions
                  entry={entry}
                  index={waiting.indexOf(entry)}
                  count={waiting.length}
                  ready={ready}
                  mayTakeFloor={!speaking && !paused || entry.kind === 'POINT_OF_ORDER' || entry.kind === 'REPLY'}
                  onMove={move}
                  onGive={() => send({ type: 'floor.give', sittingId, requestId: entry.id, limitSeconds: minutes * 60 })}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <ProblemNotice problem={action.problem} />
    </section>
  );
}

function speakerState(entry: SpeakerEntry, t: ReturnType<typeof useI18n>['t'], time: (instant: string) => string): string {
  if (entry.state === 'DONE' && entry.startedAt !== null && entry.endedAt !== null) {
    const seconds = Math.round((Date.parse(entry.endedAt) - Date.parse(entry.startedAt)) / 1000);
    return t('speakers.spoke', { from: time(entry.startedAt), minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  }
  return t(`speakerState.${entry.state}`);
}

function WaitingActions(props: {
  entry: SpeakerEntry;
  index: number;
  count: number;
  ready: boolean;
  mayTakeFloor: boolean;
  onMove: (index: number, by: number) => void;
  onGive: () => void;
}) {
  const { t } = useI18n();
  const { entry, index } = props;
  return (
    <span class="speaker-actions">
      <button
        type="button"
        class="button button-icon"
        disabled={!props.ready || index === 0}
        onClick={() => props.onMove(index, -1)}
        aria-label={t('speakers.moveUp', { name: entry.fullName })}
        data-testid="speaker-up"
      >
        ↑
      </button>
      <button
        type="button"
        class="button button-icon"
        disabled={!props.ready || index === props.count - 1}
        onClick={() => props.onMove(index, 1)}
        aria-label={t('speakers.moveDown', { name: entry.fullName })}
        data-testid="speaker-down"
      >
        ↓
      </button>
      <button
        type="button"
        class="button button-primary"
        disabled={!props.ready || !props.mayTakeFloor}
        onClick={props.onGive}
        aria-label={t('speakers.giveNamed', { name: entry.fullName })}
        data-testid="give-floor"
      >
        {t('speakers.give')}
      </button>
    </span>
  );
}
