import type { Clock } from '../../lib/clock';

/**
 * A short-lived cache of the rows behind access tokens (user, roles, org), so a request does not
 * look its caller up again for every call: at most `ttlMs` old (default 5 s, PRINCIPAL_CACHE_SECONDS;
 * 0 turns it off). The services that change what a principal is made of forget the cached rows
 * after their transaction commits — a user's roles, activity, password or org (users.service,
 * auth.service), any org's name, level or place in the tree (orgs.service: all rows) — so within
 * this process a change takes effect on the next request. Another process may serve the old row
 * for up to the window (docs/security.md). API keys are not cached.
 */
export interface PrincipalCache<Row> {
  get(userId: string): Row | undefined;
  put(userId: string, row: Row): void;
  /** After a change to this user. */
  forget(userId: string): void;
  /** After a change that may touch many users (an org renamed or moved). */
  clear(): void;
}

const MAX_ENTRIES = 10_000;

export function createPrincipalCache<Row>(clock: Clock, ttlMs: number): PrincipalCache<Row> {
  const rows = new Map<string, { row: Row; until: number }>();
  if (ttlMs <= 0) return { get: () => undefined, put: () => {}, forget: () => {}, clear: () => {} };
  return {
    get(userId) {
      const hit = rows.get(userId);
      if (!hit) return undefined;
      if (clock().getTime() >= hit.until) {
        rows.delete(userId);
        return undefined;
      }
      return hit.row;
    },
    put(userId, row) {
      rows.delete(userId);
      if (rows.size >= MAX_ENTRIES) rows.delete(rows.keys().next().value!); // the oldest entry
      rows.set(userId, { row, until: clock().getTime() + ttlMs });
    },
    forget: (userId) => void rows.delete(userId),
    clear: () => rows.clear(),
  };
}

/** What the services that change users and orgs need: to forget, never to read. */
export type PrincipalInvalidation = Pick<PrincipalCache<unknown>, 'forget' | 'clear'>;
export const NO_INVALIDATION: PrincipalInvalidation = { forget: () => {}, clear: () => {} };
