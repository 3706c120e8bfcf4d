import type { BudgetPut, ReceiptCreate } from '@bangfu/shared/funds';
import type { Database } from '../db/client';
import type { Clock } from '../lib/clock';
import { localDay } from '../lib/dates';
import { createBudgetsService } from '../modules/funds/budgets.service';
import { createFundAccountsService } from '../modules/funds/fund-accounts.service';
import { createReceiptsService } from '../modules/funds/receipts.service';
import { type DemoActor, seedContext } from './demo-files';

/** One demo special account: the finance user who keeps it and its money in yuan (scaled per org). */
export interface DemoFundDesk {
  finance: DemoActor;
  /** The org whose account it is (the finance user's own org or one below it). */
  org: DemoActor['org'];
  bankName: string;
  accountNo: string;
  /** Multiplies the demo amounts: a city holds more than a district. */
  scale: number;
}

const yuan = (n: number) => Math.round(n * 100);

/**
 * 帮扶资金专户 for the demo orgs with an assistance centre, booked through the real services: last
 * year's and this year's appropriations with their 文号, a 一日捐 donation with its receipt number and
 * donor, account interest, and this year's budgets per source and aid type.
 */
export async function seedDemoFunds(db: Database, desks: DemoFundDesk[], now: Date): Promise<void> {
  const today = localDay(now);
  const year = Number(today.slice(0, 4));
  /** A day of this year, never after today. */
  const day = (monthDay: string) => (`${year}-${monthDay}` < today ? `${year}-${monthDay}` : today);
  const clock: Clock = () => now;
  const accounts = createFundAccountsService({ db, clock });
  const receipts = createReceiptsService({ db, clock });
  const budgets = createBudgetsService({ db, clock });

  for (const [i, desk] of desks.entries()) {
    const ctx = seedContext(desk.finance);
    const s = desk.scale;
    const account = await accounts.create(ctx, { orgId: desk.org.id, name: `${desk.org.name}帮扶资金专户`, bankName: desk.bankName, accountNo: desk.accountNo, openedOn: `${year - 1}-01-01` });
    const book: ReceiptCreate[] = [
      { source: 'union_funds', kind: 'appropriation', amountFen: yuan(200_000 * s), receivedOn: `${year - 1}-03-01`, documentNo: `深工发〔${year - 1}〕${12 + i}号`, memo: '上年度工会经费帮扶专项' },
      { source: 'central_fiscal', kind: 'appropriation', amountFen: yuan(600_000 * s), receivedOn: day('01-15'), documentNo: `财社〔${year}〕${3 + i}号`, memo: '中央财政困难职工帮扶资金' },
      { source: 'local_fiscal', kind: 'appropriation', amountFen: yuan(300_000 * s), receivedOn: day('02-20'), documentNo: `深财社〔${year}〕${21 + i}号`, memo: '地方财政配套' },
      { source: 'union_funds', kind: 'appropriation', amountFen: yuan(250_000 * s), receivedOn: day('03-05'), documentNo: `深工发〔${year}〕${5 + i}号` },
      { source: 'donation', kind: 'donation', amountFen: yuan(88_600 * s), receivedOn: day('04-10'), receiptNo: `JZ-${year}-${String(i * 100 + 1).padStart(4, '0')}`, donor: '深圳市南山示范电子有限公司', memo: '一日捐' },
      { source: 'donation', kind: 'donation', amountFen: yuan(20_000 * s), receivedOn: day('05-18'), receiptNo: `JZ-${year}-${String(i * 100 + 2).padStart(4, '0')}`, donor: '爱心人士 陈先生' },
      { source: 'interest', kind: 'interest', amountFen: yuan(1_236.48 * s), receivedOn: day('03-21'), memo: '第一季度结息' },
    ];
    for (const r of book) await receipts.create(ctx, account.id, r);
    const lines: Omit<BudgetPut, 'year'>[] = [
      { source: 'central_fiscal', aidType: 'living', amountFen: yuan(300_000 * s) },
      { source: 'central_fiscal', aidType: 'medical', amountFen: yuan(200_000 * s) },
      { source: 'central_fiscal', aidType: 'education', amountFen: yuan(100_000 * s) },
      { source: 'local_fiscal', aidType: 'any', amountFen: yuan(300_000 * s) },
      { source: 'union_funds', aidType: 'any', amountFen: yuan(400_000 * s) },
      { source: 'donation', aidType: 'sending_warmth', amountFen: yuan(80_000 * s) },
      { source: 'donation', aidType: 'education', amountFen: yuan(28_600 * s) },
    ];
    for (const l of lines) await budgets.put(ctx, account.id, { year, ...l });
  }
}
