import type { HardshipFileSummary } from '@bangfu/shared/hardship-files';
import type { CsvRow } from '../../../lib/csv';
import type { Translate } from '../../../lib/i18n';
import { fenToYuanText } from '../../../lib/money';
import { label } from './file-labels';

/** The loaded rows of the list as CSV rows: masked ID numbers only, amounts in yuan. */
export function filesCsvRows(t: Translate, files: readonly HardshipFileSummary[]): CsvRow[] {
  const header = [
    t('files.col.fileNo'),
    t('files.col.headName'),
    t('files.col.headId'),
    t('files.col.org'),
    t('files.col.householdType'),
    t('files.col.category'),
    t('files.proposedColumn'),
    t('files.col.status'),
    t('files.col.mainCause'),
    t('files.col.size'),
    t('files.col.mpcnYuan'),
    t('files.col.reviewDue'),
    t('files.col.lastReviewed'),
  ];
  return [
    header,
    ...files.map((file) => [
      file.fileNo,
      file.headName,
      file.headIdMasked,
      file.orgName,
      label(t, 'householdType', file.householdType),
      file.category ? label(t, 'category', file.category) : '',
      file.proposedCategory ? label(t, 'category', file.proposedCategory) : '',
      label(t, 'hardshipStatus', file.status),
      label(t, 'cause', file.mainCause),
      file.householdSize,
      fenToYuanText(file.mpcnFen),
      file.reviewDueOn ?? '',
      file.lastReviewedOn ?? '',
    ]),
  ];
}
