import { isMessageKey, type Translate } from '../../../lib/i18n';

/**
 * A failed ID check names its rule on the idNumber field (`rule`: checksum, birth_date, …; older servers
 * only as the message's `checksum: …` prefix); this gives the rule's Chinese (or English) text instead.
 * Other field errors stay as they are.
 */
export function translateIdError(t: Translate, fieldError: { field: string; message: string; rule?: string }): string | undefined {
  if (!fieldError.field.endsWith('/idNumber')) return undefined;
  const rule = fieldError.rule ?? /^([a-z_]+):/.exec(fieldError.message)?.[1];
  const key = rule ? `idRule.${rule}` : '';
  return isMessageKey(key) ? t(key) : undefined;
}
