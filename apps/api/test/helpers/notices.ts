import { expect } from 'vitest';
import type { TestContext } from './app';

/** Follows nextCursor to the end of a keyset-paged list; every page answers 200. */
export async function allPages<T>(fetchPage: (cursor: string | null) => Promise<{ statusCode: number; body: string; json: () => unknown }>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await fetchPage(cursor);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: T[]; nextCursor: string | null };
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
    expect(pages, 'paging does not end').toBeLessThan(10_000);
  } while (cursor);
  return { items, pages };
}

const qs = (query: Record<string, string | number | undefined>, cursor: string | null) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  if (cursor) params.set('cursor', cursor);
  const s = params.toString();
  return s ? `?${s}` : '';
};

/** Every item of a batch as staff see it (GET /notice-batches/:id/items, all pages). */
export async function batchItems<T = any>(t: TestContext, who: string, batchId: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
  return (await allPages<T>((cursor) => t.as(who, { method: 'GET', url: `/api/v1/notice-batches/${batchId}/items${qs(query, cursor)}` }))).items;
}

/** Every objection to a batch (GET /notice-batches/:id/objections, all pages). */
export async function batchObjections<T = any>(t: TestContext, who: string, batchId: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
  return (await allPages<T>((cursor) => t.as(who, { method: 'GET', url: `/api/v1/notice-batches/${batchId}/objections${qs(query, cursor)}` }))).items;
}

/** Every line of a public notice (GET /public/notices/:token/items, all pages, no login). */
export async function publicItems<T = any>(t: TestContext, token: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
  return (await allPages<T>((cursor) => t.app.inject({ method: 'GET', url: `/api/v1/public/notices/${token}/items${qs(query, cursor)}` }))).items;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A public notice answer shows no ID number (full or masked), phone, bank card, nor any of `secrets`.
 * Row ids are blanked first: a random uuid's digits ("…-18825132325f") look like a phone number often
 * enough to fail a run now and then.
 */
export function expectNothingPersonal(body: string, secrets: string[], label?: string) {
  const text = body.replace(UUID, '<id>');
  expect(text, label).not.toMatch(/\d{15}[\dXx]|\d{6}\*+\d{3}[\dX]/); // ID numbers, full or masked
  expect(text, label).not.toMatch(/1[3-9]\d{9}|1[3-9]\d\*{4}\d{4}/); // phones
  expect(text, label).not.toMatch(/\d{12,19}|\*{4} \*{4}/); // bank cards
  for (const secret of secrets) expect(text, label).not.toContain(secret);
}
