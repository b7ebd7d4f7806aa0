import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { SittingView, SpeakerEntry } from '../protocol/generated';
import { queueOf } from '../realtime/liveSitting';
import type { ScreenCommand } from '../realtime/realtimeClient';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';
import { movedTo } from './queueOrder';
import { spokenMs } from './statistics';

const LIMITS_MINUTES = [1, 2, 3, 5, 7, 10, 15];

/** The chair's speaker queue for the item under discussion: its order, and the floor. */
export function SpeakerConsole({ view }: { view: SittingView }) {
  const { t, format } = useI18n();
  const { realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const [minutes, setMinutes] = useState(5);
  const [dragged, setDragged] = useState<string | null>(null);
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
  const reorder = (moved: string, target: string) => {
    const order = movedTo(
      waiting.map((entry) => entry.id),
      moved,
      target,
    );
    if (order !== null) {
      void send({ type: 'speakers.reorder', sittingId, itemId, requestIds: order });
    }
  };
  const move = (index: number, by: number) => reorder(waiting[index].id, waiting[index + by].id);
  // Dragging a waiting request onto another puts it there; the keyboard does the same with ↑ and ↓.
  const dragging = (entry: SpeakerEntry) =>
    entry.state !== 'WAITING'
      ? {}
      : {
          draggable: ready,
          onDragStart: (event: DragEvent) => {
            event.dataTransfer?.setData('text/plain', entry.id);
            if (event.dataTransfer) {
              event.dataTransfer.effectAllowed = 'move';
            }
            setDragged(entry.id);
          },
          onDragOver: (event: DragEvent) => {
            if (dragged !== null && dragged !== entry.id) {
              event.preventDefault();
            }
          },
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            if (dragged !== null) {
              reorder(dragged, entry.id);
            }
            setDragged(null);
          },
          onDragEnd: () => setDragged(null),
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
        <ol class="speaker-queue" data-testid="speaker-queue" aria-describedby={waiting.length > 1 ? 'speaker-drag-hint' : undefined}>
          {queue.map((entry) => (
            <li
              key={entry.id}
              class={`speaker speaker-${entry.state.toLowerCase()}${dragged === entry.id ? ' speaker-dragged' : ''}`}
              data-testid={`speaker-${entry.id}`}
              {...dragging(entry)}
            >
              <span class="speaker-name" data-testid="speaker-name">
                {entry.fullName}
              </span>
              {entry.siteId !== null && <span class="speaker-site"> ({t('speakers.site')})</span>}{' '}
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
      {waiting.length > 1 && (
        <p class="field-hint" id="speaker-drag-hint">
          {t('speakers.dragHint')}
        </p>
      )}
      <ProblemNotice problem={action.problem} />
    </section>
  );
}

function speakerState(entry: SpeakerEntry, t: ReturnType<typeof useI18n>['t'], time: (instant: string) => string): string {
  const spoken = spokenMs(entry);
  if (spoken !== null && entry.startedAt !== null) {
    const seconds = Math.max(0, Math.round(spoken / 1000));
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
