import { describe, expect, it } from 'vitest';
import type { ClassificationParamsRecord, MinLivingStandard } from '@bangfu/shared/standards';
import { paramsInForce, standardInForce } from './standards';

const std = (divisionCode: string, effectiveFrom: string, monthlyFen: number): MinLivingStandard => ({
  id: `${divisionCode}-${effectiveFrom}`,
  divisionCode,
  effectiveFrom,
  monthlyFen,
  note: null,
  createdAt: '2025-01-01T00:00:00Z',
});

describe('standardInForce', () => {
  const items = [std('440000', '2024-01-01', 105_000), std('440300', '2024-07-01', 140_000), std('440300', '2025-07-01', 145_000)];
  it('takes the most specific division, then the latest date not after the day', () => {
    expect(standardInForce(items, '440305', '2026-01-01')?.monthlyFen).toBe(145_000);
    expect(standardInForce(items, '440305', '2025-06-30')?.monthlyFen).toBe(140_000);
    expect(standardInForce(items, '440305', '2024-03-01')?.monthlyFen).toBe(105_000);
    expect(standardInForce(items, '110105', '2026-01-01')).toBeUndefined();
  });
});

describe('paramsInForce', () => {
  const p = (divisionCode: string, year: number) => ({ id: `${divisionCode}-${year}`, divisionCode, year }) as ClassificationParamsRecord;
  it('takes the year or the latest earlier one', () => {
    const items = [p('440000', 2024), p('440300', 2025)];
    expect(paramsInForce(items, '440305', 2026)?.id).toBe('440300-2025');
    expect(paramsInForce(items, '440305', 2024)?.id).toBe('440000-2024');
  });
});
