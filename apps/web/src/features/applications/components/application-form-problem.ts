import type { FormInstance } from 'antd';
import { isApiError } from '../../../lib/api-error';
import type { Translate } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';

const FORM_FIELDS = new Set(['kind', 'fileId', 'orgId', 'applicant', 'aidType', 'amountFen', 'channel', 'reason']);

/**
 * Like applyProblemToForm, for the application form's nested fields: `/body/applicant/idNumber` lands on
 * the applicant's ID number. Returns the text to show above the form.
 */
export function applyApplicationProblem(form: FormInstance, error: unknown, t: Translate): string {
  const summary = errorMessage(error, t);
  if (!isApiError(error)) return summary;
  const unmatched: string[] = [];
  const fields: { name: string[]; errors: string[] }[] = [];
  for (const fieldError of error.problem.errors ?? []) {
    const parts = fieldError.field.split('/').filter(Boolean);
    if (parts[0] === 'body') parts.shift();
    const name = parts;
    const message = error.code === 'VALIDATION_FAILED' ? fieldError.message : summary;
    if (name[0] && FORM_FIELDS.has(name[0])) fields.push({ name, errors: [message] });
    else if (fieldError.message !== error.problem.detail) unmatched.push(`${fieldError.field}: ${fieldError.message}`);
  }
  form.setFields(fields);
  return [summary, ...unmatched].join('；');
}
