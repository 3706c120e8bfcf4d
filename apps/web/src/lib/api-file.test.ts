import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, apiFile, filenameOfDisposition } from './api-client';
import { ApiError } from './api-error';
import { clearSession, setSession } from './session';

describe('filenameOfDisposition', () => {
  it('prefers the UTF-8 name, decoded', () => {
    expect(filenameOfDisposition(`attachment; filename="report.xlsx"; filename*=UTF-8''2026%E5%B9%B4%E5%BA%A6.xlsx`)).toBe('2026年度.xlsx');
  });
  it('takes the plain name, quoted or not', () => {
    expect(filenameOfDisposition('attachment; filename="BB2026-0001.csv"')).toBe('BB2026-0001.csv');
    expect(filenameOfDisposition('attachment; filename=ledger.csv')).toBe('ledger.csv');
  });
  it('is null without a name', () => {
    expect(filenameOfDisposition(null)).toBeNull();
    expect(filenameOfDisposition('inline')).toBeNull();
  });
});

describe('files and uploads', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setSession({ accessToken: 'a1', accessTokenExpiresAt: '2030-01-01T00:00:00Z', refreshToken: 'refresh-token-1', refreshTokenExpiresAt: '2030-01-01T00:00:00Z', tokenType: 'Bearer' });
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    clearSession();
  });

  it('downloads bytes with the token and the suggested name', async () => {
    fetchMock.mockResolvedValueOnce(new Response('a,b\r\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="x.csv"' } }));
    const file = await apiFile('/api/v1/bank-batches/1/file', { format: 'csv' });
    expect(await file.blob.text()).toBe('a,b\r\n');
    expect(file.filename).toBe('x.csv');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/bank-batches/1/file?format=csv');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer a1');
  });

  it('turns a refused download into the problem', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ type: 't', code: 'NOT_FOUND', title: 'Not Found', status: 404, requestId: 'r' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    await expect(apiFile('/api/v1/x')).rejects.toBeInstanceOf(ApiError);
  });

  it('sends a FormData upload as it is, without a JSON content type', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ id: 'v1' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'voucher.pdf');
    await expect(api.upload('/api/v1/payment-vouchers', form)).resolves.toEqual({ id: 'v1' });
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(init?.body).toBe(form);
    expect((init?.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });
});
