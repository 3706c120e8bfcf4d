import type { ReviewStep } from '@bangfu/shared/applications';
import { ORG_LEVELS, type OrgLevel } from '@bangfu/shared/orgs';
import type { Role } from '@bangfu/shared/roles';

export interface WorkflowSettings {
  economicCheck: boolean;
  noticePlacement: 'before_upper_review' | 'after_approval';
  noticeDays: number;
}

/** The system default, used where no ancestor has configured a workflow. */
export const DEFAULT_WORKFLOW: WorkflowSettings = { economicCheck: false, noticePlacement: 'before_upper_review', noticeDays: 7 };

/** The review steps in order for an organisation's settings (DOMAIN.md §4). */
export function planFor(s: WorkflowSettings): ReviewStep[] {
  const steps: ReviewStep[] = ['grassroots_review', 'home_visit'];
  if (s.economicCheck) steps.push('economic_check');
  if (s.noticePlacement === 'before_upper_review') steps.push('notice');
  steps.push('upper_review', 'approval');
  if (s.noticePlacement === 'after_approval') steps.push('notice');
  return steps;
}

/** Who decides each step. The notice has no human decision: its batch moves it on. */
export const STEP_ROLES: Record<ReviewStep, readonly Role[]> = {
  grassroots_review: ['grassroots_chair'],
  home_visit: ['grassroots_operator', 'grassroots_chair'],
  economic_check: ['upper_reviewer'],
  notice: [],
  recheck: ['upper_reviewer', 'centre_approver'],
  upper_review: ['upper_reviewer'],
  approval: ['centre_approver'],
};

/** Where the deciding user must sit relative to the application's org. */
export type Placement = 'in_scope' | 'strictly_above';
export const STEP_PLACEMENT: Record<ReviewStep, Placement> = {
  grassroots_review: 'in_scope',
  home_visit: 'in_scope',
  economic_check: 'strictly_above',
  notice: 'in_scope',
  recheck: 'strictly_above',
  upper_review: 'strictly_above',
  approval: 'in_scope',
};

export function nextState(plan: readonly ReviewStep[], current: ReviewStep): ReviewStep | 'approved' {
  if (current === 'recheck') return 'notice';
  const i = plan.indexOf(current);
  return plan[i + 1] ?? 'approved';
}

/**
 * 撤回 (withdrawal) is the applicant's own act while the case is still with the grassroots union that
 * took it (DOMAIN.md §4): draft, returned for correction, grassroots review, home visit, and the
 * economic check (a data check that precedes the upper review in every plan). Not under the public
 * notice (nothing in a batch moves while it is open) nor in recheck (a sustained objection ends by a
 * ruling, not by withdrawal), and not from the upper review on: the higher level decides (reject).
 */
export const WITHDRAWABLE: readonly string[] = ['draft', 'returned', 'grassroots_review', 'home_visit', 'economic_check'];
export const isWithdrawable = (state: string) => WITHDRAWABLE.includes(state);

export const isReviewStep = (state: string): state is ReviewStep => (['grassroots_review', 'home_visit', 'economic_check', 'notice', 'recheck', 'upper_review', 'approval'] as string[]).includes(state);

/** Level a rule asks for is met when the approver's org is at that level or higher. */
export function levelAtLeast(actual: OrgLevel, required: OrgLevel): boolean {
  return ORG_LEVELS.indexOf(actual) <= ORG_LEVELS.indexOf(required);
}

export const DECIDABLE_STEPS: readonly ReviewStep[] = ['grassroots_review', 'home_visit', 'economic_check', 'recheck', 'upper_review', 'approval'];
