import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routeHref, type Route } from './routes';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

/** Goes to a route without adding a history entry (redirects such as "home" → the user's own screen). */
export function replaceRoute(route: Route): void {
  window.location.replace(routeHref(route));
}
