import { isMessageKey, type Translate } from '../../../lib/i18n';

/**
 * The server words a failed ID check as `checksum: the check character …` on the idNumber field;
 * this gives the rule's Chinese (or English) text instead. Other field errors stay as they are.
 */
export function translateIdError(t: Translate, fieldError: { field: string; message: string }): string | undefined {
  if (!fieldError.field.endsWith('/idNumber')) return undefined;
  const rule = /^([a-z_]+):/.exec(fieldError.message)?.[1];
  const key = rule ? `idRule.${rule}` : '';
  return isMessageKey(key) ? t(key) : undefined;
}
