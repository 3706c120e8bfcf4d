import { Button, Table, type TableColumnsType } from 'antd';
import type { ClassificationParamsRecord, MinLivingStandard } from '@bangfu/shared/standards';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';

export function MinLivingStandardsTable({ items, loading }: { items: MinLivingStandard[]; loading: boolean }) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<MinLivingStandard> = [
    { title: t('standards.division'), key: 'divisionCode', dataIndex: 'divisionCode' },
    { title: t('standards.effectiveFrom'), key: 'effectiveFrom', dataIndex: 'effectiveFrom' },
    { title: t('standards.monthly'), key: 'monthlyFen', align: 'right', render: (_, s) => formatFen(s.monthlyFen) },
    { title: t('standards.note'), key: 'note', render: (_, s) => s.note ?? '—' },
    { title: t('common.createdAt'), key: 'createdAt', render: (_, s) => formatDateTime(s.createdAt, locale) },
  ];
  return <Table<MinLivingStandard> rowKey="id" columns={columns} dataSource={items} loading={loading} pagination={false} size="small" data-testid="standards-table" />;
}

interface ParamsTableProps {
  items: ClassificationParamsRecord[];
  loading: boolean;
  onEdit: (record: ClassificationParamsRecord) => void;
}

export function ClassificationParamsTable({ items, loading, onEdit }: ParamsTableProps) {
  const t = useT();
  const columns: TableColumnsType<ClassificationParamsRecord> = [
    { title: t('standards.division'), key: 'divisionCode', dataIndex: 'divisionCode' },
    { title: t('standards.year'), key: 'year', dataIndex: 'year' },
    { title: t('standards.relativeMultiple'), key: 'relative', render: (_, p) => t('standards.times', { n: p.relativeMultipleBp / 10_000 }) },
    { title: t('standards.accidentRatio'), key: 'accident', render: (_, p) => `${p.accidentRatioBp / 100}%` },
    { title: t('standards.minimumWage'), key: 'wage', align: 'right', render: (_, p) => formatFen(p.minimumWageMonthlyFen) },
    { title: t('standards.workingAge'), key: 'age', render: (_, p) => t('standards.workingAgeRange', { min: p.workingAgeMin, male: p.retirementAgeMale, female: p.retirementAgeFemale }) },
    { title: t('standards.migrantMonths'), key: 'migrant', render: (_, p) => p.migrantMinEmploymentMonths },
    { title: t('standards.reviewMonths'), key: 'review', render: (_, p) => p.reviewMonths },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => onEdit(p)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];
  return <Table<ClassificationParamsRecord> rowKey="id" columns={columns} dataSource={items} loading={loading} pagination={false} size="small" scroll={{ x: 900 }} data-testid="params-table" />;
}
