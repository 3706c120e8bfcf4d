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
});
