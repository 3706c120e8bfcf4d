import { CATEGORIES, EXIT_TYPES, EXPENSE_TYPES, FILE_STATUSES, INCOME_TYPES, type HardshipFile } from '@bangfu/shared/hardship-files';
import { isMessageKey, type MessageKey, type Translate } from '../../../lib/i18n';

export type Category = (typeof CATEGORIES)[number];
export type FileStatus = (typeof FILE_STATUSES)[number];
export type Person = HardshipFile['members'][number];

export const CAUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const HOUSEHOLD_TYPES = ['urban', 'migrant'] as const;
export const ORIGINS = ['existing', 'new', 'returned'] as const;
export const PERIODS = ['monthly', 'annual', 'once'] as const;
export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'grandparent', 'other'] as const;
export const ID_TYPES = ['resident', 'hk_macau_permit', 'taiwan_permit', 'foreign_permanent', 'other'] as const;
export const WORK_STATUSES = ['employed', 'laid_off', 'unemployed', 'retired', 'sick_leave', 'early_retired', 'migrant_worker', 'none'] as const;
export const HOUSING_TYPES = ['owned', 'public_rental', 'private_rental', 'lodging', 'other'] as const;
export const DISABILITY_TYPES = ['none', 'visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;
export const SCHOOL_LEVELS = ['primary', 'junior', 'senior', 'vocational', 'university'] as const;
export const EXCLUSIONS = ['multipleHomes', 'ownsBusiness', 'privateSchoolOrAbroad', 'privateCar', 'idleByChoice'] as const;
export { CATEGORIES, EXIT_TYPES, EXPENSE_TYPES, FILE_STATUSES, INCOME_TYPES };

export const CATEGORY_COLORS: Record<Category, string> = { deep: 'red', relative: 'orange', accident: 'purple', not_eligible: 'default' };
export const STATUS_COLORS: Record<FileStatus, string> = { temporary: 'gold', formal: 'green', exited: 'blue', cancelled: 'default' };

/** `label(t, 'cause', 3)` → 下岗失业; a code the dictionary does not know is shown as it is. */
export function label(t: Translate, prefix: string, code: string | number | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : String(code);
}

/** Select options for a list of codes: `options(t, 'relation', RELATIONS)`. */
export function options<T extends string | number>(t: Translate, prefix: string, codes: readonly T[]): { value: T; label: string }[] {
  return codes.map((code) => ({ value: code, label: label(t, prefix, code) }));
}

export const yesNo = (t: Translate, value: boolean | null | undefined): string =>
  value === null || value === undefined ? '—' : t(value ? 'common.yes' : 'common.no');

/** Files that are still open (临时, 正式) may be changed; closed ones only re-filed. */
export const isOpen = (status: string) => status === 'temporary' || status === 'formal';

export const messageKey = (key: string): MessageKey | null => (isMessageKey(key) ? key : null);
