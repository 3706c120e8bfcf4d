import type { ExpenseInput, HardshipFile, IncomeInput } from '@bangfu/shared/hardship-files';

export interface IncomeValues {
  type?: IncomeInput['type'];
  amountFen?: number | null;
  period?: IncomeInput['period'];
  excluded?: boolean;
  evidence?: string;
  personId?: string | null;
}

export interface ExpenseValues {
  type?: ExpenseInput['type'];
  amountFen?: number | null;
  period?: ExpenseInput['period'];
  evidence?: string;
}

const evidence = (value: string | undefined) => (value?.trim() ? { evidence: value.trim() } : {});

export function toIncomeInput(values: IncomeValues, withPerson: boolean): IncomeInput {
  return {
    type: values.type ?? 'other',
    amountFen: values.amountFen ?? 0,
    period: values.period ?? 'monthly',
    excluded: values.excluded ?? false,
    ...evidence(values.evidence),
    ...(withPerson ? { personId: values.personId ?? null } : {}),
  };
}

export function toExpenseInput(values: ExpenseValues): ExpenseInput {
  return { type: values.type ?? 'medical_self_pay', amountFen: values.amountFen ?? 0, period: values.period ?? 'annual', ...evidence(values.evidence) };
}

export const incomeToValues = (income: HardshipFile['incomes'][number]): IncomeValues => ({
  type: income.type,
  amountFen: income.amountFen,
  period: income.period,
  excluded: income.excluded,
  evidence: income.evidence ?? undefined,
  personId: income.personId,
});

export const expenseToValues = (expense: HardshipFile['expenses'][number]): ExpenseValues => ({
  type: expense.type,
  amountFen: expense.amountFen,
  period: expense.period,
  evidence: expense.evidence ?? undefined,
});
