import { Alert, Collapse, Empty, Space } from 'antd';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { ClassificationWorkingView } from './classification-working';
import { label } from './file-labels';

/** 困难类别测算: the current proposal's working, and the working the confirmed category was judged on. */
export function ClassificationCard({ file }: { file: HardshipFile }) {
  const t = useT();
  const locale = useLocale();
  if (!file.classification) return <Empty description={t('calc.notJudged')} />;
  const basis = file.categoryBasis;
  const basisDiffers = basis && JSON.stringify(basis) !== JSON.stringify(file.classification);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {file.category && (
        <Alert
          type={file.category === file.proposedCategory ? 'success' : 'warning'}
          showIcon
          title={t('calc.confirmedAs', {
            category: label(t, 'category', file.category),
            by: file.categoryConfirmedBy ?? '—',
            at: formatDateTime(file.categoryConfirmedAt, locale),
          })}
          description={file.category !== file.proposedCategory ? t('calc.confirmedDiffers', { proposed: label(t, 'category', file.proposedCategory) }) : undefined}
        />
      )}
      <ClassificationWorkingView working={file.classification} />
      {basisDiffers && (
        <Collapse
          size="small"
          items={[{ key: 'basis', label: t('calc.basis', { date: basis.judgedOn }), children: <ClassificationWorkingView working={basis} /> }]}
        />
      )}
    </Space>
  );
}
