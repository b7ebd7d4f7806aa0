import { ApiFailure } from '../api/apiFailure';
import type { SittingView } from '../protocol/generated';
import { reconnectDelay } from './backoff';
import { applyEvent, liveSittingFrom, type LiveSitting } from './liveSitting';
import type { RealtimeClient } from './realtimeClient';
import type { Timers } from './socket';

/** Something to tell the viewer: the server's Vietnamese message when there is one, else a code to explain. */
export interface Problem {
  code: string;
  serverMessage: string | null;
}

export interface FeedState {
  live: LiveSitting | null;
  problem: Problem | null;
}

export interface FeedDeps {
  loadView(sittingId: string): Promise<SittingView>;
  realtime: Pick<RealtimeClient, 'subscribe'>;
  timers: Timers;
  random: () => number;
}

/**
 * One screen's view of one sitting: loads the snapshot (retrying while the server cannot be reached), then follows
 * the sitting's events through the tab's realtime client, which resumes after every drop.
 */
export class SittingFeed {
  private state: FeedState = { live: null, problem: null };
  private readonly listeners = new Set<(state: FeedState) => void>();
  private unsubscribe: (() => void) | null = null;
  private retryTimer: unknown = null;
  private attempt = 0;
  private stopped = false;

  constructor(
    private readonly sittingId: string,
    private readonly deps: FeedDeps,
  ) {}

  current(): FeedState {
    return this.state;
  }

  onChange(listener: (state: FeedState) => void): () => void {
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
    this.update({ live: liveSittingFrom(view), problem: null });
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
        const live = this.state.live;
        const next = live && applyEvent(live, event);
        if (next && next !== live) {
          this.update({ ...this.state, live: next });
        }
      },
      onSubscribed: (lastSeq) => {
        if (this.state.problem) {
          this.update({ ...this.state, problem: null });
        }
        // A log that ends before what this screen applied was restored from a backup: its next events reuse seq
        // numbers this screen would ignore, so start again from a fresh snapshot.
        if (this.state.live && lastSeq < this.state.live.appliedSeq) {
          void this.load();
        }
      },
      onRefused: (code, message) => this.update({ ...this.state, problem: { code, serverMessage: message } }),
    });
  }

  private update(state: FeedState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }
}
