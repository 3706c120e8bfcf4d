import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkCharacter } from '@bangfu/shared/id-number';
import { maskIdNumber } from '@bangfu/shared/masks';
import { launchBrowser, login, newPage } from './support/browser';
import { chromiumMissing, warnChromiumMissing } from './support/paths';

if (chromiumMissing) warnChromiumMissing();

/** A checksum-valid resident ID (Ürümqi division, so it cannot clash with the Shenzhen demo households). */
const idNumber = (birth: string, sequence: string) => {
  const first17 = `650102${birth}${sequence}`;
  return first17 + checkCharacter(first17);
};

// Names no demo household has (the synthetic names never use 修 or 姝), so a pinyin search finds exactly these.
const HEAD = { name: '欧阳修远', initials: 'oyxy', id: idNumber('19800512', '035') };
const SPOUSE = { name: '端木静姝', id: idNumber('19820817', '024') };

/** Picks an option of the antd Select behind the test id. */
async function choose(page: Page, testId: string, option: string, within = page.locator('body')) {
  await within.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

describe.skipIf(chromiumMissing)('困难职工档案', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let fileUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('files a household of two, shows the proposed category, and finds it by pinyin initials with the ID masked', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'operator');
    await page.getByTestId('side-menu').getByText('困难职工档案').click();
    await page.waitForURL('**/hardship-files');
    await page.getByTestId('new-file').click();
    await page.waitForURL('**/hardship-files/new');

    await choose(page, 'main-cause', '下岗失业');

    const head = page.getByTestId('member-card-0');
    await head.getByTestId('member-name').fill(HEAD.name);
    await head.getByTestId('member-id-number').fill(HEAD.id);
    await head.getByText('号码有效：1980-05-12 出生，男').waitFor();
    await choose(page, 'member-work-status', '在岗', head);

    await page.getByTestId('add-member').click();
    const spouse = page.getByTestId('member-card-1');
    await spouse.getByTestId('member-name').fill(SPOUSE.name);
    await spouse.getByTestId('member-id-number').fill(SPOUSE.id);
    await spouse.getByText('号码有效：1982-08-17 出生，女').waitFor();
    await choose(page, 'member-work-status', '病休', spouse);

    await page.getByTestId('add-income').click();
    await page.getByTestId('income-amount').fill('1,500');

    // The preview works it out before saving: ¥18,000 a year for two is ¥750 a month each, below L.
    const preview = page.getByTestId('classification-preview');
    await preview.getByTestId('calc-mpcn').getByText('¥750.00').waitFor();
    expect(await preview.getByTestId('proposed-category').textContent()).toBe('深度困难');

    await page.getByTestId('submit-file').click();
    await page.waitForURL(/\/hardship-files\/[0-9a-f-]{36}$/);
    fileUrl = new URL(page.url()).pathname;
    await page.getByTestId('file-title').getByText(HEAD.name).waitFor();
    const card = page.getByTestId('classification-card');
    await card.getByTestId('proposed-category').getByText('深度困难').waitFor();
    await page.getByTestId('file-proposed-category').getByText('建议：深度困难').waitFor();
    expect(await page.getByTestId('member-id-masked').allTextContents()).toEqual([maskIdNumber(HEAD.id), maskIdNumber(SPOUSE.id)]);

    await page.goto('/hardship-files');
    await page.getByTestId('file-search').locator('input').fill(HEAD.initials);
    await page.getByTestId('file-search').locator('input').press('Enter');
    await page.waitForURL(/q=oyxy/);
    await page.getByTestId('files-total').getByText('共 1 户').waitFor();
    const row = page.locator('tr', { has: page.getByTestId('file-head-name').getByText(HEAD.name, { exact: true }) });
    await row.waitFor();
    expect(await page.getByTestId('file-head-name').allTextContents()).toEqual([HEAD.name]);
    expect(await row.getByTestId('file-head-id').textContent()).toBe(maskIdNumber(HEAD.id));

    const html = await page.content();
    expect(html).toContain(maskIdNumber(HEAD.id));
    for (const full of [HEAD.id, SPOUSE.id, HEAD.id.slice(0, 17)]) expect(html).not.toContain(full);
    await context.close();
  }, 90_000);

  it('prints the 困难职工档案表 on one A4 page: the sheet alone, with the IDs masked', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'operator');
    await page.goto(`${fileUrl}/print`);
    const sheet = page.getByTestId('print-sheet');
    await sheet.getByText(HEAD.name).first().waitFor();
    expect(await sheet.locator('h1').textContent()).toBe('困难职工档案表');
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain(maskIdNumber(HEAD.id));
    expect(text).toContain(SPOUSE.name);
    for (const full of [HEAD.id, SPOUSE.id]) expect(text).not.toContain(full);
    // On screen: an A4-wide sheet (210 mm at 96 dpi) under the toolbar.
    expect(Math.round((await sheet.boundingBox())!.width)).toBe(794);
    expect(await page.getByTestId('print-button').isEnabled()).toBe(true);

    // On paper: no toolbar, and the form of a household of two fits one A4 page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual([595, 842]); // A4 in points
    await context.close();
  }, 90_000);

  it('says which ID rule fails while the number is typed, and fills in birth date and gender once it is valid', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'operator');
    await page.goto('/hardship-files/new');
    const head = page.getByTestId('member-card-0');
    const input = head.getByTestId('member-id-number');

    await input.pressSequentially('6501021980');
    await head.getByText('已输入 10 位').waitFor();

    const good = HEAD.id;
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    await input.fill('');
    await input.pressSequentially(wrongCheck);
    await head.getByText('校验码（最后一位）与前 17 位不符').waitFor();

    await input.press('Backspace');
    await input.press(good[17]!);
    await head.getByText('号码有效：1980-05-12 出生，男').waitFor();
    expect(await head.locator('input[type="date"]').inputValue()).toBe('1980-05-12');
    expect(await head.locator('.ant-radio-button-wrapper-checked').textContent()).toBe('男');

    // Choosing the other gender now contradicts the number (its 17th digit is odd).
    await head.getByText('女', { exact: true }).click();
    await head.getByText('与性别不符（第 17 位奇数为男、偶数为女）').waitFor();
    await context.close();
  }, 60_000);

  it('shows 低保标准 to the administrator, who has no access to the files themselves', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, 'admin');
    const menu = page.getByTestId('side-menu');
    await menu.getByText('低保标准').click();
    await page.waitForURL('**/admin/standards');
    await page.getByTestId('standards-table').getByText('440300').first().waitFor();
    await page.getByTestId('params-table').getByText('¥2,520.00').waitFor();
    expect(await menu.getByText('困难职工档案').count()).toBe(0);
    await page.goto('/hardship-files');
    await page.getByText('您没有访问此页面的权限').waitFor();
    await context.close();
  });
});
