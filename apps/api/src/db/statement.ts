import pg from 'pg';
import type { Executor } from './client';

/**
 * A statement as PostgreSQL receives it: text with $1, $2 … and their values. For the few hot reads
 * (the file search) that are written as SQL text and sent to the driver directly: composing drizzle's
 * `sql` fragments and running them through its session cost about 0.15 ms a search, as much as
 * everything else the API does around a search (docs/benchmarks.md).
 */
export interface Statement {
  text: string;
  values: unknown[];
}

/** Collects a statement's values: `add(v)` keeps v and returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// Dates, timestamps and intervals come back as PostgreSQL prints them, as drizzle's sessions return them
// (bigint too, as the pg pool is set up in client.ts; PGlite keeps its own).
const AS_TEXT = [1082, 1114, 1184, 1186, 1231, 1115, 1185, 1187, 1182];
const asText = (value: string) => value;
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (AS_TEXT.includes(oid) ? asText : pg.types.getTypeParser(oid, format)),
};
const pgliteParsers = Object.fromEntries(AS_TEXT.map((oid) => [oid, asText]));

interface PgliteLike {
  query<R>(text: string, values: unknown[], options: { parsers: Record<number, (value: string) => unknown> }): Promise<{ rows: R[] }>;
}

/**
 * The rows of one statement, on the database or inside a transaction, with either driver. The driver's
 * client is the one drizzle's session holds: the pool (or the transaction's connection) for PostgreSQL,
 * the PGlite instance (or its transaction) for PGlite.
 */
export async function queryRows<R>(exec: Executor, statement: Statement): Promise<R[]> {
  const client = (exec as unknown as { session: { client: unknown } }).session.client;
  if (client instanceof pg.Pool || client instanceof pg.Client) {
    const result = await client.query<R & pg.QueryResultRow>({ text: statement.text, values: statement.values, types: pgTypes });
    return result.rows;
  }
  const result = await (client as PgliteLike).query<R>(statement.text, statement.values, { parsers: pgliteParsers });
  return result.rows;
}
