// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, click, fakeApi, mount, settle, testServices, unmount } from '../testing/testApp';
import { DeviceCheck } from './DeviceCheck';
import type { DeviceChoice, MediaDeviceOption } from './devices';

type FakeTrack = MediaStreamTrack & { stopped: boolean };

function fakeStream(name: string, kinds: string[] = ['audio', 'video']): MediaStream & { tracks: FakeTrack[] } {
  const tracks = kinds.map((kind) => {
    const track = { kind, stopped: false, stop: () => { track.stopped = true; } };
    return track as unknown as FakeTrack;
  });
  // A MediaStream to the page (a video element takes nothing else), with tracks the test can watch.
  return Object.assign(Object.create(MediaStream.prototype) as MediaStream, {
    name,
    tracks,
    getTracks: () => tracks,
    getAudioTracks: () => tracks.filter((t) => t.kind === 'audio'),
    getVideoTracks: () => tracks.filter((t) => t.kind === 'video'),
  });
}

const DEVICES: MediaDeviceOption[] = [
  { kind: 'audioinput', deviceId: 'mic-1', label: 'Micrô tích hợp' },
  { kind: 'audioinput', deviceId: 'mic-2', label: 'Micrô cổ ngỗng' },
  { kind: 'videoinput', deviceId: 'cam-1', label: 'Camera HD' },
];

/** @param camera whether this computer's camera opens */
function devicesHarness(levels: number[], camera = true) {
  const { services } = testServices(fakeApi({}));
  const captured: { choice: DeviceChoice | undefined; stream: ReturnType<typeof fakeStream> }[] = [];
  const refused: (DeviceChoice | undefined)[] = [];
  const meters: { stream: MediaStream; closed: boolean }[] = [];
  let reading = 0;
  services.video = {
    ...services.video,
    capture: (choice) => {
      if (choice?.sendVideo !== false && !camera) {
        refused.push(choice);
        return Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
      }
      const stream = fakeStream(`stream ${captured.length}`, choice?.sendVideo === false ? ['audio'] : ['audio', 'video']);
      captured.push({ choice, stream });
      return Promise.resolve(stream);
    },
    devices: () => Promise.resolve(DEVICES),
    meter: (stream) => {
      const meter = { stream, closed: false };
      meters.push(meter);
      return {
        level: () => levels[Math.min(reading++, levels.length - 1)] ?? 0,
        close: () => { meter.closed = true; },
      };
    },
  };
  return { services, captured, refused, meters };
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('the check of camera and microphone before joining', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('lists the devices, shows the level as the microphone hears and says when it hears nothing', async () => {
    // Silence, a word, then a pause of a second and a half, then silence for good.
    const { services } = devicesHarness([0.05, 0.05, 0.7, ...new Array(15).fill(0.01), 0]);
    container = await mount(<DeviceCheck onJoin={() => {}} onCancel={() => {}} />, services);
    const microphones = [...byTestId<HTMLSelectElement>(container, 'device-microphone').options].map((o) => o.textContent);
    expect(microphones).toEqual(['Mặc định của máy', 'Micrô tích hợp', 'Micrô cổ ngỗng']);
    expect(byTestId(container, 'device-level').getAttribute('aria-valuenow')).toBe('5');
    expect(byTestId(container, 'device-heard').textContent).toContain('Chưa nghe thấy tiếng từ micrô này');

    await settle(250);
    expect(byTestId(container, 'device-level').getAttribute('aria-valuenow')).toBe('70');
    expect(byTestId(container, 'device-heard').textContent).toContain('thanh mức âm thanh phải nhảy theo giọng nói');
    await settle(1000);
    expect(byTestId(container, 'device-level').getAttribute('aria-valuenow')).toBe('1');
    expect(byTestId(container, 'device-heard').textContent).toContain('phải nhảy theo giọng nói');
    await settle(2000);
    expect(byTestId(container, 'device-heard').textContent).toContain('Chưa nghe thấy tiếng từ micrô này');
  });

  it('another microphone is captured afresh, the first one stopped and its meter closed', async () => {
    const { services, captured, meters } = devicesHarness([0.5]);
    container = await mount(<DeviceCheck onJoin={() => {}} onCancel={() => {}} />, services);
    await choose(byTestId<HTMLSelectElement>(container, 'device-microphone'), 'mic-2');

    expect(captured.map((c) => c.choice)).toEqual([
      { microphone: null, camera: null, sendVideo: true },
      { microphone: 'mic-2', camera: null, sendVideo: true },
    ]);
    expect(captured[0]!.stream.tracks.every((track) => track.stopped)).toBe(true);
    expect(meters[0]!.closed).toBe(true);
    expect(meters.at(-1)!.stream).toBe(captured[1]!.stream);
  });

  it('joining hands over the stream and the choice, still running; cancelling stops the camera', async () => {
    const joined = devicesHarness([0.5]);
    const onJoin = vi.fn();
    container = await mount(<DeviceCheck onJoin={onJoin} onCancel={() => {}} />, joined.services);
    await choose(byTestId<HTMLSelectElement>(container, 'device-camera'), 'cam-1');
    await click(byTestId(container, 'video-join-confirm'));
    expect(onJoin).toHaveBeenCalledWith({ microphone: null, camera: 'cam-1', sendVideo: true }, joined.captured[1]!.stream);
    await act(() => unmount(container));
    expect(joined.captured[1]!.stream.tracks.some((track) => track.stopped)).toBe(false);
    expect(joined.meters.every((meter) => meter.closed)).toBe(true);

    const cancelled = devicesHarness([0.5]);
    const onCancel = vi.fn();
    container = await mount(<DeviceCheck onJoin={() => {}} onCancel={onCancel} />, cancelled.services);
    await click(byTestId(container, 'device-cancel'));
    expect(onCancel).toHaveBeenCalled();
    await act(() => unmount(container));
    expect(cancelled.captured[0]!.stream.tracks.every((track) => track.stopped)).toBe(true);
  });

  it('sends the microphone only when asked: the camera is closed, the level still shown, the choice handed over', async () => {
    const { services, captured, meters } = devicesHarness([0.5]);
    const onJoin = vi.fn();
    container = await mount(<DeviceCheck onJoin={onJoin} onCancel={() => {}} />, services);
    expect(byTestId(container, 'device-preview')).toBeTruthy();
    await click(byTestId(container, 'device-microphone-only'));

    expect(captured.at(-1)!.choice).toEqual({ microphone: null, camera: null, sendVideo: false });
    expect(captured[0]!.stream.tracks.every((track) => track.stopped)).toBe(true);
    expect(container.querySelector('[data-testid="device-preview"]')).toBeNull();
    expect(byTestId(container, 'device-no-picture').textContent).toContain('Không gửi hình');
    expect(byTestId<HTMLSelectElement>(container, 'device-camera').disabled).toBe(true);
    expect(meters.at(-1)!.stream).toBe(captured.at(-1)!.stream);
    await click(byTestId(container, 'video-join-confirm'));
    expect(onJoin).toHaveBeenCalledWith({ microphone: null, camera: null, sendVideo: false }, captured.at(-1)!.stream);
    expect(captured.at(-1)!.stream.getVideoTracks()).toEqual([]);
  });

  it('a computer whose camera does not open joins with its microphone only, and is told so', async () => {
    const { services, captured, refused } = devicesHarness([0.5], false);
    const onJoin = vi.fn();
    container = await mount(<DeviceCheck onJoin={onJoin} onCancel={() => {}} />, services);
    expect(refused).toEqual([{ microphone: null, camera: null, sendVideo: true }]);
    expect(byTestId(container, 'device-camera-unavailable').textContent).toContain('chỉ gửi tiếng');
    expect(byTestId<HTMLButtonElement>(container, 'video-join-confirm').disabled).toBe(false);
    await click(byTestId(container, 'video-join-confirm'));
    expect(onJoin).toHaveBeenCalledWith({ microphone: null, camera: null, sendVideo: false }, captured[0]!.stream);
  });

  it('without a camera or permission, says so and offers no join', async () => {
    const { services } = testServices(fakeApi({}));
    container = await mount(<DeviceCheck onJoin={() => {}} onCancel={() => {}} />, services);
    expect(container.textContent).toContain('Không dùng được camera hoặc micrô');
    expect(byTestId<HTMLButtonElement>(container, 'video-join-confirm').disabled).toBe(true);
  });
});
