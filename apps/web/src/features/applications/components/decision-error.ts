import { isApiError } from '../../../lib/api-error';
import { translateCode, type Translate } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';

/**
 * The error of a decision in the UI language, with the specifics the server puts in the detail:
 * the cap, what was granted and what is left (CAP_EXCEEDED), the level an approver needs (APPROVAL_LEVEL_TOO_LOW).
 */
export function decisionErrorMessage(error: unknown, t: Translate): string {
  const base = errorMessage(error, t);
  if (!isApiError(error) || !error.problem.detail) return base;
  const detail = error.problem.detail;
  if (error.code === 'CAP_EXCEEDED') {
    const amount = /^Cap (.+?): at most ([\d.]+) yuan a year; granted ([\d.]+), left ([\d.]+)$/.exec(detail);
    if (amount) return t('problem.capAmount', { cap: amount[1] ?? '', max: amount[2] ?? '', granted: amount[3] ?? '', left: amount[4] ?? '' });
    const items = /^Cap (.+?): at most (\d+) item\(s\) a year; granted (\d+), left (\d+)$/.exec(detail);
    if (items) return t('problem.capItems', { cap: items[1] ?? '', max: items[2] ?? '', granted: items[3] ?? '', left: items[4] ?? '' });
    return `${base}：${detail}`;
  }
  if (error.code === 'APPROVAL_LEVEL_TOO_LOW') {
    const level = /needs an approver at (\w+) level/.exec(detail)?.[1];
    const over = /over ([\d.]+) yuan/.exec(detail)?.[1];
    return level && over ? t('problem.approvalLevel', { over, level: translateCode(t, `level.${level}`, level) }) : `${base}：${detail}`;
  }
  return base;
}
