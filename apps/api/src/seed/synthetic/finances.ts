import type { ExpenseInput, IncomeInput } from '@bangfu/shared/hardship-files';
import type { Member } from './members';
import type { Rng } from './prng';

/** Yuan → fen, rounded to whole `step` yuan. */
function yuan(amount: number, step = 10): number {
  return Math.round(amount / step) * step * 100;
}

function between(rng: Rng, min: number, max: number): number {
  return min + rng.next() * (max - min);
}

/** What each co-resident member earns or receives, by work status, plus household-level items. */
export function incomesOf(rng: Rng, members: Member[], wageFen: number, facts: { singleParent: boolean; accident: boolean }): IncomeInput[] {
  const wage = wageFen / 100;
  const incomes: IncomeInput[] = [];
  const evidence = (text: string) => (rng.chance(0.5) ? { evidence: text } : {});
  for (const m of members) {
    if (m.input.coResident === false) continue;
    const rural = m.input.hukouType === 'rural';
    switch (m.input.workStatus) {
      case 'employed':
        incomes.push({ type: 'wages', amountFen: yuan(wage * between(rng, 0.95, 1.45)), period: 'monthly', ...evidence('工资流水') });
        break;
      case 'migrant_worker':
        incomes.push({ type: 'wages', amountFen: yuan(wage * between(rng, 1, 1.7)), period: 'monthly', ...evidence('工资条') });
        break;
      case 'sick_leave':
        incomes.push({ type: 'wages', amountFen: yuan(wage * 0.8), period: 'monthly', ...evidence('病假工资证明') });
        break;
      case 'laid_off':
      case 'unemployed':
        if (rng.chance(m.input.workStatus === 'laid_off' ? 0.65 : 0.35)) {
          incomes.push({ type: 'unemployment_benefit', amountFen: yuan(wage * 0.9), period: 'monthly', ...evidence('失业保险金领取记录') });
        }
        break;
      case 'retired':
        incomes.push({ type: 'pension', amountFen: yuan(rural ? between(rng, 150, 350) : between(rng, 1600, 3800)), period: 'monthly', ...evidence('养老金发放明细') });
        break;
      case 'early_retired':
        incomes.push({ type: 'pension', amountFen: yuan(between(rng, 1500, 2800)), period: 'monthly', ...evidence('内退生活费发放明细') });
        break;
      default:
        if (m.age >= 60 && (rural || rng.chance(0.5))) {
          // 城乡居民基本养老保险
          incomes.push({ type: 'pension', amountFen: yuan(rural ? between(rng, 150, 350) : between(rng, 1200, 2000)), period: 'monthly' });
        }
    }
  }
  if (facts.singleParent && rng.chance(0.5)) incomes.push({ type: 'support', amountFen: yuan(between(rng, 500, 1500), 50), period: 'monthly', ...evidence('抚养费协议') });
  if (facts.accident && rng.chance(0.5)) incomes.push({ type: 'compensation', amountFen: yuan(between(rng, 20_000, 100_000), 1000), period: 'once', ...evidence('赔偿协议') });
  if (rng.chance(0.2)) incomes.push({ type: 'union_aid', amountFen: yuan(between(rng, 500, 3000), 100), period: 'annual', evidence: '工会送温暖慰问金' });
  if (rng.chance(0.12)) incomes.push({ type: 'gifts', amountFen: yuan(between(rng, 200, 600), 50), period: 'annual', excluded: true, evidence: '节日慰问品' });
  if (rng.chance(0.04)) incomes.push({ type: 'interest_rent', amountFen: yuan(between(rng, 300, 3000), 50), period: 'annual' });
  if (rng.chance(0.02)) incomes.push({ type: 'business', amountFen: yuan(between(rng, 800, 2000), 50), period: 'monthly', evidence: '摆摊经营收入' });
  return incomes;
}

const EDUCATION_YUAN: Record<string, [number, number]> = {
  primary: [800, 2500],
  junior: [1200, 3500],
  senior: [3000, 8000],
  vocational: [3000, 9000],
  university: [8000, 18_000],
};

/** Rigid expenses: medical self-pay for the ill, schooling for students, care for the disabled, losses. */
export function expensesOf(rng: Rng, members: Member[], cause: { disaster: boolean; accident: boolean }): ExpenseInput[] {
  const expenses: ExpenseInput[] = [];
  for (const m of members) {
    if (m.input.coResident === false) continue;
    const h = m.input.health;
    if (h?.seriousIllness) {
      // Heavy-tailed: most pay a few tens of thousands, some much more.
      expenses.push({ type: 'medical_self_pay', amountFen: yuan(15_000 + 135_000 * rng.next() ** 2, 100), period: 'annual', evidence: '医疗费用票据及医保结算单' });
    } else if (h?.condition && !h.disabilityType && rng.chance(0.5)) {
      expenses.push({ type: 'medical_self_pay', amountFen: yuan(between(rng, 1500, 8000), 50), period: 'annual', evidence: '门诊慢特病费用票据' });
    }
    if (h?.disabilityType && h.disabilityType !== 'none' && (h.disabilityGrade ?? 4) <= 2) {
      expenses.push({ type: 'disability_care', amountFen: yuan(between(rng, 300, 1500)), period: 'monthly', evidence: '残疾人护理费用' });
    }
    if (cause.accident && h?.condition && h.disabilityType === 'physical') {
      expenses.push({ type: 'medical_self_pay', amountFen: yuan(between(rng, 10_000, 60_000), 100), period: 'annual', evidence: '住院费用清单' });
    }
    if (m.input.isStudent && m.input.schoolLevel) {
      const [min, max] = EDUCATION_YUAN[m.input.schoolLevel]!;
      expenses.push({ type: 'education', amountFen: yuan(between(rng, min, max), 100), period: 'annual', evidence: '学费收据' });
    }
  }
  if (cause.disaster) expenses.push({ type: 'accident_loss', amountFen: yuan(between(rng, 8000, 60_000), 100), period: 'once', evidence: '台风洪涝灾害损失核定' });
  if (cause.accident) expenses.push({ type: 'accident_loss', amountFen: yuan(between(rng, 10_000, 80_000), 100), period: 'once', evidence: '事故损失证明' });
  return expenses;
}
