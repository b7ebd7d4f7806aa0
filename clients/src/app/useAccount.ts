import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../api/apiFailure';
import type { Me } from '../protocol/generated';
import { reconnectDelay } from '../realtime/backoff';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import type { Services } from './services';

export type AccountState =
  | { status: 'checking' }
  | { status: 'anonymous'; sessionEnded?: boolean }
  | { status: 'signedIn'; me: Me }
  | { status: 'unreachable'; problem: Problem };

/**
 * Who is using the tab: asks `GET /api/me` at start (again and again while the server cannot be reached, so a hall
 * display recovers after a power or network cut), and keeps the realtime connection open while someone is signed in
 * (and needs not change their password first). The documents taken to read offline are kept for the signed-in
 * account only: deleted at logout, when the session ends, and when another account signs in.
 */
export function useAccount(services: Services) {
  const [state, setState] = useState<AccountState>({ status: 'checking' });

  useEffect(() => {
    let attempt = 0;
    let retry: unknown = null;
    let cancelled = false;
    const check = () => {
      services.api.me().then(
        (me) => {
          if (!cancelled) {
            void services.offline.keepOnlyFor(me.accountId);
            setState({ status: 'signedIn', me });
          }
        },
        (failure: unknown) => {
          if (cancelled) {
            return;
          }
          if (failure instanceof ApiFailure && (failure.status === 401 || failure.status === 403)) {
            void services.offline.clear(); // no one is signed in: nothing taken to read offline stays
            setState({ status: 'anonymous' });
            return;
          }
          setState({ status: 'unreachable', problem: asProblem(failure) });
          retry = services.timers.setTimeout(check, reconnectDelay(attempt++, services.random));
        },
      );
    };
    check();
    return () => {
      cancelled = true;
      if (retry !== null) {
        services.timers.clearTimeout(retry);
      }
    };
  }, [services]);

  // An account that must change its password may not open the WebSocket yet (the server answers 403).
  const live = state.status === 'signedIn' && !state.me.mustChangePassword;
  useEffect(() => {
    if (!live) {
      return undefined;
    }
    // Logged out elsewhere, expired, password changed: back to the login page, saying why.
    const stopListening = services.realtime.onSessionEnded(() => {
      void services.offline.clear();
      setState({ status: 'anonymous', sessionEnded: true });
    });
    services.realtime.start();
    return () => {
      stopListening();
      services.realtime.stop();
    };
  }, [live, services]);

  return {
    state,
    signedIn: (me: Me) => {
      void services.offline.keepOnlyFor(me.accountId); // another person's copies never stay on this browser
      setState({ status: 'signedIn', me });
    },
    async signOut(): Promise<void> {
      // The documents taken to read offline go first, whether or not the server hears of the logout.
      await services.offline.clear().catch(() => undefined);
      await services.api.logout();
      setState({ status: 'anonymous' });
    },
  };
}
