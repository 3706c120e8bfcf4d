import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMING_SOON_AREAS } from '../src/app/areas';
import { launchBrowser, login, newPage } from './support/browser';
import { chromiumMissing, warnChromiumMissing } from './support/paths';

if (chromiumMissing) warnChromiumMissing();

describe.skipIf(chromiumMissing)('navigation as admin', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the login in the audit log', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'admin');
    await page.getByTestId('side-menu').getByText('审计日志').click();
    await page.waitForURL('**/admin/audit');
    const row = page.locator('tr', { has: page.getByTestId('audit-action').getByText('auth.login', { exact: true }) });
    await row.filter({ hasText: '省总系统管理员' }).first().waitFor();
    await context.close();
  });

  it('marks a not-yet-built area as coming soon', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'admin');
    const menu = page.getByTestId('side-menu');
    expect(await menu.getByText('建设中').count()).toBe(COMING_SOON_AREAS.length);
    await menu.getByText('服务台账').click();
    await page.waitForURL('**/reception');
    const marker = page.getByTestId('coming-soon');
    await marker.waitFor();
    expect(await marker.textContent()).toContain('建设中');
    expect(await page.getByText('该功能将在后续版本中提供').count()).toBe(1);
    await context.close();
  });

  it('switches the menu to English', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'admin');
    await page.getByTestId('language-switch').getByText('English').click();
    const menu = page.getByTestId('side-menu');
    await menu.getByText('Administration').waitFor();
    await menu.getByText('Organisations').waitFor();
    expect(await menu.getByText('Coming soon').count()).toBe(COMING_SOON_AREAS.length);
    expect(await menu.getByText('系统管理').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The choice survives a reload.
    await page.reload();
    await page.getByTestId('side-menu').getByText('Administration').waitFor();
    await context.close();
  });
});
