import { describe, expect, it } from 'vitest';
import { campaignsEn } from './i18n-campaigns-en';
import { campaignsZh } from './i18n-campaigns-zh';
import { en } from './i18n-en';
import { fundsEn } from './i18n-funds-en';
import { fundsZh } from './i18n-funds-zh';
import { zh } from './i18n-zh';

/** The funds and campaign dictionaries are spread into the big one: a key defined elsewhere too would silently lose. */
describe('funds and campaign dictionaries', () => {
  it('define each key once', () => {
    const both = Object.keys(fundsZh).filter((key) => key in campaignsZh);
    expect(both).toEqual([]);
  });

  it('keep their own text in the merged dictionaries, in both languages', () => {
    const mergedZh = zh as Record<string, string>;
    const mergedEn = en as Record<string, string>;
    for (const [key, text] of Object.entries({ ...fundsZh, ...campaignsZh })) expect([key, mergedZh[key]]).toEqual([key, text]);
    for (const [key, text] of Object.entries({ ...fundsEn, ...campaignsEn })) expect([key, mergedEn[key]]).toEqual([key, text]);
  });

  it('name every fund source, payment state and campaign state', () => {
    for (const key of ['fundSource.central_fiscal', 'fundSource.donation', 'paymentStatus.exported', 'campaignState.in_notice', 'campaignStep.ledger']) {
      expect(key in zh).toBe(true);
    }
  });
});
