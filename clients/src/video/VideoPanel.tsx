import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/translate';
import type { Microphones, SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { DeviceCheck } from './DeviceCheck';
import type { DeviceChoice } from './devices';
import { type CallState, type Tile, VideoCall } from './videoCall';

/** Whether this screen wants to be in the call, sending or not, and from which devices (joining again uses them). */
interface Wanted {
  send: boolean;
  choice?: DeviceChoice;
}

/**
 * A sitting's video call on this screen, left when the screen goes: joined while {@code wanted} says so and the
 * connection is up, joined again after a dropped connection (the server lost the socket's place in the room).
 */
/** How often a screen in the call looks at how the others' video arrives. */
const LINK_LOOK_MS = 2000;

function useVideoCall(sittingId: string, initiallyWanted: Wanted | null) {
  const { api, realtime, video, timers } = useServices();
  const call = useMemo(
    () =>
      new VideoCall(sittingId, {
        signal: realtime,
        newPeer: video.newPeer,
        relays: async () => (await api.iceServers()).servers,
        capture: video.capture,
        delay: (ms) => new Promise<void>((resolve) => void timers.setTimeout(resolve, ms)),
      }),
    [sittingId, api, realtime, video, timers],
  );
  const [state, setState] = useState<CallState>(call.current());
  const [wanted, setWanted] = useState<Wanted | null>(initiallyWanted);
  const online = useConnectionStatus() === 'online';

  useEffect(() => {
    const stop = call.onChange(setState);
    return () => {
      stop();
      call.leave();
    };
  }, [call]);

  useEffect(() => {
    if (!wanted) {
      return;
    }
    if (!online) {
      call.leave();
    } else if (call.current().phase === 'idle' && call.current().problem === null) {
      void call.join(wanted.send, { choice: wanted.choice });
    }
  }, [call, wanted, online]);

  // While in the call, a look at how the others' video arrives every two seconds: a link too weak for the pictures
  // keeps the sound (VideoCall.checkLink).
  const joined = state.phase === 'joined';
  useEffect(() => {
    if (!joined) {
      return;
    }
    let handle: unknown = null;
    const look = () => {
      void call.checkLink();
      handle = timers.setTimeout(look, LINK_LOOK_MS);
    };
    handle = timers.setTimeout(look, LINK_LOOK_MS);
    return () => timers.clearTimeout(handle);
  }, [call, joined, timers]);

  /** @param stream what the check before joining captured from the chosen devices */
  const join = (send: boolean, choice?: DeviceChoice, stream?: MediaStream) => {
    setWanted({ send, choice });
    void call.join(send, { choice, stream });
  };
  const leave = () => {
    setWanted(null);
    call.leave();
  };
  return { call, state, online, wanted, join, leave };
}

/**
 * The sitting's live video while it is in progress: join sending one's camera and microphone (for those who may) or
 * watching only, the speaker first and large, a tile per other participant sending, and whether one's own
 * microphone is open. The server decides who is heard.
 */
export function VideoPanel({ view }: { view: SittingView }) {
  const { t } = useI18n();
  const { call, state, online, wanted, join, leave } = useVideoCall(view.sitting.id, null);
  // The check before sending, shown instead of the join buttons until the person joins or cancels.
  const [checking, setChecking] = useState(false);
  if (view.sitting.state !== 'IN_PROGRESS') {
    return null;
  }
  const maySend = view.permissions.includes('SEND_VIDEO');
  const chairing = view.permissions.includes('CHAIR_SITTING');
  const inCall = state.phase === 'joining' || state.phase === 'joined';
  const tiles = [...state.tiles].sort((a, b) => Number(b.participantId === state.speaker) - Number(a.participantId === state.speaker));
  return (
    <section class="video-panel" aria-label={t('video.heading')} data-testid="video-panel">
      <h2>{t('video.heading')}</h2>
      {!inCall && checking && (
        <DeviceCheck
          onJoin={(choice, stream) => {
            setChecking(false);
            join(true, choice, stream);
          }}
          onCancel={() => setChecking(false)}
        />
      )}
      {!inCall && !checking && (
        <div class="toolbar">
          {maySend && (
            <button type="button" class="button button-primary" disabled={!online} onClick={() => setChecking(true)} data-testid="video-join-sending">
              {t('video.joinSending')}
            </button>
          )}
          <button type="button" class="button" disabled={!online} onClick={() => join(false)} data-testid="video-join-watching">
            {t('video.joinWatching')}
          </button>
        </div>
      )}
      {wanted && !online && <p class="video-status">{t('video.rejoining')}</p>}
      {state.phase === 'joining' && <p class="video-status" role="status">{t('video.connecting')}</p>}
      {state.phase === 'joined' && (
        <>
          {state.sending && (
            <p class="video-status" role="status" data-testid="video-microphone">
              {t(microphoneState(state, chairing))}
            </p>
          )}
          {state.sending && state.microphones === 'OPEN' && state.speaker !== state.self && !chairing && (
            <button
              type="button"
              class={state.ownMicrophoneOpen ? 'button button-primary' : 'button'}
              aria-pressed={state.ownMicrophoneOpen}
              onClick={() => call.openOwnMicrophone(!state.ownMicrophoneOpen)}
              data-testid="video-own-microphone"
            >
              {t(state.ownMicrophoneOpen ? 'video.closeOwnMic' : 'video.openOwnMic')}
            </button>
          )}
          {chairing && (
            <div class="toolbar" role="group" aria-label={t('video.microphones')} data-testid="video-microphones">
              <span>{t('video.microphones')}:</span>
              {MICROPHONES.map((microphones) => (
                <button
                  key={microphones}
                  type="button"
                  class={state.microphones === microphones ? 'button button-primary' : 'button'}
                  aria-pressed={state.microphones === microphones}
                  onClick={() => call.setMicrophones(microphones)}
                  data-testid={`microphones-${microphones}`}
                >
                  {t(`video.microphones.${microphones}`)}
                </button>
              ))}
            </div>
          )}
          <button
            type="button"
            class={state.pictures ? 'button' : 'button button-primary'}
            aria-pressed={!state.pictures}
            onClick={() => call.receivePictures(!state.pictures)}
            data-testid="video-sound-only"
          >
            {t(state.pictures ? 'video.receiveSoundOnly' : 'video.receivePictures')}
          </button>
          {!state.pictures && (
            <p class="video-status" role="status" data-testid="video-receiving-sound-only">
              {t(state.weakLink ? 'video.weakLinkSoundOnly' : 'video.receivingSoundOnly')}
            </p>
          )}
          <div class="video-tiles" data-testid="video-tiles">
            {tiles.map((tile) => (
              <RemoteTile
                key={tile.participantId}
                tile={tile}
                speaking={tile.participantId === state.speaker}
                picturesPaused={!state.pictures}
              />
            ))}
            {state.local && <VideoTile label={t('video.me')} stream={state.local} muted speaking={state.speaker === state.self} testId="video-self" />}
          </div>
          {state.tiles.length === 0 && <p class="video-status">{t('video.nobody')}</p>}
          <button type="button" class="button" onClick={leave} data-testid="video-leave">
            {t('video.leave')}
          </button>
        </>
      )}
      <ProblemNotice problem={state.problem} />
    </section>
  );
}

const MICROPHONES: readonly Microphones[] = ['FLOOR', 'OPEN', 'SPEAKER_ONLY'];

/** What one's own microphone does now, in the words of the screen. */
function microphoneState(state: CallState, chairing: boolean): MessageKey {
  if (state.speaker === state.self) {
    return 'video.micOnFloor';
  }
  if (chairing) {
    return state.microphones === 'SPEAKER_ONLY' ? 'video.micChairMuted' : 'video.micChair';
  }
  if (state.microphones === 'OPEN') {
    return state.ownMicrophoneOpen ? 'video.micOwnOpen' : 'video.micOwnClosed';
  }
  return 'video.micMuted';
}

/**
 * The hall display's view of the video: it watches by itself while the sitting is in progress and shows the speaker
 * alone, large, with their name, silent (the hall hears the speaker through its own sound system).
 */
export function HallVideo({ view }: { view: SittingView }) {
  const inProgress = view.sitting.state === 'IN_PROGRESS';
  return inProgress ? <HallSpeaker sittingId={view.sitting.id} /> : null;
}

function HallSpeaker({ sittingId }: { sittingId: string }) {
  const { state } = useVideoCall(sittingId, { send: false });
  const speaker = state.tiles.find((tile) => tile.participantId === state.speaker);
  if (!speaker) {
    return null;
  }
  return (
    <div class="display-video">
      <VideoTile label={speaker.name} stream={speaker.stream} muted speaking testId="display-speaker-video" />
    </div>
  );
}

function RemoteTile({ tile, speaking, picturesPaused }: { tile: Tile; speaking: boolean; picturesPaused: boolean }) {
  return (
    <VideoTile
      label={tile.name}
      stream={tile.stream}
      muted={false}
      speaking={speaking}
      soundOnly={picturesPaused}
      testId={`video-tile-${tile.participantId}`}
    />
  );
}

/**
 * A participant's picture, or their name over an empty tile for one who sends their microphone only, or while this
 * screen takes the others' sound only ({@code soundOnly}).
 */
function VideoTile(props: {
  label: string;
  stream: MediaStream | null;
  muted: boolean;
  speaking: boolean;
  soundOnly?: boolean;
  testId: string;
}) {
  const { t } = useI18n();
  const soundOnly = props.soundOnly === true || (props.stream !== null && props.stream.getVideoTracks().length === 0);
  const element = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (element.current && element.current.srcObject !== props.stream) {
      element.current.srcObject = props.stream;
    }
  }, [props.stream]);
  return (
    <figure
      class={['video-tile', props.speaking ? 'video-tile-speaking' : '', soundOnly ? 'video-tile-sound-only' : ''].join(' ').trim()}
      data-testid={props.testId}
    >
      <video ref={element} autoplay playsInline muted={props.muted} />
      <figcaption>
        {props.label}
        {soundOnly && <span class="video-sound-only" data-testid={`${props.testId}-sound-only`}> — {t('video.soundOnly')}</span>}
        {props.speaking && <span class="video-speaking"> — {t('video.speaking')}</span>}
      </figcaption>
    </figure>
  );
}
