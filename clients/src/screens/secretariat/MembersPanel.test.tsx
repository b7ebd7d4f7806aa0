// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../api/apiFailure';
import type { Member, MemberForm } from '../../protocol/generated';
import { byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../../testing/testApp';
import { MembersPanel } from './MembersPanel';

function member(membershipId: string, fullName: string): Member {
  return {
    membershipId,
    personId: `person-${membershipId}`,
    fullName,
    title: null,
    role: 'DELEGATE',
    delegationId: null,
    delegationName: null,
    username: membershipId,
    version: 0,
    mandateFrom: null,
    mandateUntil: null,
    siteId: null,
    siteName: null,
  };
}

describe('members panel', () => {
  let container: HTMLElement;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('lists members by given name and shows markup in a name as plain text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const api = fakeApi({
      members: async () => [member('m1', 'Trần Văn Cường'), member('m2', hostile), member('m3', 'Nguyễn Thị An')],
      delegations: async () => [],
    });
    container = await mount(<MembersPanel organisationId="org-1" />, testServices(api).services);

    const list = byTestId(container, 'member-list');
    const names = [...list.querySelectorAll('tbody tr')].map((row) => row.querySelector('td')?.textContent);
    expect(names).toEqual(['Nguyễn Thị An', 'Trần Văn Cường', hostile]);
    expect(list.querySelector('img')).toBeNull();
  });

  it('loads the list again when another desk changes the members of this council, and only then', async () => {
    let loads = 0;
    const api = fakeApi({
      members: async () => (++loads === 1 ? [member('m1', 'Nguyễn Thị An')] : [member('m1', 'Nguyễn Thị An'), member('m2', 'Lê Văn Mới')]),
      delegations: async () => [],
    });
    const { services, sockets } = testServices(api);
    services.realtime.start();
    sockets.latest.accept();
    container = await mount(<MembersPanel organisationId="org-1" />, services);
    expect(byTestId(container, 'member-list').querySelectorAll('tbody tr')).toHaveLength(1);

    sockets.latest.deliver({ type: 'organisation.changed', organisationId: 'org-2', list: 'MEMBERS' });
    sockets.latest.deliver({ type: 'organisation.changed', organisationId: 'org-1', list: 'SITES' });
    await settle();
    expect(loads).toBe(1);

    sockets.latest.deliver({ type: 'organisation.changed', organisationId: 'org-1', list: 'MEMBERS' });
    await settle();
    expect(loads).toBe(2);
    expect(byTestId(container, 'member-list').querySelectorAll('tbody tr')).toHaveLength(2);
    services.realtime.stop();
  });

  it('keeps the buttons cell an ordinary table cell, so its border lines up with the rest of the row', async () => {
    const api = fakeApi({ members: async () => [member('m1', 'Nguyễn Thị An')], delegations: async () => [] });
    container = await mount(<MembersPanel organisationId="org-1" />, testServices(api).services);

    const cell = byTestId(container, 'member-m1').lastElementChild!;
    expect(cell.tagName).toBe('TD');
    expect(cell.classList.contains('row-actions')).toBe(false);
    expect(cell.querySelector('.row-actions')?.querySelector('[aria-label="Sửa Nguyễn Thị An"]')).not.toBeNull();
  });

  it('checks fields as they are typed and shows the server message next to its field', async () => {
    const sent: MemberForm[] = [];
    const api = fakeApi({
      members: async () => [],
      delegations: async () => [],
      createMember: async (_organisationId, form) => {
        sent.push(form);
        throw new ApiFailure(400, 'invalid', 'Dữ liệu chưa hợp lệ.', [
          { field: 'username', code: 'username_taken', message: 'Tên đăng nhập đã được dùng.' },
        ], null);
      },
    });
    container = await mount(<MembersPanel organisationId="org-1" />, testServices(api).services);
    const form = byTestId(container, 'member-form');
    const username = byTestId<HTMLInputElement>(form, 'field-username');

    await type(username, 'ab');
    const describedBy = username.getAttribute('aria-describedby')!;
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(describedBy)?.textContent).toBe('Tối thiểu 3 ký tự.');

    await type(username, 'binh.nt');
    await type(byTestId(form, 'field-fullName'), 'Nguyễn Thị Bình');
    await type(byTestId(form, 'field-password'), 'mat-khau-dai');
    await click(byTestId(form, 'form-submit'));
    await settle();

    expect(sent).toHaveLength(1);
    expect(document.getElementById(username.getAttribute('aria-describedby')!)?.textContent).toBe('Tên đăng nhập đã được dùng.');
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Dữ liệu chưa hợp lệ.');

    await type(username, 'binh.nt2');
    expect(username.hasAttribute('aria-invalid')).toBe(false);
  });
});
