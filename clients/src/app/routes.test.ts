import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './routes';

describe('hash routes', () => {
  it('reads every screen', () => {
    expect(parseRoute('#/login')).toEqual({ screen: 'login' });
    expect(parseRoute('#/delegate')).toEqual({ screen: 'delegate' });
    expect(parseRoute('#/secretariat')).toEqual({ screen: 'secretariat' });
    expect(parseRoute('#/site')).toEqual({ screen: 'site' });
    expect(parseRoute('#/chair/0b6e4c1a')).toEqual({ screen: 'chair', sittingId: '0b6e4c1a' });
    expect(parseRoute('#/display/0b6e4c1a-5d2f-4c3e-9a1b-7f8e6d5c4b3a')).toEqual({
      screen: 'display',
      sittingId: '0b6e4c1a-5d2f-4c3e-9a1b-7f8e6d5c4b3a',
    });
    expect(parseRoute('#/display')).toEqual({ screen: 'display', sittingId: null });
    expect(parseRoute('#/chair/')).toEqual({ screen: 'chair', sittingId: null });
  });

  it('sends an empty address home', () => {
    for (const hash of ['', '#', '#/', '#//']) {
      expect(parseRoute(hash), hash).toEqual({ screen: 'home' });
    }
  });

  it('tells an address that names no screen apart, without throwing on damaged ones', () => {
    const damaged = [
      '#/nowhere',
      '#/delegate/12',
      '#/chair/1/2',
      '#/secretariat/x/y/z',
      '#/display/%E0%A4%A',
      '#/display/%E0%A4%A8',
      '#/chair/<script>',
      '#/chair/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '#/chair/a b',
      '#%',
      '#/%',
      '#/delegate?x=1',
      `#/display/${'a'.repeat(65)}`,
    ];
    for (const hash of damaged) {
      expect(() => parseRoute(hash), hash).not.toThrow();
      expect(parseRoute(hash), hash).toEqual({ screen: 'notFound' });
    }
  });

  it('writes what it reads', () => {
    const routes: Route[] = [
      { screen: 'chair', sittingId: '0b6e4c1a-5d2f-4c3e-9a1b-7f8e6d5c4b3a' },
      { screen: 'display', sittingId: null },
      { screen: 'secretariat' },
      { screen: 'home' },
    ];
    for (const route of routes) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
    expect(routeHref({ screen: 'notFound' })).toBe('#/');
  });
});
