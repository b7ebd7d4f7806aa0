/** The screens, addressed by the URL's hash (`#/chair/<sittingId>`) so the server serves one index.html. */
export type Route =
  | { screen: 'home' }
  | { screen: 'login' }
  | { screen: 'delegate' }
  | { screen: 'chair'; sittingId: string | null }
  | { screen: 'secretariat' }
  | { screen: 'display'; sittingId: string | null }
  | { screen: 'site' }
  /** An address that names no screen: a mistyped or damaged link, told as such rather than guessed at. */
  | { screen: 'notFound' };

/**
 * Ids are UUIDs on the server; letters, digits and dashes are all an id is made of, so nothing in an address needs
 * decoding and nothing else (markup, stray `%` escapes, slashes) can reach a screen or a request as an id.
 */
const ID = /^[A-Za-z0-9-]{1,64}$/;

const NOT_FOUND: Route = { screen: 'notFound' };

/** Never throws: whatever is typed or pasted after `#` gives a route. */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '');
  const [screen, sittingId = null, ...rest] = parts;
  if (screen === undefined) {
    return { screen: 'home' };
  }
  if (rest.length > 0 || (sittingId !== null && !ID.test(sittingId))) {
    return NOT_FOUND;
  }
  switch (screen) {
    case 'login':
    case 'delegate':
    case 'secretariat':
    case 'site':
      return sittingId === null ? { screen } : NOT_FOUND;
    case 'chair':
    case 'display':
      return { screen, sittingId };
    default:
      return NOT_FOUND;
  }
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'home':
    case 'notFound':
      return '#/';
    case 'chair':
    case 'display':
      return route.sittingId === null ? `#/${route.screen}` : `#/${route.screen}/${encodeURIComponent(route.sittingId)}`;
    default:
      return `#/${route.screen}`;
  }
}
