import type { Me, MembershipSummary, Role } from '../protocol/generated';
import type { Route } from './routes';

/** The app's screens a person may open, in the order of which one they land on after login. */
export type Workspace = 'chair' | 'secretariat' | 'delegate' | 'site' | 'display';

const WORKSPACE_ORDER: readonly Workspace[] = ['chair', 'secretariat', 'delegate', 'site', 'display'];

const ROLES_OF: Record<Workspace, readonly Role[]> = {
  chair: ['CHAIR'],
  secretariat: ['SECRETARIAT', 'ADMIN'],
  delegate: ['DELEGATE', 'CHAIR', 'GUEST', 'BALLOT_COMMITTEE'],
  site: ['SITE_OPERATOR'],
  display: ['ADMIN', 'SECRETARIAT', 'CHAIR', 'DELEGATE', 'SITE_OPERATOR', 'GUEST', 'OBSERVER', 'BALLOT_COMMITTEE'],
};

export function membershipsFor(me: Me, workspace: Workspace): MembershipSummary[] {
  return me.memberships.filter((membership) => ROLES_OF[workspace].includes(membership.role));
}

export function workspacesOf(me: Me): Workspace[] {
  return WORKSPACE_ORDER.filter(
    (workspace) => membershipsFor(me, workspace).length > 0 || (workspace === 'secretariat' && me.systemAdmin),
  );
}

/** Chair → chair console, secretariat/admin → secretariat, delegate → delegate view, operator → site, observer → display. */
export function homeRouteFor(me: Me): Route {
  const [first] = workspacesOf(me);
  switch (first) {
    case 'chair':
    case 'display':
      return { screen: first, sittingId: null };
    case undefined:
      return { screen: 'display', sittingId: null };
    default:
      return { screen: first };
  }
}

export function routeWorkspace(route: Route): Workspace | null {
  switch (route.screen) {
    case 'home':
    case 'login':
    case 'notFound':
      return null;
    default:
      return route.screen;
  }
}
