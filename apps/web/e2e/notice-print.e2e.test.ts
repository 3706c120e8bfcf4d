import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maskName } from '@bangfu/shared/masks';
import { apiCall, apiLogin, type TokenPair } from './support/api';
import { launchBrowser, newPage } from './support/browser';
import { serverNow } from './support/clock';
import { illHousehold, testIdNumber } from './support/households';
import { chromiumMissing, warnChromiumMissing } from './support/paths';

if (chromiumMissing) warnChromiumMissing();

const STEP_TIMEOUT = 120_000;

/** IDs in a Nanjing division, so they clash with no demo household nor another test's. */
const idNumber = (birth: string, sequence: string) => testIdNumber('320102', birth, sequence);

/** One household in each of two member unions of a 联合工会. */
const HOUSEHOLDS = [
  { unit: 0, couple: { head: '南宫晓风', headId: idNumber('19690707', '071'), spouse: '西门夏雨', spouseId: idNumber('19700808', '082'), card: '6222021000000000044' } },
  { unit: 1, couple: { head: '公孙秋水', headId: idNumber('19720909', '091'), spouse: '令狐冬青', spouseId: idNumber('19741010', '102'), card: '6222021000000000055' } },
];

/**
 * The notice board print of a notice over two units: each grassroots union posts its own part. Set-up
 * through the API: a 联合工会 under 南山区总工会 with two member unions, a household in each, and a 送温暖
 * campaign over that subtree whose notice lists both. The print view offers the whole notice (it is small)
 * and each unit; picking a unit prints its lines alone, named atop the sheet, and the choice is in the URL.
 */
describe.skipIf(chromiumMissing)('the public notice printed one unit at a time', () => {
  const baseUrl = inject('baseUrl');
  const suffix = Math.floor(Math.random() * 9000 + 1000);
  const units = [`南山联合工会第一分会${suffix}`, `南山联合工会第二分会${suffix}`];
  let browser: Browser;
  let publicUrl = '';

  const tokensOf = (username: string, password?: string): Promise<TokenPair> => apiLogin(baseUrl, username, password);
  const call = async <T>(username: string, method: string, path: string, body?: unknown) => apiCall<T>(baseUrl, await tokensOf(username), method, path, body);

  beforeAll(async () => {
    browser = await launchBrowser();
    const finance = await call<{ org: { id: string } }>('finance', 'GET', '/api/v1/auth/me');
    const org = (parentId: string, name: string, type: string) => call<{ id: string }>('admin', 'POST', '/api/v1/orgs', { parentId, name, level: 'grassroots', type, divisionCode: '440305' });
    const joint = await org(finance.org.id, `南山联合工会${suffix}`, 'local');
    const unitIds = [(await org(joint.id, units[0]!, 'enterprise')).id, (await org(joint.id, units[1]!, 'enterprise')).id];
    const username = `e2e_joint_${Math.floor(Math.random() * 1e6)}`;
    const password = 'JointUnion@2026e2e';
    await call('admin', 'POST', '/api/v1/users', { orgId: joint.id, username, displayName: '联合工会主席 欧阳', password, roles: ['grassroots_operator', 'grassroots_chair'] });
    const chair = await tokensOf(username, password);
    for (const h of HOUSEHOLDS) {
      const file = await apiCall<{ id: string; proposedCategory: string }>(baseUrl, chair, 'POST', '/api/v1/hardship-files', illHousehold(unitIds[h.unit]!, h.couple));
      await apiCall(baseUrl, chair, 'POST', `/api/v1/hardship-files/${file.id}/confirm-category`, { category: file.proposedCategory });
      await call('approver', 'POST', `/api/v1/hardship-files/${file.id}/formalize`);
    }
    const campaign = await call<{ id: string }>('finance', 'POST', '/api/v1/aid-campaigns', {
      orgId: finance.org.id,
      name: '联合工会送温暖（打印）',
      kind: 'sending_warmth',
      year: serverNow().getUTCFullYear(),
      rule: { subOrgId: joint.id },
      amounts: { perHouseholdFen: 50_000 },
    });
    await call('finance', 'POST', `/api/v1/aid-campaigns/${campaign.id}/select`);
    // A long window: other walks move the server's clock, and the print view should find the notice open.
    const noticed = await call<{ noticeBatchId: string }>('finance', 'POST', `/api/v1/aid-campaigns/${campaign.id}/notice`, { title: '联合工会送温暖名单公示', objectionContact: '电话 0755-26660000', windowDays: 30 });
    const batch = await call<{ publicToken: string }>('approver', 'GET', `/api/v1/notice-batches/${noticed.noticeBatchId}`);
    publicUrl = `/public/notices/${batch.publicToken}`;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers the whole notice and each unit; a unit prints its own lines, named atop the sheet', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto(`${publicUrl}/print`);
    const sheet = page.getByTestId('notice-print');
    const [first, second] = HOUSEHOLDS.map((h) => maskName(h.couple.head));
    // small enough to print whole: both units' lines by default
    await sheet.getByText(first!, { exact: true }).waitFor();
    await sheet.getByText(second!, { exact: true }).waitFor();
    expect(await page.getByTestId('print-unit-line').count()).toBe(0);

    const picker = page.getByTestId('print-unit');
    await picker.click();
    // The dropdown fills in as it opens: wait for all three choices (the whole notice first, then the units).
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    const choices = async () => {
      const [all, ...each] = await options.allTextContents();
      return [all, ...each.sort()];
    };
    await expect.poll(choices, { timeout: 10_000 }).toEqual(['全部单位', `${units[0]}（1）`, `${units[1]}（1）`]);
    await options.filter({ hasText: units[1]! }).click();

    await page.waitForURL(/[?&]org=[0-9a-f-]{36}/);
    await page.getByTestId('print-unit-line').getByText(units[1]!, { exact: false }).waitFor();
    await sheet.getByText(second!, { exact: true }).waitFor();
    expect(await sheet.getByText(first!, { exact: true }).count()).toBe(0);
    expect(await sheet.locator('thead .sheet-head').textContent()).toContain(units[1]);

    // The URL keeps the choice: opened again, the same unit prints.
    const url = page.url();
    const again = await context.newPage();
    await again.goto(url);
    await again.getByTestId('print-unit-line').getByText(units[1]!, { exact: false }).waitFor();
    expect(await again.getByTestId('notice-print').getByText(first!, { exact: true }).count()).toBe(0);
    await context.close();
  }, STEP_TIMEOUT);
});
