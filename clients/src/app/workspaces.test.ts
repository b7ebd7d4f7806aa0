import { describe, expect, it } from 'vitest';
import type { Me, Role } from '../protocol/generated';
import { homeRouteFor, membershipsFor, workspacesOf } from './workspaces';

function me(roles: Role[], systemAdmin = false): Me {
  return {
    accountId: 'acc-1',
    username: 'user',
    fullName: 'Nguyễn Văn An',
    systemAdmin,
    mustChangePassword: false,
    memberships: roles.map((role, index) => ({
      membershipId: `mem-${index}`,
      organisationId: `org-${index}`,
      organisationName: `HĐND ${index}`,
      role,
    })),
  };
}

describe('where people land after login', () => {
  it('sends each role to its own screen', () => {
    expect(homeRouteFor(me(['CHAIR']))).toEqual({ screen: 'chair', sittingId: null });
    expect(homeRouteFor(me(['SECRETARIAT']))).toEqual({ screen: 'secretariat' });
    expect(homeRouteFor(me(['ADMIN']))).toEqual({ screen: 'secretariat' });
    expect(homeRouteFor(me(['DELEGATE']))).toEqual({ screen: 'delegate' });
    expect(homeRouteFor(me(['SITE_OPERATOR']))).toEqual({ screen: 'site' });
    expect(homeRouteFor(me(['OBSERVER']))).toEqual({ screen: 'display', sittingId: null });
  });

  it('sends a system administrator without memberships to the secretariat', () => {
    expect(homeRouteFor(me([], true))).toEqual({ screen: 'secretariat' });
  });

  it('prefers the chair console for a chair who is also a delegate', () => {
    expect(homeRouteFor(me(['DELEGATE', 'CHAIR']))).toEqual({ screen: 'chair', sittingId: null });
    expect(workspacesOf(me(['DELEGATE', 'CHAIR']))).toEqual(['chair', 'delegate', 'display']);
  });

  it('lists the organisations in which a person may use a screen', () => {
    const person = me(['DELEGATE', 'SITE_OPERATOR']);
    expect(membershipsFor(person, 'delegate').map((m) => m.organisationId)).toEqual(['org-0']);
    expect(membershipsFor(person, 'chair')).toEqual([]);
  });
});
