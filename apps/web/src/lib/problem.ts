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

type NamePath = (string | number)[];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The form field a JSON pointer lands on, given the form's values: `/body/members/1/idNumber` →
 * `['members', 1, 'idNumber']`. It descends through nested objects and through list items that are
 * objects (Form.List rows); it stops at a value that is itself one field (a string, a multi-select's
 * array), so `/body/roles/0` → `['roles']`. Null when the first segment is not a field of the form.
 */
export function pathOfPointer(pointer: string, values: Record<string, unknown>): NamePath | null {
  const first = fieldOfPointer(pointer);
  if (first === null || !(first in values)) return null;
  const parts = pointer.split('/').filter(Boolean);
  const rest = parts.slice(parts.indexOf(first) + 1);
  const path: NamePath = [first];
  let current: unknown = values[first];
  for (const segment of rest) {
    if (Array.isArray(current) && /^\d+$/.test(segment) && isPlainObject(current[Number(segment)])) {
      current = current[Number(segment)];
      path.push(Number(segment));
    } else if (isPlainObject(current) && segment in current) {
      current = current[segment];
      path.push(segment);
    } else break;
  }
  return path;
}

/**
 * Puts the problem's field errors on the form's fields (via setFields) and returns the text to show above the
 * form: the problem's message, plus any field error that has no matching field. `translateField` may turn a
 * field error the server words in English (e.g. an ID rule) into the UI language.
 */
export function applyProblemToForm(
  form: FormInstance,
  error: unknown,
  t: Translate,
  translateField?: (fieldError: { field: string; message: string }) => string | undefined,
): string {
  if (!isApiError(error)) return errorMessage(error, t);
  const summary = errorMessage(error, t);
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: string[] = [];
  for (const fieldError of error.problem.errors ?? []) {
    const name = pathOfPointer(fieldError.field, values);
    // A field error that repeats a translated detail is shown translated too.
    const message =
      translateField?.(fieldError) ??
      (fieldError.message === error.problem.detail && error.code !== 'VALIDATION_FAILED' ? summary : fieldError.message);
    if (name) {
      const key = JSON.stringify(name);
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(message);
      byField.set(key, entry);
    } else unmatched.push(`${fieldError.field}: ${message}`);
  }
  form.setFields([...byField.values()]);
  return [summary, ...unmatched].join('；');
}
