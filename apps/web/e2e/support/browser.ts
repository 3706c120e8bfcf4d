import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './paths';

export const DEMO_PASSWORD = 'Bangfu@2026';

/** One Debian Chromium per test file; chromium.launch gives it a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A clean context per test: no tokens or language choice left over in localStorage. It asks for reduced
 * motion, as a user can in the system's settings: the dashboard then opens popups without animation, so
 * a click never lands on a popconfirm still moving into place.
 */
export async function newPage(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

export async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** Logs in through the form and waits for the signed-in layout. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await fillLogin(page, username, password);
  await page.getByTestId('side-menu').waitFor();
}

/** A fresh context logged in through the form as `username` (the server's clock may have jumped since the last one). */
export async function pageAs(browser: Browser, baseUrl: string, username: string): Promise<{ page: Page; done: () => Promise<void> }> {
  const { context, page } = await newPage(browser, baseUrl);
  await login(page, username);
  return { page, done: () => context.close() };
}
