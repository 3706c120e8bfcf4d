import type { FormInstance } from 'antd';
import { isApiError, type ApiError } from './api-error';
import { isMessageKey, type Translate } from './i18n';

/** Codes whose server detail carries specifics worth showing after the translated text. */
const APPEND_DETAIL = new Set(['FORBIDDEN']);

/** The problem's message in the UI language when its code is known, else the server's detail. */
function problemText(error: ApiError, t: Translate): string {
  const { code, detail, title, status, requestId } = error.problem;
  if (status >= 500) return `${t('problem.server')}${requestId ? ` (${t('common.requestId')}: ${requestId})` : ''}`;
  const key = `problem.${code}`;
  if (isMessageKey(key)) return APPEND_DETAIL.has(code) && detail ? `${t(key)}：${detail}` : t(key);
  return detail && detail !== title ? detail : title;
}

/** A human-readable message for any error thrown by the API client. */
export function errorMessage(error: unknown, t: Translate): string {
  if (isApiError(error)) return error.code === 'NETWORK_ERROR' ? t('error.network') : problemText(error, t);
  return error instanceof Error ? error.message : String(error);
}

/** `/body/name` → `name`; `/body/roles/0` → `roles`. Only the first segment after the location is a form field. */
export function fieldOfPointer(pointer: string): string | null {
  const parts = pointer.split('/').filter(Boolean);
  if (['body', 'query', 'querystring', 'params'].includes(parts[0] ?? '')) parts.shift();
  return parts[0] ?? null;
}

/**
 * Puts the problem's field errors on the form's fields (via setFields) and returns the text to show above the
 * form: the problem's message, plus any field error that has no matching field.
 */
export function applyProblemToForm(form: FormInstance, error: unknown, t: Translate): string {
  if (!isApiError(error)) return errorMessage(error, t);
  const summary = errorMessage(error, t);
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const fieldError of error.problem.errors ?? []) {
    const field = fieldOfPointer(fieldError.field);
    // A field error that repeats a translated detail is shown translated too.
    const message = fieldError.message === error.problem.detail && error.code !== 'VALIDATION_FAILED' ? summary : fieldError.message;
    if (field && known.has(field)) byField.set(field, [...(byField.get(field) ?? []), message]);
    else unmatched.push(`${fieldError.field}: ${message}`);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return [summary, ...unmatched].join('；');
}
