import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { HopsoApi } from '../api/hopsoApi';
import { HttpClient } from '../api/http';
import { ApiFailure } from '../api/apiFailure';
import { RealtimeClient } from '../realtime/realtimeClient';
import { SittingStores } from '../realtime/sittingStore';
import { browserTimers, openBrowserSocket, sameOriginSocketUrl, type Timers } from '../realtime/socket';
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
}

/** WebRTC and the camera: the browser's own, a test's fakes. */
export interface VideoDevices {
  newPeer(): PeerConnection;
  capture(): Promise<MediaStream>;
}

/** No STUN or TURN: the media server is on the council's own network, reached by its advertised address. */
const browserVideo: VideoDevices = {
  newPeer: () => new RTCPeerConnection({ iceServers: [] }),
  capture: () => navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 360 } }),
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
