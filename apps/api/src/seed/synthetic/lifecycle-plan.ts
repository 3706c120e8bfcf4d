import type { Category, ExitType } from '@bangfu/shared/hardship-files';
import type { Static } from 'typebox';
import { addDays, dayToMs } from './days';
import type { Rng } from './prng';

/** What happens to a file after it is filed, each step on a day (and at a time in office hours). */
export interface LifecyclePlan {
  confirm?: { at: Date; category: Static<typeof Category> };
  formalize?: { at: Date };
  /** 集中复核: the yearly review. */
  review?: { at: Date };
  exit?: { at: Date; exitType: Static<typeof ExitType>; evidence: string };
  cancel?: { at: Date; reason: string };
}

const EXITS: readonly (readonly [readonly [Static<typeof ExitType>, string], number])[] = [
  [['out_of_hardship', '连续6个月家庭人均收入高于当地低保标准，经入户核实脱困'], 55],
  [['relieved', '已纳入低保兜底保障，家庭人均收入达到低保标准'], 10],
  [['retirement', '已办理退休手续，享受养老保险待遇'], 10],
  [['moved', '户籍及工作关系迁出本地'], 10],
  [['death', '户主去世，家庭无其他在职成员，经核实注销'], 5],
  [['failed_verification', '入户核查家庭收入与申报不符'], 7],
  [['fraud', '隐瞒家庭收入骗取帮扶资金，已追回'], 1],
];

/** 09:00–17:59 in China (UTC+8) on `day`. */
export function officeHours(rng: Rng, day: string): Date {
  return new Date(dayToMs(day) + (rng.int(1, 9) * 3600 + rng.int(0, 3599)) * 1000);
}

/**
 * A realistic path for a file filed on `filedOn` with the proposed category, cut off at `today`:
 * most eligible households are confirmed and made formal, some reviewed a year on, a few exit;
 * ineligible ones wait or are cancelled.
 */
export function planLifecycle(rng: Rng, proposed: Static<typeof Category>, filedOn: string, today: string): LifecyclePlan {
  const plan: LifecyclePlan = {};
  const due = (day: string) => day <= today;
  if (proposed === 'not_eligible') {
    const roll = rng.next();
    const checkedOn = addDays(filedOn, rng.int(5, 40));
    if (roll < 0.2 && due(checkedOn)) plan.confirm = { at: officeHours(rng, checkedOn), category: 'not_eligible' };
    if (roll < 0.6 && due(addDays(checkedOn, 1))) plan.cancel = { at: officeHours(rng, addDays(checkedOn, 1)), reason: '经入户核查，家庭收入超过困难职工认定标准，不予建档' };
    return plan;
  }
  const roll = rng.next();
  if (roll < 0.04) return plan; // still waiting for someone to confirm
  const confirmOn = addDays(filedOn, rng.int(2, 15));
  if (!due(confirmOn)) return plan;
  plan.confirm = { at: officeHours(rng, confirmOn), category: proposed };
  if (roll < 0.09) return plan; // confirmed, approval pending
  const formalOn = addDays(confirmOn, rng.int(3, 30));
  if (!due(formalOn)) return plan;
  plan.formalize = { at: officeHours(rng, formalOn) };
  const reviewOn = addDays(formalOn, rng.int(330, 365));
  if (due(reviewOn) && rng.chance(0.7)) plan.review = { at: officeHours(rng, reviewOn) };
  const exitOn = addDays(formalOn, rng.int(150, 700));
  if (due(exitOn) && rng.chance(0.1)) {
    const [exitType, evidence] = rng.weighted(EXITS);
    plan.exit = { at: officeHours(rng, exitOn), exitType, evidence };
    if (plan.review && exitOn <= reviewOn) delete plan.review;
  }
  return plan;
}
