import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Params } from '../db/statement';

/**
 * The caller's reach in the union tree: its own org and everything below it.
 * Every repo method that reads or writes org-owned data takes an OrgScope and
 * adds its condition, so no route can forget it.
 */
export class OrgScope {
  constructor(
    readonly rootOrgId: string,
    /** Materialized path of the root org, '/a/b/'. */
    readonly rootPath: string,
  ) {}

  /** Condition: the org id in `column` lies inside this subtree. */
  ownsOrg(column: AnyPgColumn): SQL {
    return sql`${column} in (select o.id from orgs o where o.path like ${this.pathPrefix()})`;
  }

  /** Condition: the materialized path in `column` (a column, or a column named in SQL text) lies inside this subtree. */
  ownsPath(column: AnyPgColumn | SQL): SQL {
    return sql`${column} like ${this.pathPrefix()}`;
  }

  /** The same condition in SQL text, for statements written as text (db/statement.ts): `params` takes the value. */
  ownsPathText(column: string, params: Params): string {
    return `${column} like ${params.add(this.pathPrefix())}`;
  }

  /** Strictly below the root: what an admin of an ancestor may change. */
  isStrictlyBelow(path: string): boolean {
    return path.startsWith(this.rootPath) && path !== this.rootPath;
  }

  contains(path: string): boolean {
    return path.startsWith(this.rootPath);
  }

  private pathPrefix(): string {
    // Paths hold only uuids and slashes, so no LIKE metacharacters need escaping.
    return `${this.rootPath}%`;
  }
}

/** Used by system tasks (seeding, migrations) that act on the whole tree. */
export const SYSTEM_SCOPE = new OrgScope('system', '/');
