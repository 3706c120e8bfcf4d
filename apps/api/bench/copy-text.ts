import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Rows → PostgreSQL COPY text format for one table. The column list is the keys of the rows (every
 * row must have the same keys), named as the app's Drizzle casing (snake_case) names them.
 */
export interface CopyChunk {
  table: string;
  columns: string[];
  text: string;
  rows: number;
}

function escape(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function encode(value: unknown, column: Column): string {
  if (value === null || value === undefined) return '\\N';
  if (column.columnType === 'PgJsonb' || column.columnType === 'PgJson') return escape(JSON.stringify(value));
  if (Array.isArray(value)) return `{${value.map((v) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return escape(String(value));
}

export function copyChunk(table: PgTable, rows: Record<string, unknown>[]): CopyChunk | null {
  if (!rows.length) return null;
  const all = getTableColumns(table) as Record<string, Column>;
  const keys = Object.keys(rows[0]!);
  const cols = keys.map((k) => {
    const column = all[k];
    if (!column) throw new Error(`${getTableName(table)} has no column ${k}`);
    return column;
  });
  let text = '';
  for (const row of rows) {
    if (Object.keys(row).length !== keys.length) throw new Error(`rows of ${getTableName(table)} differ in their columns`);
    let line = '';
    for (let i = 0; i < keys.length; i++) line += (i ? '\t' : '') + encode(row[keys[i]!], cols[i]!);
    text += `${line}\n`;
  }
  return { table: getTableName(table), columns: cols.map((c) => (c.keyAsName ? toSnakeCase(c.name) : c.name)), text, rows: rows.length };
}
