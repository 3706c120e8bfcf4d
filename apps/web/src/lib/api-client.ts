import type { Problem } from '@bangfu/shared/common';
import type { TokenPair } from '@bangfu/shared/auth';
import { ApiError } from './api-error';
import { clearSession, getSession, setSession } from './session';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  body?: unknown;
  query?: QueryParams;
  /** false for the login and refresh calls themselves: no token, no refresh on 401. */
  auth?: boolean;
  signal?: AbortSignal;
  /** The Accept header; JSON unless a file is asked for. */
  accept?: string;
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get('Retry-After');
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
  let problem: Problem | null = null;
  if ((response.headers.get('Content-Type') ?? '').includes('json')) {
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = null;
    }
  }
  return new ApiError(
    problem ?? {
      type: 'about:blank',
      code: `HTTP_${response.status}`,
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      requestId: response.headers.get('X-Request-Id') ?? '',
    },
    retryAfter,
  );
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  // A FormData body (an upload) sets its own multipart Content-Type with the boundary.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  const token = options.auth === false ? null : getSession()?.accessToken;
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      type: 'about:blank',
      code: 'NETWORK_ERROR',
      title: 'Network error',
      status: 0,
      detail: error instanceof Error ? error.message : String(error),
      requestId: '',
    });
  }
}

let refreshing: Promise<boolean> | null = null;

/** Rotates the token pair once, however many requests hit 401 at the same time (single flight). */
function refreshOnce(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = getSession()?.refreshToken;
    if (!refreshToken) return false;
    try {
      const response = await send('POST', '/api/v1/auth/refresh', { auth: false, body: { refreshToken } });
      if (!response.ok) return false;
      setSession((await response.json()) as TokenPair);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Sends the request with the bearer token, one refresh-and-retry on 401; a non-2xx answer throws its problem. */
async function authorizedResponse(method: string, path: string, options: RequestOptions): Promise<Response> {
  const usedToken = getSession()?.accessToken;
  let response = await send(method, path, options);
  if (response.status === 401 && options.auth !== false && usedToken) {
    // Another request may already have rotated the token while this one was in flight.
    const rotated = getSession()?.accessToken !== usedToken || (await refreshOnce());
    if (!rotated) {
      clearSession('expired');
      throw await toApiError(response);
    }
    response = await send(method, path, options);
    if (response.status === 401) clearSession('expired');
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** Calls the API: JSON in and out (or a FormData upload in), bearer token attached, one refresh-and-retry on 401. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await authorizedResponse(method, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The file name a Content-Disposition header gives (RFC 6266 filename* first), else null. */
export function filenameOfDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? name.trim() : null;
}

/** A file from the API (XLSX, CSV): its bytes and the name the server suggests. */
export async function apiFile(path: string, query?: QueryParams): Promise<{ blob: Blob; filename: string | null }> {
  const response = await authorizedResponse('GET', path, { query, accept: '*/*' });
  return { blob: await response.blob(), filename: filenameOfDisposition(response.headers.get('Content-Disposition')) };
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
    apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
  /** multipart/form-data upload (vouchers, attachments). */
  upload: <T>(path: string, form: FormData) => apiRequest<T>('POST', path, { body: form }),
};
