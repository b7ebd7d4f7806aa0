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
 * (and needs not change their password first).
 */
export function useAccount(services: Services) {
  const [state, setState] = useState<AccountState>({ status: 'checking' });

  useEffect(() => {
    let attempt = 0;
    let retry: unknown = null;
    let cancelled = false;
    const check = () => {
      services.api.me().then(
        (me) => !cancelled && setState({ status: 'signedIn', me }),
        (failure: unknown) => {
          if (cancelled) {
            return;
          }
          if (failure instanceof ApiFailure && (failure.status === 401 || failure.status === 403)) {
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
    const stopListening = services.realtime.onSessionEnded(() => setState({ status: 'anonymous', sessionEnded: true }));
    services.realtime.start();
    return () => {
      stopListening();
      services.realtime.stop();
    };
  }, [live, services]);

  return {
    state,
    signedIn: (me: Me) => setState({ status: 'signedIn', me }),
    async signOut(): Promise<void> {
      await services.api.logout();
      setState({ status: 'anonymous' });
    },
  };
}
