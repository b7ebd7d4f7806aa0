import { describe, expect, it } from 'vitest';
import { ApiFailure } from './apiFailure';
import { HttpClient, readCookie } from './http';

interface Call {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A server that sets the XSRF-TOKEN cookie when /api/auth/csrf is called, and records every request. */
function fakeServer(answer: (call: Call) => Response = () => Response.json({ ok: true }), { cookieReadable = true } = {}) {
  const calls: Call[] = [];
  let cookies = 'SESSION=abc';
  const fetchFake = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      path: String(input),
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body as string | undefined,
    };
    calls.push(call);
    if (call.path === '/api/auth/csrf') {
      cookies += '; XSRF-TOKEN=tok%2B1';
      return Response.json({ headerName: 'X-XSRF-TOKEN', token: 'masked-token' });
    }
    return answer(call);
  };
  const http = new HttpClient({ fetch: fetchFake as typeof fetch, readCookies: () => (cookieReadable ? cookies : '') });
  return {
    http,
    calls,
    setCookies: (value: string) => (cookies = value),
  };
}

describe('HTTP client', () => {
  it('sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN on POST, PUT and DELETE', async () => {
    const { http, calls, setCookies } = fakeServer();
    setCookies('SESSION=abc; XSRF-TOKEN=cookie-token');
    await http.post('/api/sittings/1/agenda/publish');
    await http.put('/api/sessions/1', { name: 'Kỳ họp' });
    await http.delete('/api/agenda-items/3');

    expect(calls.map((call) => [call.method, call.headers['X-XSRF-TOKEN']])).toEqual([
      ['POST', 'cookie-token'],
      ['PUT', 'cookie-token'],
      ['DELETE', 'cookie-token'],
    ]);
  });

  it('asks /api/auth/csrf once when the cookie is missing, then uses the cookie it set', async () => {
    const { http, calls } = fakeServer();
    await Promise.all([http.post('/api/a', {}), http.post('/api/b', {})]);
    await http.put('/api/c', {});

    expect(calls[0].path).toBe('/api/auth/csrf');
    expect(calls.map((call) => call.path).sort()).toEqual(['/api/a', '/api/auth/csrf', '/api/b', '/api/c']);
    expect(calls.slice(1).map((call) => call.headers['X-XSRF-TOKEN'])).toEqual(['tok+1', 'tok+1', 'tok+1']);
  });

  it('falls back to the token in the answer when the cookie cannot be read', async () => {
    const { http, calls } = fakeServer(undefined, { cookieReadable: false });
    await http.delete('/api/members/1');
    expect(calls.map((call) => [call.path, call.headers['X-XSRF-TOKEN']])).toEqual([
      ['/api/auth/csrf', undefined],
      ['/api/members/1', 'masked-token'],
    ]);
  });

  it('asks again after the session changed', async () => {
    const { http, calls, setCookies } = fakeServer();
    await http.post('/api/auth/login', {});
    setCookies('SESSION=new');
    http.forgetCsrfToken();
    await http.post('/api/auth/logout');
    expect(calls.map((call) => call.path)).toEqual(['/api/auth/csrf', '/api/auth/login', '/api/auth/csrf', '/api/auth/logout']);
  });

  it('sends no CSRF header and asks no token for GET', async () => {
    const { http, calls } = fakeServer();
    await http.get('/api/me');
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['X-XSRF-TOKEN']).toBeUndefined();
  });

  it('sends JSON with the session cookie', async () => {
    const { http, calls, setCookies } = fakeServer();
    setCookies('XSRF-TOKEN=t');
    await http.post('/api/auth/login', { username: 'thuky', password: 'mật khẩu' });
    expect(calls[0].headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(calls[0].body!)).toEqual({ username: 'thuky', password: 'mật khẩu' });
  });

  it('turns an ApiError answer into a failure carrying the Vietnamese message and field errors', async () => {
    const { http, setCookies } = fakeServer(() =>
      Response.json(
        {
          status: 400,
          code: 'validation',
          message: 'Dữ liệu không hợp lệ.',
          fields: [{ field: 'title', message: 'Tiêu đề không được để trống.' }],
        },
        { status: 400 },
      ),
    );
    setCookies('XSRF-TOKEN=t');
    const failure = await http.post('/api/sittings/1/agenda', {}).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).serverMessage).toBe('Dữ liệu không hợp lệ.');
    expect((failure as ApiFailure).fieldMessage('title')).toBe('Tiêu đề không được để trống.');
    expect((failure as ApiFailure).fieldMessage('place')).toBeNull();
  });

  it('reads Retry-After on throttling and survives a body that is not an ApiError', async () => {
    const { http } = fakeServer(() => new Response('<html>busy</html>', { status: 429, headers: { 'Retry-After': '30' } }));
    const failure = (await http.get('/api/me').catch((error: unknown) => error)) as ApiFailure;
    expect([failure.status, failure.code, failure.serverMessage, failure.retryAfterSeconds]).toEqual([429, 'unexpected', null, 30]);
  });

  it('reports a request that got no answer as a network failure', async () => {
    const http = new HttpClient({ fetch: (() => Promise.reject(new TypeError('offline'))) as typeof fetch, readCookies: () => '' });
    await expect(http.get('/api/me')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; XSRF-TOKEN=x%3Dy; b=2', 'XSRF-TOKEN')).toBe('x=y');
    expect(readCookie('NOT-XSRF-TOKEN=1', 'XSRF-TOKEN')).toBeNull();
  });
});
