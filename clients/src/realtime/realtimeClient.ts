import type {
  AdvanceAgenda,
  ClientCommand,
  EndSitting,
  GoToAgendaItem,
  ServerMessage,
  SittingEvent,
  StartSitting,
} from '../protocol/generated';
import { reconnectDelay } from './backoff';
import type { OpenSocket, SocketConnection, Timers } from './socket';

/** `reconnecting` is every state in which the app had or wanted a connection and has none: the banner shows. */
export type ConnectionStatus = 'offline' | 'connecting' | 'online' | 'reconnecting';

/** A command the chair's console sends; the client adds the `ref` that pairs it with its answer. */
export type ChairCommand =
  | Omit<StartSitting, 'ref'>
  | Omit<EndSitting, 'ref'>
  | Omit<AdvanceAgenda, 'ref'>
  | Omit<GoToAgendaItem, 'ref'>;

/** A screen following one sitting. */
export interface SittingSubscriber {
  /** The highest seq the screen applied: the server replays what came after it. */
  afterSeq(): number;
  onEvent(event: SittingEvent): void;
  /** The missed events were replayed; `lastSeq` is the end of the sitting's log. */
  onSubscribed(lastSeq: number): void;
  /** The server refused the subscription; `message` is Vietnamese, ready to show. */
  onRefused(code: string, message: string): void;
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
  heartbeatIntervalMs?: number;
  heartbeatTimeoutMs?: number;
}

interface PendingCommand {
  resolve(): void;
  reject(failure: CommandFailed): void;
}

/**
 * The tab's one WebSocket. It reconnects with back-off after any drop and resubscribes every followed sitting after
 * the seq its screen last applied; a heartbeat without answer counts as a drop, because a dead link through a
 * proxy or a weak mobile network often never reports a close.
 */
export class RealtimeClient {
  private readonly heartbeatIntervalMs: number;
  private readonly heartbeatTimeoutMs: number;
  private readonly subscribers = new Map<string, SittingSubscriber>();
  private readonly subscribeRefs = new Map<string, string>();
  private readonly pending = new Map<string, PendingCommand>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private status: ConnectionStatus = 'offline';
  private connection: SocketConnection | null = null;
  private generation = 0;
  private attempt = 0;
  private nextRef = 0;
  private awaitedNonce: string | null = null;
  private reconnectTimer: unknown = null;
  private heartbeatTimer: unknown = null;
  /** Runs while an answer is awaited — the socket's open, then each pong — and counts its absence as a drop. */
  private deadlineTimer: unknown = null;

  constructor(private readonly options: RealtimeOptions) {
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 15_000;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 10_000;
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
    this.setStatus('offline');
  }

  connectionStatus(): ConnectionStatus {
    return this.status;
  }

  onStatusChange(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
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

  /** Sends a chair command; settles when the server accepts or refuses it. */
  command(command: ChairCommand): Promise<void> {
    if (this.status !== 'online') {
      return Promise.reject(new CommandFailed('offline', null));
    }
    const ref = this.newRef();
    return new Promise<void>((resolve, reject) => {
      this.pending.set(ref, { resolve, reject });
      this.send({ ...command, ref });
    });
  }

  private connect(): void {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.connection = this.options.openSocket(this.options.url, {
      opened: () => current() && this.opened(),
      received: (text) => current() && this.received(text),
      closed: () => current() && this.dropped(),
    });
    this.deadlineTimer = this.options.timers.setTimeout(() => this.dropped(), this.heartbeatTimeoutMs);
  }

  private opened(): void {
    this.clearTimer('deadlineTimer');
    this.attempt = 0;
    this.setStatus('online');
    this.subscribers.forEach((subscriber, sittingId) => this.sendSubscribe(sittingId, subscriber));
    this.scheduleHeartbeat();
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
        }
        return;
      case 'sitting.subscribed':
        this.subscribers.get(message.sittingId)?.onSubscribed(message.lastSeq);
        return;
      case 'command.accepted':
        this.settle(message.ref)?.resolve();
        return;
      case 'error':
        this.refused(message.ref, message.code, message.message);
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
    return command;
  }

  private dropped(): void {
    this.generation++;
    this.clearTimers();
    this.connection?.close();
    this.connection = null;
    this.failPending('connection_lost');
    this.setStatus('reconnecting');
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
      this.send({ type: 'heartbeat.ping', nonce });
      this.deadlineTimer = this.options.timers.setTimeout(() => this.dropped(), this.heartbeatTimeoutMs);
      this.scheduleHeartbeat();
    }, this.heartbeatIntervalMs);
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
    failed.forEach((command) => command.reject(new CommandFailed(code, null)));
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
