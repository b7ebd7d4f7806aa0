import type { MembershipSummary, Site } from '../../protocol/generated';

/**
 * The sites a person operates: those whose operator is one of the person's site-operator memberships. Matching by
 * membership id (not by name) keeps two operators with the same full name from seeing each other's sites.
 */
export function sitesOperatedBy(sites: readonly Site[], memberships: readonly MembershipSummary[]): Site[] {
  const operatorIds = new Set(
    memberships.filter((membership) => membership.role === 'SITE_OPERATOR').map((membership) => membership.membershipId),
  );
  return sites.filter((site) => site.operatorMembershipId !== null && operatorIds.has(site.operatorMembershipId));
}
