import { checkCharacter } from '@bangfu/shared/id-number';
import type { BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from './browser';

/** Set-up through the API (fast), as the demo users; the browser then walks the part under test. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export async function apiLogin(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<TokenPair> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()) as TokenPair;
}

export async function apiCall<T>(baseUrl: string, tokens: TokenPair, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${tokens.accessToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Signs the browser context in with the user's tokens (what the login page stores), skipping the form.
 * Only where no session is stored yet: a page that has refreshed its tokens keeps the new pair on the
 * next navigation (replaying the rotated refresh token would revoke its family).
 */
export async function signIn(context: BrowserContext, tokens: TokenPair): Promise<void> {
  await context.addInitScript((session) => {
    if (!window.localStorage.getItem('bangfu.session')) window.localStorage.setItem('bangfu.session', session);
  }, JSON.stringify(tokens));
}

/** A checksum-valid resident ID: Nanshan division, the birth date, a random sequence (odd: male). */
export function makeIdNumber(birth: string, male: boolean): string {
  let seq = 100 + Math.floor(Math.random() * 899);
  if ((seq % 2 === 1) !== male) seq += 1;
  const first17 = `440305${birth}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** A two-member worker household with a serious illness: proposed as deep hardship. */
export function householdBody(orgId: string, headName: string, idNumber: string) {
  return {
    orgId,
    householdType: 'urban',
    mainCause: 6,
    members: [
      { relation: 'head', name: headName, gender: 'male', idNumber, workStatus: 'employed', phone: '13800138000', health: { seriousIllness: true, condition: '尿毒症' } },
      { relation: 'spouse', name: '李梅', gender: 'female', idNumber: makeIdNumber('19800302', false), workStatus: 'employed' },
    ],
    incomes: [{ type: 'wages', amountFen: 150_000, period: 'monthly' }],
    expenses: [{ type: 'medical_self_pay', amountFen: 1_200_000, period: 'annual' }],
    bankName: '中国工商银行',
    bankCard: '6222021234567890123',
  };
}
