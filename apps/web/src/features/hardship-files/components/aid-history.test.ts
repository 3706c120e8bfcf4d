import { describe, expect, it } from 'vitest';
import type { AidHistoryItem } from '@bangfu/shared/payments';
import { currentPayment, paidByYear } from './aid-history';

const payment = (id: string, status: 'booked' | 'exported' | 'paid' | 'failed', amountFen: number, createdAt: string) => ({
  id,
  paymentNo: id,
  method: 'bank_transfer' as const,
  status,
  amountFen,
  paidAt: status === 'paid' ? createdAt : null,
  failureReason: status === 'failed' ? '账户已销户' : null,
  createdAt,
});

const record = (year: number, payments: AidHistoryItem['payments']): AidHistoryItem => ({
  id: `r${year}${payments.length}`,
  applicationId: 'a',
  applicationNo: 'SQ',
  fileId: 'f',
  orgId: 'o',
  aidType: 'sending_warmth',
  amountFen: 300_000,
  year,
  status: 'paid',
  campaignId: null,
  createdAt: `${year}-01-01T00:00:00Z`,
  updatedAt: `${year}-01-01T00:00:00Z`,
  payments,
});

describe('aid history', () => {
  it('sums what was paid per year, leaving out failed payments', () => {
    const items = [
      record(2025, [payment('p1', 'failed', 300_000, '2025-01-02T00:00:00Z'), payment('p2', 'paid', 300_000, '2025-01-05T00:00:00Z')]),
      record(2026, [payment('p3', 'paid', 500_000, '2026-09-01T00:00:00Z')]),
      record(2026, [payment('p4', 'exported', 300_000, '2026-01-20T00:00:00Z')]),
    ];
    expect(paidByYear(items)).toEqual([
      { year: 2026, paidFen: 500_000, records: 2 },
      { year: 2025, paidFen: 300_000, records: 1 },
    ]);
  });

  it('shows the live payment of a record, else its latest failure', () => {
    expect(currentPayment(record(2025, [payment('p1', 'failed', 1, '2025-01-02T00:00:00Z'), payment('p2', 'paid', 1, '2025-01-05T00:00:00Z')]))?.id).toBe('p2');
    expect(currentPayment(record(2025, [payment('p1', 'failed', 1, '2025-01-02T00:00:00Z'), payment('p3', 'failed', 1, '2025-02-02T00:00:00Z')]))?.id).toBe('p3');
    expect(currentPayment(record(2025, []))).toBeNull();
  });
});
