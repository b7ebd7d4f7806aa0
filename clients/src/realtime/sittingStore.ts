import { ApiFailure } from '../api/apiFailure';
import type { SittingEvent, SittingView } from '../protocol/generated';
import type { Problem } from '../ui/problem';
import { reconnectDelay } from './backoff';
import { applyEvent, liveSittingFrom, type LiveSitting } from './liveSitting';
import type { RealtimeClient } from './realtimeClient';
import type { Timers } from './socket';

export interface SittingState {
  live: LiveSitting | null;
  problem: Problem | null;
}

export interface StoreDeps {
  loadView(sittingId: string): Promise<SittingView>;
  realtime: Pick<RealtimeClient, 'subscribe'>;
  timers: Timers;
  random: () => number;
}

const NOTHING_YET: SittingState = { live: null, problem: null };

/**
 * The tab's one copy of a sitting, shared by every panel that shows it (the agenda, and later attendance, speakers,
 * ballots, documents, video): loads the snapshot (retrying while the server cannot be reached), then follows the
 * sitting's events through the tab's realtime client, which resumes after every drop. A snapshot older than what was
 * already applied is discarded, unless the server said its log went back (a restored database).
 */
export class SittingStore {
  private state: SittingState = NOTHING_YET;
  private readonly listeners = new Set<(state: SittingState) => void>();
  private unsubscribe: (() => void) | null = null;
  private retryTimer: unknown = null;
  private attempt = 0;
  private stopped = false;
  /** Set when the log ended before what this tab applied: the next snapshot is taken even though it is older. */
  private logWentBack = false;
  /** Events that arrived while a new snapshot was on its way: applied on top of it if it is older than they are. */
  private arrivedWhileLoading: SittingEvent[] | null = null;

  constructor(
    readonly sittingId: string,
    private readonly deps: StoreDeps,
  ) {}

  current(): SittingState {
    return this.state;
  }

  onChange(listener: (state: SittingState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    void this.load();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer !== null) {
      this.deps.timers.clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Takes a fresh snapshot; the first one also starts following the sitting's events. */
  private async load(): Promise<void> {
    this.retryTimer = null;
    this.arrivedWhileLoading = [];
    let view: SittingView;
    try {
      view = await this.deps.loadView(this.sittingId);
    } catch (failure) {
      if (!this.stopped) {
        this.loadFailed(failure);
      }
      return;
    }
    if (this.stopped) {
      return;
    }
    const arrived = this.arrivedWhileLoading;
    this.arrivedWhileLoading = null;
    const applied = this.state.live;
    if (applied && !this.logWentBack && view.lastSeq < applied.appliedSeq) {
      // Older than what this tab already shows: keep the newer state, it is complete.
      this.update({ ...this.state, problem: null });
    } else {
      this.logWentBack = false;
      this.update({ live: arrived.reduce(applyEvent, liveSittingFrom(view)), problem: null });
    }
    if (this.unsubscribe === null) {
      this.follow();
    }
  }

  private loadFailed(failure: unknown): void {
    const apiFailure = failure instanceof ApiFailure ? failure : null;
    this.update({
      ...this.state,
      problem: { code: apiFailure?.code ?? 'unexpected', serverMessage: apiFailure?.serverMessage ?? null },
    });
    if (apiFailure && (apiFailure.status === 0 || apiFailure.status >= 500)) {
      const delay = reconnectDelay(this.attempt++, this.deps.random);
      this.retryTimer = this.deps.timers.setTimeout(() => void this.load(), delay);
    }
  }

  private follow(): void {
    this.unsubscribe = this.deps.realtime.subscribe(this.sittingId, {
      afterSeq: () => this.state.live?.appliedSeq ?? 0,
      onEvent: (event) => {
        this.arrivedWhileLoading?.push(event);
        const live = this.state.live;
        const next = live && applyEvent(live, event);
        if (next && next !== live) {
          this.update({ ...this.state, live: next });
        }
      },
      onSubscribed: (lastSeq, reload) => {
        if (this.state.problem) {
          this.update({ ...this.state, problem: null });
        }
        if (reload) {
          this.logWentBack = this.state.live !== null && lastSeq < this.state.live.appliedSeq;
          void this.load();
        }
      },
      onRefused: (code, message) => this.update({ ...this.state, problem: { code, serverMessage: message } }),
      onRevoked: (code, message) => {
        this.stop();
        this.update({ live: null, problem: { code, serverMessage: message } });
      },
    });
  }

  private update(state: SittingState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }
}

/** One store per sitting per tab, kept while at least one panel shows it. */
export class SittingStores {
  private readonly stores = new Map<string, { store: SittingStore; users: number }>();

  constructor(private readonly deps: StoreDeps) {}

  /** The sitting's store, started on first use; call the answer's `release` when the panel goes. */
  retain(sittingId: string): { store: SittingStore; release: () => void } {
    let entry = this.stores.get(sittingId);
    if (!entry) {
      entry = { store: new SittingStore(sittingId, this.deps), users: 0 };
      this.stores.set(sittingId, entry);
      entry.store.start();
    }
    entry.users++;
    const held = entry;
    let released = false;
    return {
      store: held.store,
      release: () => {
        if (released) {
          return;
        }
        released = true;
        if (--held.users === 0 && this.stores.get(sittingId) === held) {
          this.stores.delete(sittingId);
          held.store.stop();
        }
      },
    };
  }
}
