import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './routes';

describe('hash routes', () => {
  it('reads every screen', () => {
    expect(parseRoute('#/login')).toEqual({ screen: 'login' });
    expect(parseRoute('#/delegate')).toEqual({ screen: 'delegate' });
    expect(parseRoute('#/secretariat')).toEqual({ screen: 'secretariat' });
    expect(parseRoute('#/site')).toEqual({ screen: 'site' });
    expect(parseRoute('#/chair/0b6e4c1a')).toEqual({ screen: 'chair', sittingId: '0b6e4c1a' });
    expect(parseRoute('#/display/0b6e4c1a')).toEqual({ screen: 'display', sittingId: '0b6e4c1a' });
    expect(parseRoute('#/display')).toEqual({ screen: 'display', sittingId: null });
  });

  it('sends anything else home', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/delegate/12', '#/chair/1/2']) {
      expect(parseRoute(hash)).toEqual({ screen: 'home' });
    }
  });

  it('writes what it reads', () => {
    const routes: Route[] = [
      { screen: 'chair', sittingId: 'a b/c' },
      { screen: 'display', sittingId: null },
      { screen: 'secretariat' },
      { screen: 'home' },
    ];
    for (const route of routes) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
