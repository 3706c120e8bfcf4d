import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AnnualFundReport, ReconciliationStatement } from '@bangfu/shared/fund-reports';
import { api } from '../../../lib/api-client';
import { downloadFromApi } from '../../../lib/download';

const base = (accountId: string) => `/api/v1/fund-accounts/${encodeURIComponent(accountId)}/reports`;

/** GET …/reports/annual?year=: 帮扶资金年度报表 as JSON (in and out by source and aid type, budgets, households). */
export function getAnnualReport(accountId: string, year: number, signal?: AbortSignal): Promise<AnnualFundReport> {
  return api.get<AnnualFundReport>(`${base(accountId)}/annual`, { year }, signal);
}

export const annualReportQueryOptions = (accountId: string, year: number) =>
  queryOptions({ queryKey: ['funds', 'reports', 'annual', accountId, year], queryFn: ({ signal }) => getAnnualReport(accountId, year, signal) });

export function useAnnualReport(accountId: string | undefined, year: number | null) {
  return useQuery({ ...annualReportQueryOptions(accountId ?? '', year ?? 0), enabled: Boolean(accountId) && year !== null });
}

/** GET …/reports/reconciliation?year=: 对账单, account vs ledger vs documents, per source. */
export function getReconciliation(accountId: string, year: number | null, signal?: AbortSignal): Promise<ReconciliationStatement> {
  return api.get<ReconciliationStatement>(`${base(accountId)}/reconciliation`, { year: year ?? undefined }, signal);
}

export const reconciliationQueryOptions = (accountId: string, year: number | null) =>
  queryOptions({ queryKey: ['funds', 'reports', 'reconciliation', accountId, year], queryFn: ({ signal }) => getReconciliation(accountId, year, signal) });

export function useReconciliation(accountId: string | undefined, year: number | null) {
  return useQuery({ ...reconciliationQueryOptions(accountId ?? '', year), enabled: Boolean(accountId) });
}

/** The annual report as an XLSX workbook (the download is audited). */
export function downloadAnnualReport(accountId: string, year: number): Promise<string> {
  return downloadFromApi(`${base(accountId)}/annual`, `帮扶资金年度报表-${year}.xlsx`, { year, format: 'xlsx' });
}

/** The reconciliation statement as an XLSX workbook (the download is audited). */
export function downloadReconciliation(accountId: string, year: number | null): Promise<string> {
  return downloadFromApi(`${base(accountId)}/reconciliation`, `帮扶资金对账单-${year ?? 'current'}.xlsx`, { year: year ?? undefined, format: 'xlsx' });
}
