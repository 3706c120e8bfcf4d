import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { translate, type Translate } from '../../../lib/i18n';
import { decisionErrorMessage } from './decision-error';

const zh: Translate = (key, vars) => translate('zh-CN', key, vars);
const problem = (code: string, status: number, detail?: string) => new ApiError({ type: `urn:bangfu:problem:${code}`, code, title: code, status, detail, requestId: 'r' });

describe('decisionErrorMessage', () => {
  it('names the cap, what was granted and what is left, in Chinese', () => {
    const error = problem('CAP_EXCEEDED', 422, 'Cap 440300 2026 deep/medical: at most 20000.00 yuan a year; granted 15000.00, left 5000.00');
    expect(decisionErrorMessage(error, zh)).toBe('超出年度救助限额（440300 2026 deep/medical）：每年最多 20000.00 元，已批准 15000.00 元，剩余 5000.00 元');
    const items = problem('CAP_EXCEEDED', 422, 'Cap 440300 2026 any/any: at most 2 item(s) a year; granted 2, left 0');
    expect(decisionErrorMessage(items, zh)).toBe('超出年度救助次数限额（440300 2026 any/any）：每年最多 2 次，已批准 2 次，剩余 0 次');
  });

  it('names the level an approver needs', () => {
    const error = problem('APPROVAL_LEVEL_TOO_LOW', 403, 'medical aid over 20000.00 yuan needs an approver at province level');
    expect(decisionErrorMessage(error, zh)).toBe('金额超过 20000.00 元，须由省级工会审批');
  });

  it('translates the workflow codes', () => {
    expect(decisionErrorMessage(problem('OUT_OF_ORDER', 409, 'Step x must be decided by the lower level first'), zh)).toBe('须按顺序办理：下级尚未作出决定，上级暂不能处理');
    expect(decisionErrorMessage(problem('CONSENT_MISSING', 422, 'x'), zh)).toContain('授权委托书');
  });
});
