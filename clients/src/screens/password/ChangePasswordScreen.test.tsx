// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../api/apiFailure';
import { App } from '../../app/App';
import type { PasswordChange } from '../../protocol/generated';
import { aPerson, byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../../testing/testApp';
import { ChangePasswordScreen, checkPasswords } from './ChangePasswordScreen';

describe('changing one’s password', () => {
  let container: HTMLElement;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    if (container) {
      unmount(container);
    }
    vi.useRealTimers();
    window.location.hash = '';
  });

  async function fill(current: string, next: string, repeated = next) {
    await type(byTestId(container, 'field-currentPassword'), current);
    await type(byTestId(container, 'field-newPassword'), next);
    await type(byTestId(container, 'field-repeated'), repeated);
    await click(byTestId(container, 'password-submit'));
  }

  it('checks length and the repeated password before asking the server', () => {
    expect(checkPasswords({ currentPassword: 'cũ', newPassword: 'ngắn', repeated: 'ngắn' }).newPassword?.key).toBe(
      'validation.minLength',
    );
    expect(checkPasswords({ currentPassword: 'cũ', newPassword: 'Sông Hương về chiều', repeated: 'khác' }).repeated?.key).toBe(
      'password.mismatch',
    );
    expect(checkPasswords({ currentPassword: 'cũ', newPassword: 'Sông Hương về chiều', repeated: 'Sông Hương về chiều' })).toEqual({});
  });

  it('shows the server’s refusal next to the new password', async () => {
    const message = 'Mật khẩu này quá phổ biến, người khác dễ đoán ra. Vui lòng chọn mật khẩu khác.';
    const api = fakeApi({
      changePassword: () =>
        Promise.reject(new ApiFailure(400, 'password_too_common', message, [{ field: 'newPassword', code: 'password_too_common', message }], null)),
    });
    container = await mount(<ChangePasswordScreen forced={false} onChanged={() => undefined} />, testServices(api).services);
    await fill('mat-khau-cu-dai', 'Password2026!');
    expect(byTestId(container, 'change-password').textContent).toContain(message);
  });

  it('after a login with a password someone else set, shows only this screen and no live connection, then the person’s own', async () => {
    window.location.hash = '#/delegate';
    const changes: PasswordChange[] = [];
    const api = fakeApi({
      me: async () => aPerson('SECRETARIAT', { mustChangePassword: true }),
      changePassword: async (change) => {
        changes.push(change);
        return aPerson('SECRETARIAT');
      },
      organisations: async () => [],
    });
    const { services, sockets } = testServices(api);
    container = await mount(<App services={services} />);

    expect(byTestId(container, 'password-required').textContent).toBe(
      'Mật khẩu của bạn do người khác đặt. Vui lòng chọn mật khẩu mới trước khi tiếp tục.',
    );
    expect(container.querySelector('[data-testid="change-password-open"]')).toBeNull();
    expect(sockets.sockets).toHaveLength(0);

    await fill('mat-khau-tam-thoi', 'Sông Hương về chiều');
    await settle();

    expect(changes).toEqual([{ currentPassword: 'mat-khau-tam-thoi', newPassword: 'Sông Hương về chiều' }]);
    expect(container.querySelector('[data-testid="change-password"]')).toBeNull();
    expect(sockets.sockets).toHaveLength(1);
  });

  it('opens from the header and goes back without a change', async () => {
    window.location.hash = '#/secretariat';
    const api = fakeApi({ me: async () => aPerson('SECRETARIAT'), organisations: async () => [], sessions: async () => [] });
    container = await mount(<App services={testServices(api).services} />);

    await click(byTestId(container, 'change-password-open'));
    expect(byTestId(container, 'change-password').querySelector('h1')?.textContent).toBe('Đổi mật khẩu');
    expect(container.querySelector('[data-testid="password-required"]')).toBeNull();

    const cancel = [...byTestId(container, 'change-password').querySelectorAll('button')].find((b) => b.textContent === 'Hủy');
    await click(cancel!);
    expect(container.querySelector('[data-testid="change-password"]')).toBeNull();
  });
});
