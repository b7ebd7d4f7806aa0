// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Site } from '../../protocol/generated';
import { aPerson, fakeApi, mount, testServices, unmount } from '../../testing/testApp';
import { SiteScreen } from './SiteScreen';

const site = (id: string, operatorMembershipId: string | null): Site => ({
  id,
  organisationId: 'org-1',
  name: `Điểm cầu ${id}`,
  level: 'commune',
  parentId: null,
  kind: 'MEETING_ROOM',
  operatorMembershipId,
  // The same full name as the signed-in operator on every site: only the membership tells whose site it is.
  operatorName: 'Nguyễn Thị Bình',
  version: 0,
});

describe('site operator screen', () => {
  let container: HTMLElement;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('shows the sites of the operator’s own membership, not those of a namesake', async () => {
    const api = fakeApi({
      sites: async () => [site('xa-binh-minh', 'mem-1'), site('xa-an-hoa', 'mem-other')],
      sessions: async () => [],
    });
    const { services } = testServices(api);
    container = await mount(<SiteScreen me={aPerson('SITE_OPERATOR')} />, services);
    const names = [...container.querySelectorAll('[data-testid="site-name"]')].map((found) => found.textContent);
    expect(names).toEqual(['Điểm cầu xa-binh-minh']);
  });
});
