import type { AnnualFundReport, ReconciliationLine, ReconciliationStatement } from '@bangfu/shared/fund-reports';
import ExcelJS from 'exceljs';
import { AID_TYPE_LABELS as AID_TYPES_ZH, FUND_SOURCE_LABELS } from '../../lib/labels-zh';

/*
 * The reports as XLSX: one sheet per section, each with a title row, a line naming the organisation,
 * the year and when it was made, a frozen header row, set column widths, and money in yuan with two
 * decimals ('#,##0.00') computed from integer fen.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MONEY = '#,##0.00';

const SOURCE_LABELS: Record<string, string> = { ...FUND_SOURCE_LABELS, total: '合计' };
const AID_TYPE_LABELS: Record<string, string> = { ...AID_TYPES_ZH, any: '全部类型' };
const RECEIPT_KIND_LABELS: Record<string, string> = { appropriation: '拨款', donation: '捐赠', interest: '利息', other: '其他' };
const METHOD_LABELS: Record<string, string> = { bank_transfer: '银行代发', cash: '现金', in_kind: '实物' };
const STATUS_LABELS: Record<string, string> = { booked: '已登记', exported: '已导出银行文件', paid: '已支付', failed: '失败' };

const label = (map: Record<string, string>, key: string) => map[key] ?? key;
/** Yuan for a cell: integer fen divided once, at the edge. */
const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

const shanghaiTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
export const localTime = (iso: string) => shanghaiTime.format(new Date(iso)).replace(/\//g, '-');

interface Column {
  header: string;
  width: number;
  kind?: 'money' | 'percent' | 'text' | 'int';
}

type Cell = string | number | null;

/** Adds a sheet: title, sub-title, frozen header, rows, and an optional total row. */
function sheet(wb: ExcelJS.Workbook, name: string, title: string, subtitle: string, columns: Column[], rows: Cell[][], total?: Cell[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, last);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  ws.getRow(1).height = 24;
  ws.addRow([subtitle]);
  ws.mergeCells(2, 1, 2, last);
  ws.getRow(2).font = { size: 10, color: { argb: 'FF595959' } };
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const style = (row: ExcelJS.Row) =>
    columns.forEach((c, i) => {
      if (c.kind === 'money') row.getCell(i + 1).numFmt = MONEY;
      if (c.kind === 'percent') row.getCell(i + 1).numFmt = '0.0%';
      if (c.kind === 'int') row.getCell(i + 1).numFmt = '#,##0';
    });
  for (const r of rows) style(ws.addRow(r));
  if (total) {
    const t = ws.addRow(total);
    style(t);
    t.font = { bold: true };
    t.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  }
  return ws;
}

const sumOf = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

function workbook(title: string, generatedAt: string) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bangfu 帮扶';
  wb.title = title;
  wb.created = new Date(generatedAt);
  wb.modified = new Date(generatedAt);
  return wb;
}

/** 帮扶资金年度报表 */
export async function annualReportXlsx(r: AnnualFundReport): Promise<Buffer> {
  const wb = workbook('帮扶资金年度报表', r.generatedAt);
  const state = r.state === 'closed' ? `已结账（${r.closedAt ? localTime(r.closedAt) : ''} ${r.closedBy ?? ''}）` : '未结账';
  const sub = `单位：${r.account.orgName}　账户：${r.account.name}（${r.account.bankName} ${r.account.accountNo}）　年度：${r.year}　${state}　生成时间：${localTime(r.generatedAt)}　金额单位：元`;
  const t = (what: string) => `${r.account.orgName}${r.year}年度帮扶资金${what}`;

  sheet(wb, '概况', t('年度报表'), sub, [{ header: '项目', width: 30 }, { header: '金额（元）', width: 20, kind: 'money' }, { header: '说明', width: 50 }], [
    ['期初余额', yuan(r.openingBalanceFen), '以前年度结转'],
    ['本年收入', yuan(r.inFen), '收款，扣除本年冲销'],
    ['本年支出', yuan(r.outFen), '支付，扣除本年冲销'],
    ['期末余额', yuan(r.closingBalanceFen), '期初余额 + 本年收入 − 本年支出'],
    ['其中：冲销以前年度凭证', yuan(r.priorYearCorrectionsFen), '本年记入的、更正已结账年度凭证的红字冲销对专户的影响'],
    ['受助户数', r.households.length, ''],
  ]);

  sheet(
    wb,
    '资金来源',
    t('收支（按资金来源）'),
    sub,
    [{ header: '资金来源', width: 16 }, { header: '期初余额', width: 18, kind: 'money' }, { header: '本年收入', width: 18, kind: 'money' }, { header: '本年支出', width: 18, kind: 'money' }, { header: '期末余额', width: 18, kind: 'money' }],
    r.sources.map((s) => [label(SOURCE_LABELS, s.source), yuan(s.openingFen), yuan(s.inFen), yuan(s.outFen), yuan(s.closingFen)]),
    ['合计', yuan(r.openingBalanceFen), yuan(r.inFen), yuan(r.outFen), yuan(r.closingBalanceFen)],
  );

  sheet(
    wb,
    '收入明细',
    t('收入明细'),
    sub,
    [{ header: '资金来源', width: 16 }, { header: '收款类型', width: 12 }, { header: '金额（元）', width: 18, kind: 'money' }, { header: '收据笔数', width: 10, kind: 'int' }],
    r.income.map((l) => [label(SOURCE_LABELS, l.source), label(RECEIPT_KIND_LABELS, l.kind), yuan(l.amountFen), l.receiptCount]),
    ['合计', '', yuan(sumOf(r.income, (l) => l.amountFen)), sumOf(r.income, (l) => l.receiptCount)],
  );

  sheet(
    wb,
    '支出明细',
    t('支出明细（按资金来源与帮扶类型）'),
    sub,
    [{ header: '资金来源', width: 16 }, { header: '帮扶类型', width: 14 }, { header: '金额（元）', width: 18, kind: 'money' }, { header: '帮扶记录数', width: 12, kind: 'int' }],
    r.expense.map((l) => [label(SOURCE_LABELS, l.source), label(AID_TYPE_LABELS, l.aidType), yuan(l.amountFen), l.recordCount]),
    ['合计', '', yuan(sumOf(r.expense, (l) => l.amountFen)), sumOf(r.expense, (l) => l.recordCount)],
  );

  sheet(
    wb,
    '预算执行',
    t('预算执行'),
    sub,
    [{ header: '资金来源', width: 16 }, { header: '帮扶类型', width: 14 }, { header: '预算（元）', width: 18, kind: 'money' }, { header: '已用（元）', width: 18, kind: 'money' }, { header: '结余（元）', width: 18, kind: 'money' }, { header: '执行率', width: 10, kind: 'percent' }],
    r.budgets.map((b) => [label(SOURCE_LABELS, b.source), label(AID_TYPE_LABELS, b.aidType), yuan(b.budgetFen), yuan(b.usedFen), yuan(b.remainingFen), b.budgetFen > 0 ? b.usedFen / b.budgetFen : null]),
  );

  sheet(
    wb,
    '受助户明细',
    t('受助户明细'),
    `${sub}　姓名已脱敏`,
    [{ header: '档案编号', width: 22 }, { header: '户主/申请人', width: 14 }, { header: '所属工会', width: 24 }, { header: '帮扶类型', width: 24 }, { header: '本年金额（元）', width: 18, kind: 'money' }, { header: '帮扶次数', width: 10, kind: 'int' }],
    r.households.map((h) => [h.fileNo ?? '（无档案）', h.maskedName, h.orgName, h.aidTypes.map((a) => label(AID_TYPE_LABELS, a)).join('、'), yuan(h.amountFen), h.recordCount]),
    ['合计', `${r.households.length} 户`, '', '', yuan(sumOf(r.households, (h) => h.amountFen)), sumOf(r.households, (h) => h.recordCount)],
  );
  return toBuffer(wb);
}

/** 资金对账单 */
export async function reconciliationXlsx(r: ReconciliationStatement): Promise<Buffer> {
  const wb = workbook('帮扶资金对账单', r.generatedAt);
  const basis = { current: '账户余额为当前余额', closing: `账户余额为${r.year}年结账余额`, none: '该期间无账户余额可比' }[r.accountBasis];
  const sub = `单位：${r.account.orgName}　账户：${r.account.name}（${r.account.bankName} ${r.account.accountNo}）　${r.year === null ? '截至' : `年度：${r.year}　截至`}${r.asOf}　${basis}　结论：${r.balanced ? '平衡' : '不平衡'}　生成时间：${localTime(r.generatedAt)}　金额单位：元`;
  const row = (l: ReconciliationLine): Cell[] => [
    label(SOURCE_LABELS, l.source),
    yuan(l.accountFen),
    yuan(l.ledgerFen),
    yuan(l.documentsFen),
    yuan(l.receiptsFen),
    yuan(l.reversedReceiptsFen),
    yuan(l.paymentsFen),
    yuan(l.accountDifferenceFen),
    yuan(l.documentsDifferenceFen),
    l.balanced ? '平衡' : '不平衡',
  ];
  sheet(
    wb,
    '对账汇总',
    `${r.account.orgName}帮扶资金对账单`,
    sub,
    [
      { header: '资金来源', width: 14 },
      { header: '账户余额', width: 16, kind: 'money' },
      { header: '账簿余额', width: 16, kind: 'money' },
      { header: '单据余额', width: 16, kind: 'money' },
      { header: '收款', width: 16, kind: 'money' },
      { header: '已冲销收款', width: 16, kind: 'money' },
      { header: '支付（已登记/已导出/已付）', width: 18, kind: 'money' },
      { header: '差额：账簿−账户', width: 16, kind: 'money' },
      { header: '差额：单据−账簿', width: 16, kind: 'money' },
      { header: '是否平衡', width: 10 },
    ],
    r.sources.map(row),
    row(r.total),
  );
  sheet(
    wb,
    '在途支付',
    `${r.account.orgName}待银行回执的支付`,
    `${sub}　共 ${r.openPayments.count} 笔`,
    [
      { header: '支付单号', width: 22 },
      { header: '方式', width: 10 },
      { header: '状态', width: 14 },
      { header: '资金来源', width: 12 },
      { header: '收款人', width: 12 },
      { header: '银行批次号', width: 22 },
      { header: '金额（元）', width: 16, kind: 'money' },
      { header: '登记时间', width: 18 },
    ],
    r.openPayments.items.map((p) => [p.paymentNo, label(METHOD_LABELS, p.method), label(STATUS_LABELS, p.status), label(SOURCE_LABELS, p.source), p.maskedPayee, p.bankBatchNo ?? '', yuan(p.amountFen), localTime(p.bookedAt)]),
    ['合计', '', '', '', '', '', yuan(r.openPayments.totalFen), ''],
  );
  return toBuffer(wb);
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 5987 / RFC 6266). */
export function attachmentHeader(filename: string, fallback: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
