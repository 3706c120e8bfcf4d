import type { ReactNode } from 'react';

/** A column of a paper table: its heading, and whether it holds figures (right-aligned). */
export interface SheetColumn {
  title: ReactNode;
  num?: boolean;
}

/**
 * One plain table of a printed report: a header row, a row per line (cells in column order), a row
 * saying `empty` when there are none, and an optional bold total row.
 */
export function SheetTable({ columns, rows, empty, total }: { columns: SheetColumn[]; rows: { key: string; cells: ReactNode[] }[]; empty?: ReactNode; total?: ReactNode[] }) {
  const cls = (i: number) => (columns[i]?.num ? 'num' : undefined);
  return (
    <table>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} className={cls(i)}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((cell, i) => (
              <td key={i} className={cls(i)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
        {total && (
          <tr>
            {total.map((cell, i) => (
              <th key={i} className={cls(i)}>
                {cell}
              </th>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}
