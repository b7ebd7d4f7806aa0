// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../api/apiFailure';
import type { LoginRequest, Me } from '../../protocol/generated';
import { aPerson, byTestId, click, fakeApi, mount, testServices, type, unmount } from '../../testing/testApp';
import { LoginScreen } from './LoginScreen';

describe('login', () => {
  let container: HTMLElement;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  async function signIn(answer: (request: LoginRequest) => Promise<Me>) {
    const signedIn: Me[] = [];
    container = await mount(<LoginScreen onSignedIn={(me) => signedIn.push(me)} />, testServices(fakeApi({ login: answer })).services);
    await type(byTestId(container, 'login-username'), ' chutoa ');
    await type(byTestId(container, 'login-password'), 'mật khẩu');
    await click(byTestId(container, 'login-submit'));
    return signedIn;
  }

  it('signs in with the trimmed username', async () => {
    const requests: LoginRequest[] = [];
    const signedIn = await signIn(async (request) => {
      requests.push(request);
      return aPerson('CHAIR');
    });
    expect(requests).toEqual([{ username: 'chutoa', password: 'mật khẩu' }]);
    expect(signedIn.map((me) => me.fullName)).toEqual(['Nguyễn Thị Bình']);
  });

  it('says so in Vietnamese when the password is wrong', async () => {
    await signIn(() => Promise.reject(new ApiFailure(401, 'bad_credentials', 'Sai thông tin đăng nhập.', [], null)));
    expect(byTestId(container, 'login-error').textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('shows the server throttling message, which says how long to wait', async () => {
    const message = 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.';
    await signIn(() => Promise.reject(new ApiFailure(429, 'too_many_attempts', message, [], null)));
    expect(byTestId(container, 'login-error').textContent).toBe(message);
  });

  it('asks to wait in its own words when the throttling answer has no message', async () => {
    await signIn(() => Promise.reject(new ApiFailure(429, 'unexpected', null, [], 60)));
    expect(byTestId(container, 'login-error').textContent).toBe(
      'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau 60 giây.',
    );
  });

  it('says how long to wait from the Retry-After of a throttled answer, in the chosen language', async () => {
    const message = 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút.';
    await signIn(() => Promise.reject(new ApiFailure(429, 'too_many_attempts', message, [], 120)));
    expect(byTestId(container, 'login-error').textContent).toBe(
      'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau 2 phút.',
    );
    unmount(container);
    await signIn(() => Promise.reject(new ApiFailure(429, 'too_many_attempts', message, [], 30)));
    expect(byTestId(container, 'login-error').textContent).toBe(
      'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau 30 giây.',
    );
  });

  it('asks to try again shortly when the server is busy checking other logins', async () => {
    await signIn(() => Promise.reject(new ApiFailure(503, 'login_busy', 'Máy chủ đang bận.', [], 1)));
    expect(byTestId(container, 'login-error').textContent).toBe(
      'Máy chủ đang bận kiểm tra nhiều lượt đăng nhập. Vui lòng thử lại sau 1 giây.',
    );
  });

  it('does not call the server with empty fields', async () => {
    const login = vi.fn();
    container = await mount(<LoginScreen onSignedIn={() => undefined} />, testServices(fakeApi({ login })).services);
    await click(byTestId(container, 'login-submit'));
    expect(login).not.toHaveBeenCalled();
    expect(byTestId(container, 'login-username').getAttribute('aria-invalid')).toBe('true');
  });
});
