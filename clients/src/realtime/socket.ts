/** What the realtime client needs of a WebSocket; tests pass a fake, the browser passes `openBrowserSocket`. */
export interface SocketHandlers {
  opened(): void;
  received(text: string): void;
  /** `code` is the WebSocket close code: 4401 when the server ended the browser session's sockets. */
  closed(code: number): void;
}

export interface SocketConnection {
  send(text: string): void;
  close(): void;
}

export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketConnection;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const openBrowserSocket: OpenSocket = (url, handlers) => {
  const socket = new WebSocket(url);
  socket.onopen = () => handlers.opened();
  socket.onmessage = (event) => {
    if (typeof event.data === 'string') {
      handlers.received(event.data);
    }
  };
  socket.onclose = (event) => handlers.closed(event.code);
  return { send: (text) => socket.send(text), close: () => socket.close() };
};

/** `/ws` on the page's own origin, `wss:` when the page came over https. */
export function sameOriginSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}
