import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fillLogin, launchBrowser, login, newPage } from './support/browser';
import { chromiumMissing, warnChromiumMissing } from './support/paths';

if (chromiumMissing) warnChromiumMissing();

describe.skipIf(chromiumMissing)('login and the org tree', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs the admin in, in Chinese, and shows the org tree', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'admin');

    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect(page.title()).resolves.toContain('困难职工帮扶系统');
    await page.getByTestId('app-title').getByText('困难职工帮扶系统').waitFor();

    await page.getByTestId('side-menu').getByText('组织机构').click();
    await page.waitForURL('**/admin/orgs');
    const tree = page.getByTestId('org-tree');
    await tree.getByText('深圳市总工会').waitFor();
    await tree.getByText('南山区总工会').waitFor();

    // The detail panel follows the selection.
    await tree.getByText('南山区总工会').click();
    await page.getByTestId('org-detail').getByText('县级').first().waitFor();
    await page.waitForTimeout(400); // let the selection animation settle before the screenshot
    await page.screenshot({ path: join(process.env.E2E_SCREENSHOT_DIR ?? tmpdir(), 'bangfu-orgtree.png'), fullPage: true });
    await context.close();
  });

  it('shows an error for a wrong password', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await fillLogin(page, 'chair', 'not-the-password-1');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });
});
