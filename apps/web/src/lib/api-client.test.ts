import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenPair } from '@bangfu/shared/auth';
import { apiRequest, buildUrl } from './api-client';
import { ApiError } from './api-error';
import { clearSession, getSession, peekSessionNotice, setSession } from './session';

const pair = (n: number): TokenPair => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  refreshToken: `refresh-token-${n}`,
  refreshTokenExpiresAt: '2030-01-01T00:00:00Z',
  tokenType: 'Bearer',
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const problem = (status: number, code: string) => ({ type: `urn:bangfu:problem:${code}`, code, title: code, status, requestId: 'r1' });

describe('apiRequest', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setSession(pair(1));
    sessionStorage.clear();
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    clearSession();
  });

  it('sends the bearer token and JSON body and parses the answer', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { id: 'x' }));
    await expect(apiRequest('POST', '/api/v1/orgs', { body: { name: 'n' } })).resolves.toEqual({ id: 'x' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/orgs');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer access-1');
    expect(init?.body).toBe('{"name":"n"}');
  });

  it('refreshes once for concurrent 401s, then retries each request with the new token', async () => {
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input);
      const auth = (init?.headers as Record<string, string>).Authorization;
      if (url === '/api/v1/auth/refresh') return json(200, pair(2));
      return auth === 'Bearer access-2' ? json(200, { url }) : json(401, problem(401, 'UNAUTHORIZED'));
    });
    const results = await Promise.all([apiRequest('GET', '/a'), apiRequest('GET', '/b'), apiRequest('GET', '/c')]);
    expect(results).toEqual([{ url: '/a' }, { url: '/b' }, { url: '/c' }]);
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(getSession()?.accessToken).toBe('access-2');
  });

  it('ends the session as expired when the refresh fails', async () => {
    fetchMock.mockImplementation(async (input) =>
      String(input) === '/api/v1/auth/refresh' ? json(401, problem(401, 'INVALID_REFRESH_TOKEN')) : json(401, problem(401, 'UNAUTHORIZED')),
    );
    await expect(apiRequest('GET', '/a')).rejects.toBeInstanceOf(ApiError);
    expect(getSession()).toBeNull();
    expect(peekSessionNotice()).toBe('expired');
  });

  it('does not refresh for the login call itself and exposes Retry-After', async () => {
    fetchMock.mockResolvedValueOnce(json(429, problem(429, 'TOO_MANY_REQUESTS'), { 'Retry-After': '900' }));
    const error = await apiRequest('POST', '/api/v1/auth/login', { auth: false, body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).retryAfter).toBe(900);
    expect((error as ApiError).code).toBe('TOO_MANY_REQUESTS');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('answers undefined for 204', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(apiRequest('POST', '/api/v1/auth/logout', { body: {} })).resolves.toBeUndefined();
  });

  it('turns a network failure into an ApiError with code NETWORK_ERROR', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(apiRequest('GET', '/a')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});

describe('buildUrl', () => {
  it('drops empty parameters', () => {
    expect(buildUrl('/x', { a: 1, b: undefined, c: '', d: null, e: false, q: '南山' })).toBe('/x?a=1&e=false&q=%E5%8D%97%E5%B1%B1');
    expect(buildUrl('/x', {})).toBe('/x');
  });
});
