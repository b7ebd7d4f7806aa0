import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import { ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { DEFAULT_DEVICES, type DeviceChoice, type MediaDeviceOption } from './devices';
import { HEARD_LEVEL } from './micLevel';

/** How often the level bar is redrawn: smooth enough to follow speech, cheap on an old laptop. */
const LEVEL_EVERY_MS = 100;
/** The loudest recent reading fades by this much per reading, so a pause between words does not read as silence. */
const PEAK_FADE = 0.9;

/**
 * The check before sending one's camera and microphone: which camera and microphone, one's own picture, and a level
 * bar that moves when one speaks. One may send the microphone only; when the camera cannot be opened (none, or
 * refused) while the microphone can, the check falls back to the microphone only and says so. Joining hands the
 * stream over to the call; cancelling (or leaving the screen) stops the camera.
 */
export function DeviceCheck(props: { onJoin: (choice: DeviceChoice, stream: MediaStream) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { video, timers } = useServices();
  const [choice, setChoice] = useState<DeviceChoice>(DEFAULT_DEVICES);
  // The camera could not be opened, the microphone could: what is sent is the microphone only.
  const [withoutCamera, setWithoutCamera] = useState(false);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [devices, setDevices] = useState<MediaDeviceOption[]>([]);
  const [level, setLevel] = useState(0);
  const [peak, setPeak] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const handedOver = useRef<MediaStream | null>(null);
  const preview = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    let current: MediaStream | null = null;
    let cancelled = false;
    setProblem(null);
    setWithoutCamera(false);
    const microphoneOnly = { ...choice, sendVideo: false };
    video
      .capture(choice)
      .catch((failure: unknown) => {
        if (!choice.sendVideo) {
          throw failure;
        }
        return video.capture(microphoneOnly).then((captured) => {
          if (!cancelled) {
            setWithoutCamera(true);
          }
          return captured;
        });
      })
      .then(async (captured) => {
        if (cancelled) {
          captured.getTracks().forEach((track) => track.stop());
          return;
        }
        current = captured;
        setStream(captured);
        setDevices(await video.devices());
      })
      .catch(() => {
        if (!cancelled) {
          setStream(null);
          setProblem({ code: 'media_no_device', serverMessage: null });
        }
      });
    return () => {
      cancelled = true;
      if (current && current !== handedOver.current) {
        current.getTracks().forEach((track) => track.stop());
      }
    };
  }, [video, choice]);

  useEffect(() => {
    if (preview.current && preview.current.srcObject !== stream) {
      preview.current.srcObject = stream;
    }
    setLevel(0);
    setPeak(0);
    if (!stream || stream.getAudioTracks().length === 0) {
      return;
    }
    const meter = video.meter(stream);
    let handle: unknown = null;
    const read = () => {
      const now = meter.level();
      setLevel(now);
      setPeak((recent) => Math.max(now, recent * PEAK_FADE));
      handle = timers.setTimeout(read, LEVEL_EVERY_MS);
    };
    read();
    return () => {
      timers.clearTimeout(handle);
      meter.close();
    };
  }, [video, timers, stream]);

  const microphones = devices.filter((device) => device.kind === 'audioinput');
  const cameras = devices.filter((device) => device.kind === 'videoinput');
  const percent = Math.round(level * 100);
  const join = () => {
    if (stream) {
      handedOver.current = stream;
      props.onJoin(withoutCamera ? { ...choice, sendVideo: false } : choice, stream);
    }
  };
  const showsPicture = stream !== null && stream.getVideoTracks().length > 0;
  return (
    <div class="device-check" data-testid="device-check">
      <h3>{t('video.check.heading')}</h3>
      <div class="device-check-body">
        {showsPicture ? (
          <video ref={preview} class="device-preview" autoplay playsInline muted data-testid="device-preview" aria-label={t('video.me')} />
        ) : (
          <p class="device-preview device-preview-none" data-testid="device-no-picture">
            {t('video.check.noPicture')}
          </p>
        )}
        <div>
          <DevicePicker
            label={t('video.check.microphone')}
            testId="device-microphone"
            options={microphones}
            value={choice.microphone}
            onChange={(microphone) => setChoice({ ...choice, microphone })}
          />
          <DevicePicker
            label={t('video.check.camera')}
            testId="device-camera"
            options={cameras}
            value={choice.camera}
            disabled={!choice.sendVideo}
            onChange={(camera) => setChoice({ ...choice, camera })}
          />
          <div class="field">
            <label>
              <input
                type="checkbox"
                checked={!choice.sendVideo}
                onChange={(event) => setChoice({ ...choice, sendVideo: !(event.currentTarget as HTMLInputElement).checked })}
                data-testid="device-microphone-only"
              />{' '}
              {t('video.check.microphoneOnly')}
            </label>
          </div>
          {withoutCamera && (
            <p class="notice" role="status" data-testid="device-camera-unavailable">
              {t('video.check.cameraUnavailable')}
            </p>
          )}
          <p id="device-level-label">{t('video.check.level')}</p>
          <div
            class="device-level"
            role="meter"
            aria-labelledby="device-level-label"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            data-testid="device-level"
          >
            <div class={level >= HEARD_LEVEL ? 'device-level-bar device-level-heard' : 'device-level-bar'} style={{ width: `${percent}%` }} />
          </div>
          <p class="video-status" data-testid="device-heard">{stream && peak < HEARD_LEVEL ? t('video.check.silent') : t('video.check.hint')}</p>
        </div>
      </div>
      <ProblemNotice problem={problem} />
      <div class="toolbar">
        <button type="button" class="button button-primary" disabled={!stream} onClick={join} data-testid="video-join-confirm">
          {t('video.check.join')}
        </button>
        <button type="button" class="button" onClick={props.onCancel} data-testid="device-cancel">
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}

function DevicePicker(props: {
  label: string;
  testId: string;
  options: MediaDeviceOption[];
  value: string | null;
  disabled?: boolean;
  onChange: (deviceId: string | null) => void;
}) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label>
        {props.label}
        <select
          value={props.value ?? ''}
          disabled={props.disabled}
          data-testid={props.testId}
          onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value || null)}
        >
          <option value="">{t('video.check.default')}</option>
          {props.options.map((option, index) => (
            <option key={option.deviceId} value={option.deviceId}>
              {option.label || `${props.label} ${index + 1}`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
