import type { CapProblem, EscalationProblem } from '@bangfu/shared/common';
import { isApiError } from '../../../lib/api-error';
import { translateCode, type Translate } from '../../../lib/i18n';
import { fenToYuanText } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';

/** The cap a refusal names, in words: "440300 2026年 深度困难·医疗救助". */
export function capLabel(cap: CapProblem, t: Translate): string {
  return t('problem.capLabel', {
    division: cap.divisionCode,
    year: cap.year,
    category: cap.category === 'any' ? t('workflowSettings.anyCategory') : translateCode(t, `hardshipCategory.${cap.category}`, cap.category),
    aidType: cap.aidType === 'any' ? t('workflowSettings.anyAidType') : translateCode(t, `aidType.${cap.aidType}`, cap.aidType),
  });
}

/** A figure of a cap: yuan for an amount cap, a count for an items cap. */
export const capFigure = (cap: CapProblem, n: number) => (cap.measure === 'amount' ? fenToYuanText(n) : String(n));

/** The structured members of a decision's refusal, when the server sent them. */
export function decisionProblem(error: unknown): { cap?: CapProblem; escalation?: EscalationProblem } {
  if (!isApiError(error)) return {};
  if (error.code === 'CAP_EXCEEDED' && error.problem.cap) return { cap: error.problem.cap };
  if (error.code === 'APPROVAL_LEVEL_TOO_LOW' && error.problem.escalation) return { escalation: error.problem.escalation };
  return {};
}

/**
 * The error of a decision in the UI language. A cap refusal (CAP_EXCEEDED) and an escalation refusal
 * (APPROVAL_LEVEL_TOO_LOW) are told from their structured `cap` / `escalation` members: the cap, what was
 * granted and what is left, or the level the approver needs.
 */
export function decisionErrorMessage(error: unknown, t: Translate): string {
  const base = errorMessage(error, t);
  const { cap, escalation } = decisionProblem(error);
  if (cap) {
    const vars = { cap: capLabel(cap, t), max: capFigure(cap, cap.limit), granted: capFigure(cap, cap.granted), left: capFigure(cap, cap.left) };
    return t(cap.measure === 'amount' ? 'problem.capAmount' : 'problem.capItems', vars);
  }
  if (escalation) {
    return t('problem.approvalLevel', { over: fenToYuanText(escalation.overAmountFen), level: translateCode(t, `level.${escalation.requiredLevel}`, escalation.requiredLevel) });
  }
  if (isApiError(error) && error.problem.detail && (error.code === 'CAP_EXCEEDED' || error.code === 'APPROVAL_LEVEL_TOO_LOW')) return `${base}：${error.problem.detail}`;
  return base;
}
