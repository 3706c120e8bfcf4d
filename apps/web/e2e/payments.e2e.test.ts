import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiLogin, type TokenPair } from './support/api';
import { launchBrowser, pageAs as signedInPage } from './support/browser';
import { advanceDays, useExclusiveClock } from './support/clock';
import { illHousehold, testIdNumber } from './support/households';
import { chromiumMissing, warnChromiumMissing } from './support/paths';

if (chromiumMissing) warnChromiumMissing();

/** Each step opens the app afresh: slow when the whole suite runs in parallel on a small machine. */
const STEP_TIMEOUT = 180_000;

/** IDs in a Hangzhou division, so they clash with no Shenzhen demo household nor another test's. */
const idNumber = (birth: string, sequence: string) => testIdNumber('330102', birth, sequence);

/** Three households, one aid record each: paid in cash; paid by bank after a failed transfer; returned to the approver. */
const HOUSEHOLDS = [
  { key: 'cash', head: '钱塘江', headId: idNumber('19690101', '013'), spouse: '沈碧荷', spouseId: idNumber('19700202', '024'), card: '6222021000000000411', amountFen: 80_000 },
  { key: 'retry', head: '孙西湖', headId: idNumber('19720303', '035'), spouse: '陆春柳', spouseId: idNumber('19740404', '046'), card: '6222021000000000422', amountFen: 123_456 },
  { key: 'return', head: '严富春', headId: idNumber('19750505', '057'), spouse: '叶秋桂', spouseId: idNumber('19770606', '068'), card: '6222021000000000433', amountFen: 65_000 },
] as const;
type Key = (typeof HOUSEHOLDS)[number]['key'];

/** "当前余额 ¥1,234.50" → 123450 */
const fenOf = (text: string | null) => Math.round(Number((text ?? '').replace(/[^0-9.-]/g, '')) * 100);
/** 123450 → "¥1,234.50", as the pages show amounts. */
const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const FUNDED_FEN = 5_000_000; // 50,000 yuan of union funds (工会经费) in the test union's own special account

/**
 * Paying approved aid in the browser, from a special account of its own. Set-up through the API: a grassroots
 * union under 南山区总工会 with its own special account (funded with 50,000 yuan), three formal households
 * and one approved aid application each (review, home visit, a one-day notice whose window the server's
 * clock passes, upper review, approval). Then finance, who sees several special accounts in its subtree,
 * chooses this one to pay from: one record in cash against a signed voucher; one by bank transfer that the
 * bank returns (the debit reversed), paid again and confirmed; one whose transfer fails and which goes back
 * to the approver with an opinion. Each step checks the balance moves by the amount, or not at all. Last,
 * finance drafts next year's budget of the account.
 */
describe.skipIf(chromiumMissing)('paying approved aid: cash with a voucher, a failed bank transfer retried, a return to the approver', () => {
  // The notice's one-day window must stay open until the set-up moves the clock itself (support/README.md).
  useExclusiveClock();
  const baseUrl = inject('baseUrl');
  const suffix = Math.floor(Math.random() * 9000 + 1000);
  const orgName = `钱江纺织有限公司工会${suffix}`;
  const accountName = `帮扶资金专户（钱江纺织${suffix}）`;
  const accountNo = `62220200${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;
  const accountLabel = `${orgName} · ${accountName}`;
  let browser: Browser;
  let orgId = '';
  let accountId = '';
  const apps = {} as Record<Key, { applicationId: string; applicationNo: string; amountFen: number }>;

  const tokensOf = (username: string, password?: string): Promise<TokenPair> => apiLogin(baseUrl, username, password);
  const call = async <T>(username: string, method: string, path: string, body?: unknown) => apiCall<T>(baseUrl, await tokensOf(username), method, path, body);

  /** A fresh context logged in through the form (the server's clock may have jumped since the last one). */
  const pageAs = (username: string) => signedInPage(browser, baseUrl, username);

  /** The account's balance as the API has it now. */
  const balance = async () => (await call<{ balanceFen: number }>('finance', 'GET', `/api/v1/fund-accounts/${accountId}`)).balanceFen;

  /** The payment queue, paying from the test union's account (chosen in the picker), filtered to the test union. */
  async function openQueue(page: Page) {
    await page.getByTestId('side-menu').getByText('支付队列').click();
    await page.waitForURL('**/funds/payments**');
    const from = page.getByTestId('paying-from');
    await from.getByTestId('pay-account').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: accountLabel }).click();
    await from.locator('.ant-select-content', { hasText: accountLabel }).waitFor();
    await page.locator('#queue-org-filter').fill(orgName.slice(0, 6));
    await page.locator('.ant-select-tree-title', { hasText: orgName }).click();
  }

  const queueRow = (page: Page, key: Key) => page.getByTestId('queue-table').locator('tbody tr', { hasText: apps[key].applicationNo });

  /** "当前余额 ¥…" of the chosen account, once it shows `fen`. */
  async function expectShownBalance(page: Page, fen: number) {
    await page.getByTestId('paying-from').getByTestId('pay-account-balance').getByText(`当前余额 ${yuan(fen)}`).waitFor({ timeout: 30_000 });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const finance = await call<{ org: { id: string } }>('finance', 'GET', '/api/v1/auth/me');
    const org = await call<{ id: string }>('admin', 'POST', '/api/v1/orgs', { parentId: finance.org.id, name: orgName, level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
    orgId = org.id;
    // Its own workflow, whatever its ancestors set: review, home visit, notice, upper review, approval.
    await call('admin', 'PUT', `/api/v1/orgs/${orgId}/workflow`, { economicCheck: false, noticePlacement: 'before_upper_review', noticeDays: 7 });
    const username = `e2e_pay_${Math.floor(Math.random() * 1e6)}`;
    const password = 'Payments@2026e2e';
    await call('admin', 'POST', '/api/v1/users', { orgId, username, displayName: '工会经办 钱程', password, roles: ['grassroots_operator', 'grassroots_chair'] });
    const local = await tokensOf(username, password);
    const asLocal = <T>(method: string, path: string, body?: unknown) => apiCall<T>(baseUrl, local, method, path, body);

    // The union's own special account, funded by an appropriation of union funds.
    const account = await call<{ id: string }>('finance', 'POST', '/api/v1/fund-accounts', { orgId, name: accountName, bankName: '中国工商银行', accountNo, openedOn: '2026-01-01' });
    accountId = account.id;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await call('finance', 'POST', `/api/v1/fund-accounts/${accountId}/receipts`, { source: 'union_funds', kind: 'appropriation', amountFen: FUNDED_FEN, receivedOn: yesterday, documentNo: `深工拨〔2026〕${suffix}号` });

    // One living-aid application per household, up to the notice.
    const ids: string[] = [];
    for (const h of HOUSEHOLDS) {
      const file = await asLocal<{ id: string; proposedCategory: string }>('POST', '/api/v1/hardship-files', illHousehold(orgId, h));
      await asLocal('POST', `/api/v1/hardship-files/${file.id}/confirm-category`, { category: file.proposedCategory });
      await call('approver', 'POST', `/api/v1/hardship-files/${file.id}/formalize`);
      const app = await asLocal<{ id: string; applicationNo: string }>('POST', '/api/v1/applications', { kind: 'aid', fileId: file.id, aidType: 'living', amountFen: h.amountFen, reason: '家庭成员患尿毒症，生活困难，申请生活救助' });
      await asLocal('POST', `/api/v1/applications/${app.id}/submit`);
      await asLocal('POST', `/api/v1/applications/${app.id}/decisions`, { decision: 'pass', opinion: '情况属实，同意' });
      await asLocal('POST', `/api/v1/applications/${app.id}/home-visits`, { visitedOn: yesterday, visitors: ['经办人', '工会主席'], findings: '家中确有困难，情况属实', consentSigned: true });
      const visited = await asLocal<{ state: string }>('POST', `/api/v1/applications/${app.id}/decisions`, { decision: 'pass', opinion: '入户核实属实' });
      expect(visited.state).toBe('notice');
      apps[h.key] = { applicationId: app.id, applicationNo: app.applicationNo, amountFen: h.amountFen };
      ids.push(app.id);
    }

    // The notice: one day, then the server's clock two days on, and the batch closes.
    const batch = await asLocal<{ id: string }>('POST', '/api/v1/notice-batches', { orgId, title: '2026年钱江纺织帮扶公示', objectionContact: '电话 0571-87000000，钱江纺织工会', windowDays: 1 });
    await asLocal('POST', `/api/v1/notice-batches/${batch.id}/items`, { applicationIds: ids });
    await asLocal('POST', `/api/v1/notice-batches/${batch.id}/publish`);
    advanceDays(2);
    // Tokens issued before the jump have expired: `call` logs in afresh each time, the local user again here.
    const fresh = await tokensOf(username, password);
    await apiCall(baseUrl, fresh, 'POST', `/api/v1/notice-batches/${batch.id}/close`);

    for (const id of ids) {
      await call('reviewer', 'POST', `/api/v1/applications/${id}/decisions`, { decision: 'pass', opinion: '复核属实' });
      const approved = await call<{ state: string }>('approver', 'POST', `/api/v1/applications/${id}/decisions`, { decision: 'pass', opinion: '同意救助' });
      expect(approved.state).toBe('approved');
    }
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('finance pays one record in cash against the signed voucher: the balance drops by its amount', async () => {
    const before = await balance();
    expect(before).toBe(FUNDED_FEN);
    const { page, done } = await pageAs('finance');
    await openQueue(page);
    await expectShownBalance(page, before);
    const row = queueRow(page, 'cash');
    await row.getByText('待支付').waitFor();
    expect(await row.textContent()).toContain('¥800.00');

    await row.getByTestId('pay-cash').click();
    const dialog = page.locator('.ant-modal', { hasText: '现金/实物发放' });
    await dialog.getByText('¥800.00').waitFor();
    // Without the signed voucher the payment is refused in the form.
    await page.getByTestId('cash-pay-ok').click();
    await dialog.getByText('现金和实物发放须上传收款人签字的签收凭证').waitFor();
    expect(await balance()).toBe(before);

    await dialog.locator('input[type="file"]').setInputFiles({ name: '签收单-钱塘江.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 签收单\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    await page.getByTestId('voucher-name').getByText('已上传：签收单-钱塘江.pdf').waitFor();
    await page.getByTestId('cash-pay-ok').click();
    await page.locator('.ant-message').getByText(/已支付，支付单号 ZF\d{4}-\d+，金额 ¥800\.00/).waitFor();

    await expectShownBalance(page, before - 80_000);
    await row.waitFor({ state: 'detached' });
    expect(await balance()).toBe(before - 80_000);

    // The ledger of the account shows the payment (支付) of 800 yuan against the application.
    await page.goto(`/funds/accounts/${accountId}`);
    expect(fenOf(await page.getByTestId('account-balance').locator('.ant-statistic-content').textContent())).toBe(before - 80_000);
    const entry = page.getByTestId('ledger-table').locator('tbody tr', { hasText: apps.cash.applicationNo });
    await entry.first().waitFor();
    expect(await entry.first().textContent()).toContain('¥800.00');
    await done();
  }, STEP_TIMEOUT);

  it('a bank transfer exported from the chosen account fails at the bank: reversed, back in the queue; retried and paid', async () => {
    const before = await balance();
    const amount = apps.retry.amountFen;
    const { page, done } = await pageAs('city_finance');
    await openQueue(page);
    await expectShownBalance(page, before);
    const row = queueRow(page, 'retry');
    await row.getByText('待支付').waitFor();
    await row.locator('input[type="checkbox"]').check();
    await page.getByTestId('selection-total').getByText('已选 1 笔，合计 ¥1,234.56').waitFor();
    await page.getByTestId('pay-bank').click();
    await page.getByTestId('bank-pay-total').getByText('¥1,234.56').waitFor();
    await page.getByTestId('bank-pay-ok').click();
    await page.getByTestId('bank-pay-summary').getByText('已记账 1 笔，合计 ¥1,234.56；未成功 0 笔').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '稍后生成' }).click();
    await expectShownBalance(page, before - amount); // booked: the debit is on the account

    // The bank-file page opens on the same account and offers its waiting transfer for export.
    await page.getByRole('button', { name: '银行代发文件' }).click();
    await page.waitForURL((url) => url.pathname === '/funds/bank-batches' && url.searchParams.get('account') === accountId);
    await page.getByTestId('paying-from').locator('.ant-select-content', { hasText: accountLabel }).waitFor();
    await page.getByText('有 1 笔银行代发已记账、尚未生成代发文件，合计 ¥1,234.56').waitFor();
    await page.getByTestId('export-waiting').click();
    await page.waitForURL(/\/funds\/bank-batches\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('batch-total').textContent()).toContain('¥1,234.56');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-bank-file').click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(new RegExp(`^批次号,YH\\d{4}-\\d+,付款账号,${accountNo},笔数,1,总金额\\(元\\),1234\\.56$`));
    expect(lines[2]).toContain(`,孙西湖,${HOUSEHOLDS[1].card},中国工商银行,1234.56,`);

    // The bank's answer: the transfer failed (account closed).
    await page.getByTestId('record-results').click();
    const results = page.locator('.ant-modal', { hasText: '登记银行回盘结果' });
    await results.getByTestId('mark-failed').check();
    await results.getByTestId('failure-reason').fill('账户已销户');
    await page.getByTestId('results-ok').getByText('确认：成功 0 笔，失败 1 笔').waitFor();
    await page.getByTestId('results-ok').click();
    const status = page.getByTestId('payments-table').locator('tbody tr', { hasText: apps.retry.applicationNo });
    await status.getByText('支付失败').waitFor();
    expect(await status.textContent()).toContain('账户已销户');
    expect(await balance()).toBe(before); // the debit is reversed

    // Back in the queue, marked failed with the bank's reason; paid again, this time confirmed by the bank.
    await page.getByTestId('failed-to-queue').click();
    await page.waitForURL((url) => url.pathname === '/funds/payments' && url.searchParams.get('account') === accountId);
    await page.getByTestId('paying-from').locator('.ant-select-content', { hasText: accountLabel }).waitFor();
    await expectShownBalance(page, before);
    await page.locator('#queue-org-filter').fill(orgName.slice(0, 6));
    await page.locator('.ant-select-tree-title', { hasText: orgName }).click();
    await row.getByText('支付失败').waitFor();
    expect(await row.textContent()).toContain('账户已销户');
    await row.locator('input[type="checkbox"]').check();
    await page.getByTestId('pay-bank').click();
    await page.getByTestId('bank-pay-ok').click();
    await page.getByTestId('bank-pay-summary').getByText('已记账 1 笔，合计 ¥1,234.56；未成功 0 笔').waitFor({ timeout: 60_000 });
    await page.getByTestId('create-bank-batch').click();
    await page.waitForURL(/\/funds\/bank-batches\/[0-9a-f-]{36}$/);
    const again = page.getByTestId('payments-table').locator('tbody tr', { hasText: apps.retry.applicationNo });
    await again.getByText('已导出待回盘').waitFor();
    await again.getByTestId('mark-paid').click();
    await again.getByText('已支付').waitFor();
    expect(await balance()).toBe(before - amount);

    await page.goto(`/funds/accounts/${accountId}`);
    expect(fenOf(await page.getByTestId('account-balance').locator('.ant-statistic-content').textContent())).toBe(before - amount);
    await done();
  }, STEP_TIMEOUT);

  it('a failed transfer goes back to the approver with finance’s opinion: nothing leaves the account', async () => {
    const before = await balance();
    const { page, done } = await pageAs('finance');
    await openQueue(page);
    const row = queueRow(page, 'return');
    await row.getByText('待支付').waitFor();
    await row.locator('input[type="checkbox"]').check();
    await page.getByTestId('pay-bank').click();
    await page.getByTestId('bank-pay-ok').click();
    await page.getByTestId('bank-pay-summary').getByText('已记账 1 笔，合计 ¥650.00；未成功 0 笔').waitFor({ timeout: 60_000 });
    await page.getByTestId('create-bank-batch').click();
    await page.waitForURL(/\/funds\/bank-batches\/[0-9a-f-]{36}$/);
    const payment = page.getByTestId('payments-table').locator('tbody tr', { hasText: apps.return.applicationNo });
    await payment.getByTestId('mark-one-failed').click();
    await page.getByTestId('failed-reason').fill('户名与账号不符');
    await page.getByTestId('failed-ok').click();
    await payment.getByText('支付失败').waitFor();
    expect(await balance()).toBe(before);

    await page.getByTestId('batch-failed-note').getByText('1 笔转账失败：已冲销记账，回到支付队列，可重新支付或退回审批').waitFor();
    await page.getByTestId('failed-to-queue').click();
    await page.waitForURL((url) => url.pathname === '/funds/payments' && url.searchParams.get('account') === accountId);
    await expectShownBalance(page, before);
    await page.locator('#queue-org-filter').fill(orgName.slice(0, 6));
    await page.locator('.ant-select-tree-title', { hasText: orgName }).click();
    await row.getByText('支付失败').waitFor();
    await row.getByTestId('return-record').click();
    const opinion = page.getByTestId('return-opinion');
    expect(await opinion.inputValue()).toBe('银行代发失败：户名与账号不符。请核实收款信息后重新审批。');
    await opinion.fill('银行退回：户名与账号不符。请核实收款人姓名和银行卡后重新审批。');
    await page.getByTestId('return-ok').click();
    await page.locator('.ant-message').getByText('已退回审批人').waitFor();
    await row.waitFor({ state: 'detached' });
    await expectShownBalance(page, before);
    expect(await balance()).toBe(before);
    await done();

    // The approver has it back, waiting for approval, with finance's opinion in the timeline.
    const approver = await pageAs('approver');
    await approver.page.goto(`/applications/${apps.return.applicationId}`);
    await approver.page.getByTestId('application-state').getByText('待审批').waitFor();
    await approver.page.getByTestId('application-timeline').getByText('银行退回：户名与账号不符。请核实收款人姓名和银行卡后重新审批。').waitFor();
    await approver.done();
  }, STEP_TIMEOUT);
  it('finance drafts next year’s budget of the account before the year starts', async () => {
    // Next year as the browser counts it (the server's clock may be a few days ahead; the API takes any open year).
    const nextYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) + 1;
    const { page, done } = await pageAs('finance');
    await page.goto(`/funds/accounts/${accountId}?tab=budgets`);
    await page.getByTestId('budget-year').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `${nextYear}年（编制下年度）` }).click();
    await page.getByTestId('budget-draft-note').getByText(`${nextYear} 年预算尚未编制：可在年初前编制，自 ${nextYear} 年 1 月 1 日起生效`).waitFor();
    await page.getByTestId('new-budget').click();
    const dialog = page.locator('.ant-modal', { hasText: `设置 ${nextYear} 年预算` });
    await dialog.locator('#source').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '工会经费' }).click();
    await dialog.locator('#amountFen').fill('30,000');
    await page.getByTestId('budget-ok').click();
    await dialog.waitFor({ state: 'detached' });
    const line = page.getByTestId('budgets-table').locator('tbody tr', { hasText: '工会经费' });
    await line.getByText('¥30,000.00').first().waitFor();
    await page.getByTestId('budget-draft-note').getByText(`${nextYear} 年预算已编制，自 ${nextYear} 年 1 月 1 日起生效`, { exact: false }).waitFor();
    const report = await call<{ year: number; lines: { source: string; aidType: string; budgetFen: number }[] }>('finance', 'GET', `/api/v1/fund-accounts/${accountId}/budgets?year=${nextYear}`);
    expect(report.lines).toEqual([expect.objectContaining({ source: 'union_funds', aidType: 'any', budgetFen: 3_000_000 })]);
    // This year's budget is untouched: still none, payments limited by the balance only.
    const current = await call<{ inForce: boolean }>('finance', 'GET', `/api/v1/fund-accounts/${accountId}/budgets?year=${nextYear - 1}`);
    expect(current.inForce).toBe(false);
    await done();
  }, STEP_TIMEOUT);
});
