import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maskName } from '@bangfu/shared/masks';
import { apiCall, apiLogin, type TokenPair } from './support/api';
import { launchBrowser, newPage, pageAs as signedInPage } from './support/browser';
import { advanceDays, useExclusiveClock } from './support/clock';
import { confirmPopconfirm } from './support/confirm';
import { illHousehold, testIdNumber } from './support/households';
import { chromiumMissing, warnChromiumMissing } from './support/paths';

if (chromiumMissing) warnChromiumMissing();

/** Each step opens the app afresh as another user: slow when the whole suite runs in parallel. */
const STEP_TIMEOUT = 150_000;

/** IDs in a Shanghai division, so they clash with no Shenzhen demo household nor another test's. */
const idNumber = (birth: string, sequence: string) => testIdNumber('310101', birth, sequence);

/** Three worker households with serious illness (proposed: deep hardship), each with a bank card. */
const HOUSEHOLDS = [
  { head: '司马春雷', headId: idNumber('19700101', '011'), spouse: '上官秋月', spouseId: idNumber('19720202', '022'), card: '6222021000000000011' },
  { head: '诸葛夏阳', headId: idNumber('19710303', '033'), spouse: '欧阳冬雪', spouseId: idNumber('19730404', '044'), card: '6222021000000000022' },
  { head: '东方秋实', headId: idNumber('19750505', '055'), spouse: '慕容春兰', spouseId: idNumber('19760606', '066'), card: '6222021000000000033' },
];

/** The masked name the notice and the campaign list show (DOMAIN.md §5): 司**雷. */
const masked = maskName;

/** "¥1,234.50" → 123450 */
const fenOf = (text: string) => Math.round(Number(text.replace(/[^0-9.-]/g, '')) * 100);

/**
 * A small 送温暖 campaign end to end in the browser. Set-up through the API: a grassroots union of its own
 * under 南山区总工会 with three formal households. Then finance (财务 刘洋, who holds campaign:manage and
 * fund:pay) writes the rule, previews it per union, fixes the list and publishes the notice; the server's
 * clock moves past the window; the centre approver closes the notice from the campaign page; finance pays
 * the batch and sees it booked: the balance down by the total, the batch payment in the ledger, the bank
 * file downloadable with the three payees; the bank's results make the households' aid paid.
 */
describe.skipIf(chromiumMissing)('a 送温暖 campaign from rule to bank file', () => {
  // The notice's one-day window must stay open until this walk moves the clock itself (support/README.md).
  useExclusiveClock();
  const baseUrl = inject('baseUrl');
  const orgName = `春雷精密机械有限公司工会${Math.floor(Math.random() * 9000 + 1000)}`;
  const campaignName = '春节送温暖（端到端）';
  const perHouseholdYuan = 1000;
  let browser: Browser;
  let orgId = '';
  let accountId = '';
  let balanceBefore = 0;
  let campaignUrl = '';
  let publicUrl = '';
  const fileIds: string[] = [];

  const tokensOf = (username: string, password?: string): Promise<TokenPair> => apiLogin(baseUrl, username, password);
  const call = async <T>(username: string, method: string, path: string, body?: unknown) => apiCall<T>(baseUrl, await tokensOf(username), method, path, body);

  /** A fresh context logged in through the form (the server's clock may have jumped since the last one). */
  const pageAs = (username: string) => signedInPage(browser, baseUrl, username);

  beforeAll(async () => {
    browser = await launchBrowser();
    const finance = await call<{ org: { id: string } }>('finance', 'GET', '/api/v1/auth/me');
    const org = await call<{ id: string }>('admin', 'POST', '/api/v1/orgs', { parentId: finance.org.id, name: orgName, level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
    orgId = org.id;
    const username = `e2e_chair_${Math.floor(Math.random() * 1e6)}`;
    const password = 'Campaign@2026e2e';
    await call('admin', 'POST', '/api/v1/users', { orgId, username, displayName: '工会主席 端木', password, roles: ['grassroots_operator', 'grassroots_chair'] });
    const chair = await tokensOf(username, password);
    for (const h of HOUSEHOLDS) {
      const file = await apiCall<{ id: string; proposedCategory: string }>(baseUrl, chair, 'POST', '/api/v1/hardship-files', illHousehold(orgId, h));
      await apiCall(baseUrl, chair, 'POST', `/api/v1/hardship-files/${file.id}/confirm-category`, { category: file.proposedCategory });
      await call('approver', 'POST', `/api/v1/hardship-files/${file.id}/formalize`);
      fileIds.push(file.id);
    }
    const accounts = await call<{ items: { id: string; orgId: string; balanceFen: number }[] }>('finance', 'GET', '/api/v1/fund-accounts');
    const account = accounts.items.find((a) => a.orgId === finance.org.id);
    if (!account) throw new Error('the demo seed gave 南山区总工会 no special account');
    accountId = account.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finance writes the rule and sees the preview per union, with the account able to pay it', async () => {
    const { page, done } = await pageAs('finance');
    await page.getByTestId('side-menu').getByText('帮扶资金专户').click();
    await page.waitForURL('**/funds');
    const card = page.getByTestId('account-card').filter({ hasText: '南山区总工会' });
    await card.getByTestId('source-chart').waitFor();
    balanceBefore = fenOf((await card.getByTestId('account-balance').locator('.ant-statistic-content').textContent()) ?? '');
    expect(balanceBefore).toBeGreaterThan(perHouseholdYuan * 100 * HOUSEHOLDS.length);

    await page.getByTestId('side-menu').getByText('送温暖/金秋助学活动').click();
    await page.waitForURL('**/funds/campaigns');
    await page.getByTestId('new-campaign').click();
    await page.waitForURL('**/funds/campaigns/new');
    await page.getByTestId('campaign-name').fill(campaignName);
    await page.locator('#subOrgId').fill(orgName.slice(0, 6));
    await page.locator('.ant-select-tree-title', { hasText: orgName }).click();
    await page.getByTestId('per-household').fill(String(perHouseholdYuan));
    await page.getByTestId('run-preview').click();

    const preview = page.getByTestId('campaign-preview');
    await preview.getByTestId('preview-households').getByText(String(HOUSEHOLDS.length), { exact: true }).waitFor();
    expect(await preview.getByTestId('preview-total').textContent()).toContain('¥3,000.00');
    const byOrg = preview.getByTestId('preview-by-org').locator('tr', { hasText: orgName });
    expect(await byOrg.textContent()).toContain('¥3,000.00');
    expect(await preview.getByTestId('preview-shortfall').count()).toBe(0);
    expect(await preview.getByTestId('preview-excluded').textContent()).toContain('未入选（0 户）');

    await page.getByTestId('save-select').click();
    await page.waitForURL(/\/funds\/campaigns\/[0-9a-f-]{36}$/);
    campaignUrl = new URL(page.url()).pathname;
    await page.getByTestId('campaign-state').getByText('名单已确定').waitFor();
    const list = page.getByTestId('campaign-households');
    for (const h of HOUSEHOLDS) await list.getByTestId('household-name').getByText(masked(h.head), { exact: true }).waitFor();
    expect(await page.getByTestId('campaign-total').textContent()).toContain('¥3,000.00');
    await done();
  }, STEP_TIMEOUT);

  it('finance publishes the notice; the public page shows the masked names only', async () => {
    const { page, done } = await pageAs('finance');
    await page.goto(campaignUrl);
    await page.getByTestId('notice-contact').fill('电话 0755-26660000，南山区总工会帮扶中心');
    await page.getByTestId('notice-days').fill('1');
    await page.getByTestId('publish-notice').click();
    await page.getByTestId('campaign-state').getByText('公示中').waitFor();
    const status = page.getByTestId('notice-status');
    const link = status.getByTestId('notice-public-link');
    await link.waitFor();
    publicUrl = (await link.getAttribute('href')) ?? '';
    expect(publicUrl).toMatch(/^\/public\/notices\/[A-Za-z0-9_-]{16,64}$/);
    expect(await status.getByTestId('close-campaign-notice').count()).toBe(0); // finance does not manage notices
    expect(await page.getByTestId('pay-campaign').count()).toBe(0);
    await done();

    const { context, page: visitor } = await newPage(browser, baseUrl);
    await visitor.goto(publicUrl);
    for (const h of HOUSEHOLDS) await visitor.getByTestId('public-name').getByText(masked(h.head), { exact: true }).waitFor();
    const html = await visitor.content();
    for (const h of HOUSEHOLDS) expect(html).not.toContain(h.head);
    expect(html).not.toContain(HOUSEHOLDS[0]!.card);
    await context.close();
  }, STEP_TIMEOUT);

  it('once the window has passed, the centre approver closes the notice from the campaign page', async () => {
    advanceDays(2); // the server's clock: two days on, past the one-day window
    const { page, done } = await pageAs('approver');
    await page.goto(campaignUrl);
    const close = await confirmPopconfirm(page, page.getByTestId('close-campaign-notice'), { path: /\/notice-batches\/[^/]+\/close$/ });
    expect(close.status()).toBe(200);
    await page.getByTestId('campaign-state').getByText('公示结束待发放').waitFor();
    // The approver runs campaigns but does not pay: that is finance's.
    await page.getByTestId('pay-step').getByText('发放需要财务人员').waitFor();
    expect(await page.getByTestId('pay-campaign').count()).toBe(0);
    await done();
  }, STEP_TIMEOUT);

  it('finance pays the batch: booked in one go, the balance down by the total, the bank file downloadable', async () => {
    const { page, done } = await pageAs('finance');
    await page.goto(campaignUrl);
    await page.getByTestId('pay-approved').getByText(String(HOUSEHOLDS.length), { exact: true }).waitFor();
    const paid = await confirmPopconfirm(page, page.getByTestId('pay-campaign'), { path: /\/aid-campaigns\/[^/]+\/pay$/ });
    expect(paid.status(), await paid.text()).toBe(200);
    const result = page.getByTestId('pay-result');
    await result.getByText('已发放 3 户，合计 ¥3,000.00').waitFor({ timeout: 60_000 });
    await page.getByTestId('campaign-state').getByText('已发放').waitFor();

    // The bank file: one line per payee with the full name, card and amount, and the totals.
    await result.getByTestId('campaign-bank-batch').click();
    await page.waitForURL(/\/funds\/bank-batches\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('batch-total').textContent()).toContain('¥3,000.00');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-bank-file').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^批次号,.+,笔数,3,总金额\(元\),3000\.00$/);
    for (const h of HOUSEHOLDS) expect(lines.some((l) => l.includes(`,${h.head},${h.card},中国工商银行,1000.00,`))).toBe(true);
    expect(lines.at(-1)).toBe('合计,3,,,3000.00,,');

    // The bank paid every transfer.
    await page.getByTestId('record-results').click();
    await page.getByTestId('results-ok').click();
    await page.getByTestId('payments-table').getByTestId('payment-status').getByText('已支付').first().waitFor();
    expect(await page.getByTestId('payments-table').getByTestId('payment-status').getByText('已支付').count()).toBe(3);

    // The account: 3,000 yuan less, and one payment voucher per household in the ledger, each naming the campaign.
    await page.goto(`/funds/accounts/${accountId}`);
    const balance = page.getByTestId('account-balance').locator('.ant-statistic-content');
    await balance.waitFor();
    expect(fenOf((await balance.textContent()) ?? '')).toBe(balanceBefore - perHouseholdYuan * 100 * HOUSEHOLDS.length);
    await page.getByPlaceholder('搜索摘要或凭证号').fill(campaignName);
    await page.getByPlaceholder('搜索摘要或凭证号').press('Enter');
    const rows = page.getByTestId('ledger-table').locator('tbody tr', { hasText: campaignName });
    await rows.nth(HOUSEHOLDS.length - 1).waitFor();
    expect(await rows.count()).toBe(HOUSEHOLDS.length);
    for (let i = 0; i < HOUSEHOLDS.length; i++) {
      const text = (await rows.nth(i).textContent()) ?? '';
      expect(text).toContain('支付');
      expect(text).toContain('¥1,000.00');
    }
    await done();
  }, STEP_TIMEOUT);

  it('each household file shows the aid as paid', async () => {
    const { page, done } = await pageAs('finance');
    await page.goto(`/hardship-files/${fileIds[0]}`);
    const history = page.getByTestId('aid-history-card');
    await history.getByTestId('aid-record-status').getByText('已支付').waitFor();
    expect(await history.getByTestId('aid-paid-total').textContent()).toContain('¥1,000.00');
    await done();
  }, STEP_TIMEOUT);
});
