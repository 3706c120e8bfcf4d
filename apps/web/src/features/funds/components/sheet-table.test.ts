import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SheetTable } from './sheet-table';

const columns = [{ title: '来源' }, { title: '金额', num: true }];

describe('SheetTable (printed report tables)', () => {
  it('puts each cell under its column, figures right-aligned, and the total row in bold cells', () => {
    const html = renderToStaticMarkup(
      createElement(SheetTable, { columns, rows: [{ key: 'a', cells: ['工会经费', '1,000.00'] }], total: ['合计', '1,000.00'] }),
    );
    expect(html).toContain('<thead><tr><th>来源</th><th class="num">金额</th></tr></thead>');
    expect(html).toContain('<tr><td>工会经费</td><td class="num">1,000.00</td></tr>');
    expect(html).toContain('<tr><th>合计</th><th class="num">1,000.00</th></tr>');
  });

  it('says so in one full-width row when there are no lines, and only when asked', () => {
    expect(renderToStaticMarkup(createElement(SheetTable, { columns, rows: [], empty: '无' }))).toContain('<tr><td colSpan="2">无</td></tr>');
    expect(renderToStaticMarkup(createElement(SheetTable, { columns, rows: [] }))).toContain('<tbody></tbody>');
  });
});

describe('AnnualReportSheet', () => {
  it('prints every section of the year through the sheet tables', async () => {
    const { AnnualReportSheet } = await import('./annual-report-sheet');
    const report = {
      account: { id: 'a', orgId: 'o', orgName: '甲区总工会', name: '帮扶资金专户', bankName: '工商银行', accountNo: '6222' },
      year: 2026, state: 'open', closedAt: null, closedBy: null, generatedAt: '2026-11-28T08:00:00.000Z',
      openingBalanceFen: 0, inFen: 500_000, outFen: 300_000, closingBalanceFen: 200_000, priorYearCorrectionsFen: 0,
      sources: [{ source: 'union_funds', openingFen: 0, inFen: 500_000, outFen: 300_000, closingFen: 200_000 }],
      income: [{ source: 'union_funds', kind: 'appropriation', amountFen: 500_000, receiptCount: 1 }],
      expense: [],
      budgets: [],
      households: [{ fileId: 'f', fileNo: 'KN2026-0001', maskedName: '张*', orgName: '甲区总工会', aidTypes: ['living'], amountFen: 300_000, recordCount: 1 }],
    } as unknown as Parameters<typeof AnnualReportSheet>[0]['report'];
    const html = renderToStaticMarkup(createElement(AnnualReportSheet, { report }));
    expect(html).toContain('<td class="num">5,000.00</td>');
    expect(html).toContain('<th class="num">2,000.00</th>');
    expect(html).toContain('KN2026-0001');
    expect(html.match(/<table>/g)).toHaveLength(4); // summary, income, expense (empty), households; no budgets
  });
});
