import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { HopsoApi } from '../api/hopsoApi';
import { HttpClient } from '../api/http';
import { RealtimeClient } from '../realtime/realtimeClient';
import { browserTimers, openBrowserSocket, sameOriginSocketUrl, type Timers } from '../realtime/socket';

/** Everything the screens reach outside themselves; tests build their own. */
export interface Services {
  api: HopsoApi;
  realtime: RealtimeClient;
  timers: Timers;
  random: () => number;
  now: () => Date;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

export function browserServices(): Services {
  const http = new HttpClient({ fetch: (input, init) => fetch(input, init), readCookies: () => document.cookie });
  return {
    api: new HopsoApi(http),
    realtime: new RealtimeClient({
      url: sameOriginSocketUrl(window.location),
      openSocket: openBrowserSocket,
      timers: browserTimers,
      random: Math.random,
    }),
    timers: browserTimers,
    random: Math.random,
    now: () => new Date(),
    storage: window.localStorage,
  };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices outside <ServicesContext.Provider>');
  }
  return services;
}
