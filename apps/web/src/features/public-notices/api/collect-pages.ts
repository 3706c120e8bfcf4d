/** A keyset page as the API sends it. */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every item of a keyset-paged list, page after page until nextCursor is null (the print view needs a
 * whole unit's part at once). Stops with an error rather than loop if the server repeats a cursor.
 */
export async function collectPages<T>(fetchPage: (cursor: string | null) => Promise<KeysetPage<T>>, maxPages = 10_000): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const page: KeysetPage<T> = await fetchPage(cursor);
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    if (seen.has(page.nextCursor)) throw new Error('The list repeats a page');
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
  throw new Error('The list has too many pages');
}
