/**
 * The bank payment file (银行代发文件), layout documented in docs/bank-file.md: UTF-8 with a BOM (so
 * Excel reads the Chinese), CRLF line ends, comma-separated, RFC 4180 quoting.
 *
 *   批次号,<batch no>,付款账号,<account no>,笔数,<count>,总金额(元),<total>
 *   序号,收款人姓名,收款账号,开户银行,金额(元),支付单号,附言
 *   1,<payee>,<full card number>,<bank>,<amount>,<payment no>,<memo>
 *   …
 *   合计,<count>,,,<total>,,
 */
export interface BankFileHeader {
  batchNo: string;
  accountNo: string;
  count: number;
  totalFen: number;
}

export interface BankFileLine {
  payeeName: string;
  cardNo: string;
  bankName: string;
  amountFen: number;
  paymentNo: string;
  memo: string;
}

export const BANK_FILE_COLUMNS = ['序号', '收款人姓名', '收款账号', '开户银行', '金额(元)', '支付单号', '附言'] as const;

/** Integer fen as yuan with exactly two decimals, no float arithmetic: 123456 → "1234.56". */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
function field(value: string | number, text = true): string {
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function bankFileCsv(header: BankFileHeader, lines: BankFileLine[]): Buffer {
  const rows: string[] = [];
  rows.push(['批次号', field(header.batchNo), '付款账号', field(header.accountNo, false), '笔数', String(header.count), '总金额(元)', yuanText(header.totalFen)].join(','));
  rows.push(BANK_FILE_COLUMNS.join(','));
  lines.forEach((l, i) => {
    rows.push([String(i + 1), field(l.payeeName), field(l.cardNo, false), field(l.bankName), yuanText(l.amountFen), field(l.paymentNo), field(l.memo)].join(','));
  });
  rows.push(['合计', String(header.count), '', '', yuanText(header.totalFen), '', ''].join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8')]);
}
