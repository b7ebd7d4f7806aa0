import type { CsrfToken } from '../protocol/generated';
import { ApiFailure } from './apiFailure';

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

export interface HttpDeps {
  fetch: typeof fetch;
  /** `document.cookie` in the browser. */
  readCookies: () => string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * JSON over fetch with the session cookie. Every POST/PUT/DELETE carries the CSRF token the server keeps in the
 * `XSRF-TOKEN` cookie; when the cookie is missing (first visit, or just after login/logout, which renew it),
 * `GET /api/auth/csrf` is asked once to set it.
 */
export class HttpClient {
  private csrfRequest: Promise<CsrfToken> | null = null;

  constructor(private readonly deps: HttpDeps) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  delete(path: string): Promise<void> {
    return this.request<void>('DELETE', path);
  }

  /** A multipart/form-data POST (files); the browser writes the boundary into the content type itself. */
  postForm<T>(path: string, form: FormData): Promise<T> {
    return this.request<T>('POST', path, form);
  }

  /**
   * A file (a page as a PDF, say): its bytes, or the server's refusal as an {@link ApiFailure} like any other call.
   * @param accept the file's media type
   */
  async getBytes(path: string, accept: string): Promise<ArrayBuffer> {
    let response: Response;
    try {
      response = await this.deps.fetch(path, { method: 'GET', headers: { Accept: `${accept}, application/json` }, credentials: 'same-origin' });
    } catch {
      throw ApiFailure.network();
    }
    if (!response.ok) {
      throw await ApiFailure.fromResponse(response);
    }
    try {
      return await response.arrayBuffer();
    } catch {
      throw ApiFailure.network();
    }
  }

  /** The server renews the token when the session changes (login, logout): ask for it again when needed. */
  forgetCsrfToken(): void {
    this.csrfRequest = null;
  }

  private async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const form = body instanceof FormData;
    if (body !== undefined && !form) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
      headers[CSRF_HEADER] = await this.csrfToken();
    }
    let response: Response;
    try {
      response = await this.deps.fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : form ? (body as FormData) : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      throw ApiFailure.network();
    }
    if (!response.ok) {
      throw await ApiFailure.fromResponse(response);
    }
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }

  private async csrfToken(): Promise<string> {
    const fromCookie = readCookie(this.deps.readCookies(), CSRF_COOKIE);
    if (fromCookie !== null) {
      return fromCookie;
    }
    this.csrfRequest ??= this.get<CsrfToken>('/api/auth/csrf');
    let issued: CsrfToken;
    try {
      issued = await this.csrfRequest;
    } catch (failure) {
      this.csrfRequest = null;
      throw failure;
    }
    return readCookie(this.deps.readCookies(), CSRF_COOKIE) ?? issued.token;
  }
}

export function readCookie(cookies: string, name: string): string | null {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      const value = decodeURIComponent(pair.slice(separator + 1).trim());
      return value === '' ? null : value;
    }
  }
  return null;
}
