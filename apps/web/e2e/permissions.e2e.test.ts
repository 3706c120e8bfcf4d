import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage } from './support/browser';
import { chromiumMissing, warnChromiumMissing } from './support/paths';

if (chromiumMissing) warnChromiumMissing();

describe.skipIf(chromiumMissing)('menus follow permissions', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a grassroots operator only the org tree under 系统管理', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'operator');
    const menu = page.getByTestId('side-menu');
    await menu.getByText('系统管理').waitFor();
    await menu.getByText('组织机构').waitFor();
    expect(await menu.getByText('用户与角色').count()).toBe(0);
    expect(await menu.getByText('服务账号').count()).toBe(0);
    expect(await menu.getByText('审计日志').count()).toBe(0);

    // Typing the address does not help either.
    await page.goto('/admin/audit');
    await page.getByText('您没有访问此页面的权限').waitFor();
    await context.close();
  });
  it('lets the auditor read the funds and change nothing; the system administrator does not see them', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'auditor');
    const menu = page.getByTestId('side-menu');
    await menu.getByText('帮扶资金专户').click();
    await page.waitForURL('**/funds');
    await page.getByTestId('account-card').first().waitFor();
    expect(await page.getByTestId('new-account').count()).toBe(0);
    await page.getByTestId('account-link').first().click();
    await page.getByTestId('ledger-table').getByTestId('txn-link').first().waitFor();
    expect(await page.getByTestId('reverse-txn').count()).toBe(0);
    await page.getByRole('tab', { name: '收款登记' }).click();
    await page.getByTestId('receipts-table').getByTestId('receipt-amount-cell').first().waitFor();
    expect(await page.getByTestId('new-receipt').count()).toBe(0);
    await menu.getByText('支付队列').click();
    await page.waitForURL('**/funds/payments');
    await page.getByTestId('queue-table').waitFor();
    expect(await page.getByTestId('pay-bank').count()).toBe(0);
    await menu.getByText('送温暖/金秋助学活动').click();
    await page.getByTestId('campaigns-table').waitFor();
    expect(await page.getByTestId('new-campaign').count()).toBe(0);
    await context.close();

    const admin = await newPage(browser, baseUrl);
    await login(admin.page, 'admin');
    expect(await admin.page.getByTestId('side-menu').getByText('帮扶资金专户').count()).toBe(0);
    await admin.page.goto('/funds');
    await admin.page.getByText('您没有访问此页面的权限').waitFor();
    await admin.context.close();
  });
});
