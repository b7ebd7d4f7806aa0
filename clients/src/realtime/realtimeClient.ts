import type {
  AnswerFeed,
  ClientCommand,
  FeedOffer,
  JoinMedia,
  LeaveMedia,
  SetMicrophones,
  MediaError,
  MediaPublishers,
  OrganisationChanged,
  PublishAnswer,
  PublishMedia,
  ReceiveMedia,
  Receiving,
  ServerMessage,
  SittingEvent,
  UploadProgress,
} from '../protocol/generated';
import { reconnectDelay } from './backoff';
import type { OpenSocket, SocketConnection, Timers } from './socket';

/** `reconnecting` is every state in which the app had or wanted a connection and has none: the banner shows. */
export type ConnectionStatus = 'offline' | 'connecting' | 'online' | 'reconnecting';

/**
 * A command a screen sends (the chair's, a delegate's check-in or request to speak, a mark of the secretariat): any
 * client command but the connection's own; the client adds the `ref` that pairs it with its answer and a `commandId`.
 */
export type ScreenCommand = WithoutIds<Exclude<ClientCommand, { type: 'sitting.subscribe' | 'sitting.unsubscribe' | 'heartbeat.ping' } | MediaCommand>>;
type WithoutIds<C> = C extends unknown ? Omit<C, 'ref' | 'commandId'> : never;

/** Video signalling: answered by media messages on this socket alone, not by `command.accepted`. */
export type MediaCommand = JoinMedia | PublishMedia | AnswerFeed | ReceiveMedia | LeaveMedia | SetMicrophones;
export type MediaMessage = MediaPublishers | PublishAnswer | FeedOffer | Receiving | MediaError;

/** A screen following one sitting. */
export interface SittingSubscriber {
  /** The highest seq the screen applied: the server replays what came after it. */
  afterSeq(): number;
  onEvent(event: SittingEvent): void;
  /**
   * The missed events were replayed and live ones follow; `lastSeq` is the end of the sitting's log. `reload`: the
   * screen was too far behind (or ahead of a restored log) to be sent what it missed, and must take a new snapshot.
   */
  onSubscribed(lastSeq: number, reload: boolean): void;
  /** The server refused the subscription; `message` is Vietnamese, ready to show. */
  onRefused(code: string, message: string): void;
  /** The caller may no longer follow the sitting (a role taken away): its content must go. */
  onRevoked(code: string, message: string): void;
}

/**
 * A command the server refused (its code and Vietnamese message), or one that could not travel: `offline` (never
 * sent) or `connection_lost` (sent, no answer before the drop; it may or may not have been applied).
 */
export class CommandFailed extends Error {
  constructor(
    readonly code: string,
    readonly serverMessage: string | null,
  ) {
    super(serverMessage ?? code);
  }
}

export interface RealtimeOptions {
  url: string;
  openSocket: OpenSocket;
  timers: Timers;
  random: () => number;
  /**
   * Whether the browser session is still valid (`GET /api/me`): asked when a connection could not even be opened,
   * since a handshake refused for an ended session looks, from a browser, like any network failure.
   */
  checkSession?: () => Promise<boolean>;
  /** This device's clock, in milliseconds since the epoch (tests set it; the browser's by default). */
  now?: () => number;
  /** A unique id per command, so that one resent after a drop is recognised and run once. */
  newCommandId?: () => string;
  heartbeatIntervalMs?: number;
  heartbeatTimeoutMs?: number;
  /** How long a command waits for its answer, across reconnects, before it counts as lost. */
  commandTimeoutMs?: number;
}

/** The server closes a socket with this when its browser session ended (logout, expiry, password change). */
export const SESSION_ENDED_CODE = 4401;

interface PendingCommand {
  frame: ClientCommand;
  resolve(): void;
  reject(failure: CommandFailed): void;
  timer: unknown;
}

/**
 * The tab's one WebSocket. It reconnects with back-off after any drop and resubscribes every followed sitting after
 * the seq its screen last applied; a heartbeat without answer counts as a drop, because a dead link through a
 * proxy or a weak mobile network often never reports a close.
 */
export class RealtimeClient {
  private readonly heartbeatIntervalMs: number;
  private readonly heartbeatTimeoutMs: number;
  private readonly commandTimeoutMs: number;
  private readonly newCommandId: () => string;
  private readonly subscribers = new Map<string, SittingSubscriber>();
  private readonly subscribeRefs = new Map<string, string>();
  private readonly pending = new Map<string, PendingCommand>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly sessionEndedListeners = new Set<() => void>();
  private readonly listListeners = new Set<(change: OrganisationChanged | null) => void>();
  private readonly mediaListeners = new Set<(message: MediaMessage) => void>();
  private readonly uploadListeners = new Set<(progress: UploadProgress) => void>();
  /** Whether the socket was open before: opening again is a reconnect, after which any list may have changed. */
  private wasOnline = false;
  private status: ConnectionStatus = 'offline';
  private connection: SocketConnection | null = null;
  private generation = 0;
  private attempt = 0;
  private nextRef = 0;
  private awaitedNonce: string | null = null;
  /** The ping sent at each opening to measure this clock against the server's, and when it left. */
  private clockNonce: string | null = null;
  private clockPingSentAt = 0;
  private pingSentAt = 0;
  private offsetMs = 0;
  private reconnectTimer: unknown = null;
  private heartbeatTimer: unknown = null;
  /** Runs while an answer is awaited — the socket's open, then each pong — and counts its absence as a drop. */
  private deadlineTimer: unknown = null;

  constructor(private readonly options: RealtimeOptions) {
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 15_000;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 10_000;
    this.commandTimeoutMs = options.commandTimeoutMs ?? 30_000;
    this.newCommandId = options.newCommandId ?? randomCommandId;
  }

  start(): void {
    if (this.status === 'offline') {
      this.setStatus('connecting');
      this.connect();
    }
  }

  stop(): void {
    this.generation++;
    this.clearTimers();
    this.connection?.close();
    this.connection = null;
    this.failPending('connection_lost');
    this.wasOnline = false;
    this.setStatus('offline');
  }

  /**
   * How far the server's clock is ahead of this device's (negative: behind), measured at each pong as the server's
   * time plus half the round trip: a countdown to a server deadline is `deadline - (now + offset)`.
   */
  serverClockOffsetMs(): number {
    return this.offsetMs;
  }

  connectionStatus(): ConnectionStatus {
    return this.status;
  }

  onStatusChange(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** The browser session ended (logged out elsewhere, expired, password changed): the app must sign in again. */
  onSessionEnded(listener: () => void): () => void {
    this.sessionEndedListeners.add(listener);
    return () => this.sessionEndedListeners.delete(listener);
  }

  /**
   * Something in one of an organisation's lists changed (`organisation.changed`), or `null`: the connection is back
   * after a drop, and what changed meanwhile is unknown. Either way a screen showing such a list loads it again.
   */
  onListsChanged(listener: (change: OrganisationChanged | null) => void): () => void {
    this.listListeners.add(listener);
    return () => this.listListeners.delete(listener);
  }

  /** How far the server has got with a file this account is uploading (`upload.progress`), from any of its nodes. */
  onUploadProgress(listener: (progress: UploadProgress) => void): () => void {
    this.uploadListeners.add(listener);
    return () => this.uploadListeners.delete(listener);
  }

  /** Hears this socket's video signalling (offers, answers, who publishes, media errors). */
  onMedia(listener: (message: MediaMessage) => void): () => void {
    this.mediaListeners.add(listener);
    return () => this.mediaListeners.delete(listener);
  }

  /**
   * Sends a video signal; false when offline. A drop loses the socket's video on the server (it leaves), so the
   * video panel joins again once online rather than have signals replayed.
   */
  media(command: MediaCommand): boolean {
    if (this.status !== 'online') {
      return false;
    }
    this.send(command);
    return true;
  }

  subscribe(sittingId: string, subscriber: SittingSubscriber): () => void {
    if (this.subscribers.has(sittingId)) {
      throw new Error(`Sitting ${sittingId} is already followed in this tab`);
    }
    this.subscribers.set(sittingId, subscriber);
    if (this.status === 'online') {
      this.sendSubscribe(sittingId, subscriber);
    }
    return () => {
      if (this.subscribers.get(sittingId) !== subscriber) {
        return;
      }
      this.subscribers.delete(sittingId);
      if (this.status === 'online') {
        this.send({ type: 'sitting.unsubscribe', sittingId });
      }
    };
  }

  /**
   * Sends a chair command; settles when the server accepts or refuses it. A drop before the answer does not lose it:
   * it is sent again, with the same `commandId`, once the connection is back, and the server runs it only once.
   */
  command(command: ScreenCommand): Promise<void> {
    if (this.status !== 'online') {
      return Promise.reject(new CommandFailed('offline', null));
    }
    const ref = this.newRef();
    const frame: ClientCommand = { ...command, ref, commandId: this.newCommandId() };
    return new Promise<void>((resolve, reject) => {
      const timer = this.options.timers.setTimeout(() => {
        this.pending.delete(ref);
        reject(new CommandFailed('connection_lost', null));
      }, this.commandTimeoutMs);
      this.pending.set(ref, { frame, resolve, reject, timer });
      this.send(frame);
    });
  }

  private connect(): void {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.connection = this.options.openSocket(this.options.url, {
      opened: () => current() && this.opened(),
      received: (text) => current() && this.received(text),
      closed: (code) => current() && (code === SESSION_ENDED_CODE ? this.sessionEnded() : this.dropped()),
    });
    this.deadlineTimer = this.options.timers.setTimeout(() => this.dropped(), this.heartbeatTimeoutMs);
  }

  private opened(): void {
    this.clearTimer('deadlineTimer');
    this.attempt = 0;
    this.setStatus('online');
    this.subscribers.forEach((subscriber, sittingId) => this.sendSubscribe(sittingId, subscriber));
    this.pending.forEach((command) => this.send(command.frame));
    this.scheduleHeartbeat();
    // A first measure of the clocks at once, for countdowns; it is no heartbeat, so no answer is no drop.
    this.clockNonce = this.newRef();
    this.clockPingSentAt = this.now();
    this.send({ type: 'heartbeat.ping', nonce: this.clockNonce });
    if (this.wasOnline) {
      this.listListeners.forEach((listener) => listener(null));
    }
    this.wasOnline = true;
  }

  private received(text: string): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(text) as ServerMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case 'session.welcome':
        return; // the app already knows who is logged in
      case 'heartbeat.pong':
        if (message.nonce === this.awaitedNonce) {
          this.awaitedNonce = null;
          this.clearTimer('deadlineTimer');
          this.measureClock(message.at, this.pingSentAt);
        } else if (message.nonce === this.clockNonce) {
          this.clockNonce = null;
          this.measureClock(message.at, this.clockPingSentAt);
        }
        return;
      case 'sitting.subscribed':
        this.subscribers.get(message.sittingId)?.onSubscribed(message.lastSeq, message.reload);
        return;
      case 'organisation.changed':
        this.listListeners.forEach((listener) => listener(message));
        return;
      case 'upload.progress':
        this.uploadListeners.forEach((listener) => listener(message));
        return;
      case 'command.accepted':
        this.settle(message.ref)?.resolve();
        return;
      case 'error':
        if (message.ref === null && message.sittingId !== null && message.code === 'access_revoked') {
          this.subscribers.get(message.sittingId)?.onRevoked(message.code, message.message);
          return;
        }
        this.refused(message.ref, message.code, message.message);
        return;
      case 'media.publishers':
      case 'media.answer':
      case 'media.offer':
      case 'media.receiving':
      case 'media.error':
        this.mediaListeners.forEach((listener) => listener(message));
        return;
      default:
        this.subscribers.get(message.sittingId)?.onEvent(message);
    }
  }

  private refused(ref: string | null, code: string, message: string): void {
    const sittingId = ref === null ? undefined : this.subscribeRefs.get(ref);
    if (sittingId !== undefined) {
      this.subscribers.get(sittingId)?.onRefused(code, message);
      return;
    }
    this.settle(ref)?.reject(new CommandFailed(code, message));
  }

  private settle(ref: string | null): PendingCommand | undefined {
    if (ref === null) {
      return undefined;
    }
    const command = this.pending.get(ref);
    this.pending.delete(ref);
    if (command) {
      this.options.timers.clearTimeout(command.timer);
    }
    return command;
  }

  private sessionEnded(): void {
    this.stop();
    this.sessionEndedListeners.forEach((listener) => listener());
  }

  private dropped(): void {
    const neverOpened = this.status !== 'online';
    this.generation++;
    this.clearTimers();
    this.connection?.close();
    this.connection = null;
    this.subscribeRefs.clear();
    this.awaitedNonce = null;
    this.setStatus('reconnecting');
    if (neverOpened && this.options.checkSession) {
      const generation = this.generation;
      void this.options.checkSession().then(
        (valid) => !valid && generation === this.generation && this.sessionEnded(),
        () => undefined, // the server cannot be reached at all: keep trying to reconnect
      );
    }
    const delay = reconnectDelay(this.attempt++, this.options.random);
    this.reconnectTimer = this.options.timers.setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  private scheduleHeartbeat(): void {
    this.heartbeatTimer = this.options.timers.setTimeout(() => {
      const nonce = this.newRef();
      this.awaitedNonce = nonce;
      this.pingSentAt = this.now();
      this.send({ type: 'heartbeat.ping', nonce });
      this.deadlineTimer = this.options.timers.setTimeout(() => this.dropped(), this.heartbeatTimeoutMs);
      this.scheduleHeartbeat();
    }, this.heartbeatIntervalMs);
  }

  private measureClock(serverTime: string, sentAt: number): void {
    const received = this.now();
    const server = Date.parse(serverTime);
    if (!Number.isNaN(server)) {
      this.offsetMs = server + (received - sentAt) / 2 - received;
    }
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  private sendSubscribe(sittingId: string, subscriber: SittingSubscriber): void {
    const ref = this.newRef();
    this.subscribeRefs.set(ref, sittingId);
    this.send({ type: 'sitting.subscribe', ref, sittingId, afterSeq: subscriber.afterSeq() });
  }

  private send(command: ClientCommand): void {
    this.connection?.send(JSON.stringify(command));
  }

  private newRef(): string {
    return `c${++this.nextRef}`;
  }

  private failPending(code: string): void {
    const failed = [...this.pending.values()];
    this.pending.clear();
    this.subscribeRefs.clear();
    this.awaitedNonce = null;
    failed.forEach((command) => {
      this.options.timers.clearTimeout(command.timer);
      command.reject(new CommandFailed(code, null));
    });
  }

  private clearTimers(): void {
    this.clearTimer('reconnectTimer');
    this.clearTimer('heartbeatTimer');
    this.clearTimer('deadlineTimer');
  }

  private clearTimer(name: 'reconnectTimer' | 'heartbeatTimer' | 'deadlineTimer'): void {
    if (this[name] !== null) {
      this.options.timers.clearTimeout(this[name]);
      this[name] = null;
    }
  }

  private setStatus(status: ConnectionStatus): void {
    if (status !== this.status) {
      this.status = status;
      this.statusListeners.forEach((listener) => listener(status));
    }
  }
}

function randomCommandId(): string {
  return globalThis.crypto.randomUUID();
}
