import { describe, expect, it } from 'vitest';
import type { MembershipSummary, Role, Site } from '../../protocol/generated';
import { sitesOperatedBy } from './operatedSites';

const site = (id: string, operatorMembershipId: string | null, operatorName: string | null): Site => ({
  id,
  organisationId: 'org-1',
  name: `Điểm cầu ${id}`,
  level: 'commune',
  parentId: null,
  kind: 'MEETING_ROOM',
  operatorMembershipId,
  operatorName,
  version: 0,
});

const membership = (membershipId: string, role: Role = 'SITE_OPERATOR'): MembershipSummary => ({
  membershipId,
  organisationId: 'org-1',
  organisationName: 'HĐND tỉnh Quảng Nam',
  role,
});

describe('the sites an operator runs', () => {
  // Two different people called Trần Thị Thuật operate sites: only the membership id tells them apart.
  const sites = [
    site('hall', null, null),
    site('other', 'm-le', 'Lê Văn Kỹ'),
    site('mine', 'm-tran', 'Trần Thị Thuật'),
    site('also', 'm-tran', 'Trần Thị Thuật'),
    site('namesake', 'm-tran-2', 'Trần Thị Thuật'),
  ];

  it('are those whose operator is one of the person’s memberships, not a namesake’s', () => {
    expect(sitesOperatedBy(sites, [membership('m-tran')]).map((found) => found.id)).toEqual(['mine', 'also']);
  });

  it('come from every site-operator membership the person has', () => {
    expect(sitesOperatedBy(sites, [membership('m-tran'), membership('m-le')]).map((found) => found.id)).toEqual([
      'other',
      'mine',
      'also',
    ]);
  });

  it('ignore memberships in other roles', () => {
    expect(sitesOperatedBy(sites, [membership('m-tran', 'DELEGATE')])).toEqual([]);
  });

  it('are none when no site names one of the person’s memberships', () => {
    expect(sitesOperatedBy(sites, [membership('m-nguyen')])).toEqual([]);
  });
});
