/** The screens, addressed by the URL's hash (`#/chair/<sittingId>`) so the server serves one index.html. */
export type Route =
  | { screen: 'home' }
  | { screen: 'login' }
  | { screen: 'delegate' }
  | { screen: 'chair'; sittingId: string | null }
  | { screen: 'secretariat' }
  | { screen: 'display'; sittingId: string | null }
  | { screen: 'site' };

export function parseRoute(hash: string): Route {
  const [screen = '', sittingId = null, ...rest] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  if (rest.length > 0) {
    return { screen: 'home' };
  }
  switch (screen) {
    case 'login':
    case 'delegate':
    case 'secretariat':
    case 'site':
      return sittingId === null ? { screen } : { screen: 'home' };
    case 'chair':
    case 'display':
      return { screen, sittingId };
    default:
      return { screen: 'home' };
  }
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'chair':
    case 'display':
      return route.sittingId === null ? `#/${route.screen}` : `#/${route.screen}/${encodeURIComponent(route.sittingId)}`;
    default:
      return `#/${route.screen}`;
  }
}
