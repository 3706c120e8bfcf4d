import { describe, expect, it } from 'vitest';
import type { Problem } from '@bangfu/shared/common';
import { ApiError } from '../../../lib/api-error';
import { translate, type Translate } from '../../../lib/i18n';
import { decisionErrorMessage } from './decision-error';

const zh: Translate = (key, vars) => translate('zh-CN', key, vars);
const problem = (code: string, status: number, detail?: string, extra: Partial<Problem> = {}) =>
  new ApiError({ type: `urn:bangfu:problem:${code}`, code, title: code, status, detail, requestId: 'r', ...extra });
const capBase = { capId: '00000000-0000-4000-8000-000000000001', divisionCode: '440300', year: 2026 };

describe('decisionErrorMessage', () => {
  it('names the cap, what was granted and what is left, in Chinese, from the structured cap', () => {
    const error = problem('CAP_EXCEEDED', 422, 'Cap 440300 2026 deep/medical: …', {
      cap: { ...capBase, category: 'deep', aidType: 'medical', measure: 'amount', limit: 2_000_000, granted: 1_500_000, left: 500_000, requested: 1_000_000 },
    });
    expect(decisionErrorMessage(error, zh)).toBe('超出年度救助限额（440300 2026年 深度困难·医疗救助）：每年最多 20000.00 元，已批准 15000.00 元，剩余 5000.00 元');
    const items = problem('CAP_EXCEEDED', 422, 'Cap …', { cap: { ...capBase, category: 'any', aidType: 'any', measure: 'items', limit: 2, granted: 2, left: 0, requested: 1 } });
    expect(decisionErrorMessage(items, zh)).toBe('超出年度救助次数限额（440300 2026年 所有困难类别·所有帮扶类型）：每年最多 2 次，已批准 2 次，剩余 0 次');
  });

  it('names the level an approver needs, from the structured rule', () => {
    const error = problem('APPROVAL_LEVEL_TOO_LOW', 403, 'medical aid over 20000.00 yuan needs an approver at province level', {
      escalation: { ruleId: capBase.capId, ruleOrgId: capBase.capId, aidType: 'medical', overAmountFen: 2_000_000, amountFen: 2_500_000, requiredLevel: 'province', approverLevel: 'county' },
    });
    expect(decisionErrorMessage(error, zh)).toBe('金额超过 20000.00 元，须由省级工会审批');
  });

  it('falls back to the detail when a server sends no structured member', () => {
    expect(decisionErrorMessage(problem('CAP_EXCEEDED', 422, 'Cap X: at most 1 item(s)'), zh)).toBe('超出年度救助限额：Cap X: at most 1 item(s)');
  });

  it('translates the workflow codes', () => {
    expect(decisionErrorMessage(problem('OUT_OF_ORDER', 409, 'Step x must be decided by the lower level first'), zh)).toBe('须按顺序办理：下级尚未作出决定，上级暂不能处理');
    expect(decisionErrorMessage(problem('CONSENT_MISSING', 422, 'x'), zh)).toContain('授权委托书');
    expect(decisionErrorMessage(problem('NOT_WITHDRAWABLE', 409, 'x'), zh)).toContain('不能撤回');
  });
});
