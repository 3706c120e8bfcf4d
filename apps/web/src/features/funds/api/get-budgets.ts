import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BudgetReport } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';

/** GET /api/v1/fund-accounts/:id/budgets?year=: the year's budget lines with what is used and left. */
export function getBudgets(accountId: string, year: number, signal?: AbortSignal): Promise<BudgetReport> {
  return api.get<BudgetReport>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/budgets`, { year }, signal);
}

export const budgetsQueryOptions = (accountId: string, year: number) =>
  queryOptions({ queryKey: ['funds', 'budgets', accountId, year], queryFn: ({ signal }) => getBudgets(accountId, year, signal) });

export function useBudgets(accountId: string, year: number) {
  return useQuery(budgetsQueryOptions(accountId, year));
}
