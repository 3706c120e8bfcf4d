import type { PageOf } from '@bangfu/shared/common';

/** Rows per request for keyset-paged lists ("load more" asks for the next page with nextCursor). */
export const PAGE_SIZE = 20;

export function flattenPages<T>(pages: readonly PageOf<T>[] | undefined): T[] {
  return pages?.flatMap((page) => page.items) ?? [];
}
