import type { Locator, Page, Request, Response } from 'playwright-core';

/** The request a confirmed action sends: its method and a pattern its path matches. */
export interface ExpectedRequest {
  method?: string;
  path: RegExp;
}

const OPEN_POPCONFIRM = '.ant-popconfirm:not(.ant-popover-hidden)';

/**
 * Clicks `trigger`, then the OK button of the Popconfirm it opens, and returns the server's answer to the
 * request that confirming sends. A click the page did not act on — the popconfirm did not open, or OK
 * sent nothing (seen on loaded CI machines: the server's log showed no request at all) — is made once
 * more. An answer, even a refusal, is returned as it is for the test to check: an action the server saw
 * is never repeated.
 */
export async function confirmPopconfirm(page: Page, trigger: Locator, request: ExpectedRequest, waitMs = 5_000): Promise<Response> {
  const method = request.method ?? 'POST';
  const matches = (r: Request) => r.method() === method && request.path.test(new URL(r.url()).pathname);
  const popup = page.locator(OPEN_POPCONFIRM);
  let lost = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (!(await popup.count())) await trigger.click();
    if (!(await popup.waitFor({ timeout: waitMs }).then(() => true, () => false))) {
      lost = 'the popconfirm did not open';
      continue;
    }
    const sent = page.waitForRequest(matches, { timeout: waitMs }).catch(() => null);
    await popup.locator('.ant-btn-primary').click();
    const req = await sent;
    if (!req) {
      lost = `confirming sent no ${method} ${request.path}`;
      continue;
    }
    const response = await req.response();
    if (!response) throw new Error(`${method} ${req.url()} got no response`);
    return response;
  }
  throw new Error(`${lost} (tried twice)`);
}
