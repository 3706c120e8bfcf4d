import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BudgetPut, BudgetReport } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';
import { budgetsQueryOptions } from './get-budgets';

/** PUT /api/v1/fund-accounts/:id/budgets: sets one (year, source, aid type) budget; answers the year's report. */
export function putBudget({ accountId, ...body }: BudgetPut & { accountId: string }): Promise<BudgetReport> {
  return api.put<BudgetReport>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/budgets`, body);
}

/** DELETE /api/v1/fund-accounts/:id/budgets/:budgetId: removes one line; answers the year's report. */
export function deleteBudget({ accountId, budgetId }: { accountId: string; budgetId: string }): Promise<BudgetReport> {
  return api.delete<BudgetReport>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/budgets/${encodeURIComponent(budgetId)}`);
}

function useBudgetMutation<V>(mutationFn: (variables: V) => Promise<BudgetReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (report) => queryClient.setQueryData(budgetsQueryOptions(report.accountId, report.year).queryKey, report),
  });
}

export const usePutBudget = () => useBudgetMutation(putBudget);
export const useDeleteBudget = () => useBudgetMutation(deleteBudget);
