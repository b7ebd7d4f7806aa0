import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { HopsoApi } from '../api/hopsoApi';
import { HttpClient } from '../api/http';
import { ApiFailure } from '../api/apiFailure';
import { RealtimeClient } from '../realtime/realtimeClient';
import { SittingStores } from '../realtime/sittingStore';
import { browserTimers, openBrowserSocket, sameOriginSocketUrl, type Timers } from '../realtime/socket';
import { browserOffline, type OfflineStore } from '../documents/offline';
import type { PageDrawer } from '../documents/pageDrawing';
import { pdfjsPages } from '../documents/pdfjsPages';
import type { IceServer } from '../protocol/generated';
import type { DeviceChoice, MediaDeviceOption } from '../video/devices';
import { browserMeter, type LevelMeter } from '../video/micLevel';
import type { PeerConnection } from '../video/videoCall';

/** Everything the screens reach outside themselves; tests build their own. */
export interface Services {
  api: HopsoApi;
  realtime: RealtimeClient;
  /** The tab's live sittings, one store each, shared by every panel. */
  sittings: SittingStores;
  timers: Timers;
  random: () => number;
  now: () => Date;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  video: VideoDevices;
  /** Draws the viewer's pages (PDF.js in the browser). */
  pages: PageDrawer;
  /** The documents taken to read without a connection (IndexedDB in the browser). */
  offline: OfflineStore;
}

/** WebRTC, the camera and the microphone: the browser's own, a test's fakes. */
export interface VideoDevices {
  /** @param relays the TURN servers to fall back on when the media server cannot be reached directly */
  newPeer(relays: readonly IceServer[]): PeerConnection;
  capture(choice?: DeviceChoice): Promise<MediaStream>;
  /** The cameras and microphones there are. */
  devices(): Promise<MediaDeviceOption[]>;
  /** Measures how loud a stream's microphone is, for the check before joining. */
  meter(stream: MediaStream): LevelMeter;
}

/**
 * No STUN: the media server is on the council's own network, reached by its advertised address; TURN only when the
 * council runs one (for networks that block UDP), with this person's credentials.
 */
const browserVideo: VideoDevices = {
  newPeer: (relays) =>
    new RTCPeerConnection({
      iceServers: relays.map((relay) => ({ urls: relay.urls, username: relay.username, credential: relay.credential })),
    }),
  capture: (choice) =>
    navigator.mediaDevices.getUserMedia({
      audio: choice?.microphone ? { deviceId: { exact: choice.microphone } } : true,
      video:
        choice?.sendVideo === false
          ? false
          : { width: 640, height: 360, ...(choice?.camera ? { deviceId: { exact: choice.camera } } : {}) },
    }),
  devices: async () =>
    (await navigator.mediaDevices.enumerateDevices())
      .filter((device): device is MediaDeviceInfo & { kind: 'audioinput' | 'videoinput' } =>
        device.kind === 'audioinput' || device.kind === 'videoinput')
      .map((device) => ({ kind: device.kind, deviceId: device.deviceId, label: device.label })),
  meter: browserMeter,
};

export function browserServices(): Services {
  const http = new HttpClient({ fetch: (input, init) => fetch(input, init), readCookies: () => document.cookie });
  const api = new HopsoApi(http);
  const realtime = new RealtimeClient({
    url: sameOriginSocketUrl(window.location),
    openSocket: openBrowserSocket,
    timers: browserTimers,
    random: Math.random,
    checkSession: () => sessionStillValid(api),
  });
  return {
    api,
    realtime,
    sittings: liveSittings(api, realtime, browserTimers, Math.random),
    timers: browserTimers,
    random: Math.random,
    now: () => new Date(),
    storage: window.localStorage,
    video: browserVideo,
    pages: pdfjsPages,
    offline: browserOffline(),
  };
}

/** The tab's sitting stores, loading snapshots through the API and following events through the realtime client. */
export function liveSittings(api: HopsoApi, realtime: RealtimeClient, timers: Timers, random: () => number) {
  return new SittingStores({ loadView: (id) => api.sittingView(id), realtime, timers, random });
}

/** False only when the server answers that nobody is logged in; a network failure is not a verdict. */
async function sessionStillValid(api: HopsoApi): Promise<boolean> {
  try {
    await api.me();
    return true;
  } catch (failure) {
    if (failure instanceof ApiFailure && failure.status === 401) {
      return false;
    }
    throw failure;
  }
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices outside <ServicesContext.Provider>');
  }
  return services;
}
