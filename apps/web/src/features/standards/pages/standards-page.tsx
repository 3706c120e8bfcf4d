import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ClassificationParamsRecord } from '@bangfu/shared/standards';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useClassificationParams, useMinLivingStandards } from '../../../lib/standards';
import { ParamsFormModal } from '../components/params-form-modal';
import { StandardFormModal } from '../components/standard-form-modal';
import { ClassificationParamsTable, MinLivingStandardsTable } from '../components/standards-tables';

type Dialog = { kind: 'standard' } | { kind: 'params'; record: ClassificationParamsRecord | null } | null;

/** 系统管理 → 低保标准: the minimum-living standards by division and date, and the classification parameters by year. */
export function StandardsPage() {
  const t = useT();
  const [prefix, setPrefix] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const standards = useMinLivingStandards(prefix);
  const params = useClassificationParams(prefix);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('standards.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('standards.intro')}
      </Typography.Paragraph>
      <Input.Search
        allowClear
        style={{ width: 280 }}
        placeholder={t('standards.filterDivision')}
        onSearch={(value) => setPrefix(/^[0-9]{2,6}$/.test(value.trim()) ? value.trim() : undefined)}
      />
      <Card
        title={t('standards.standards')}
        size="small"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'standard' })} data-testid="add-standard">
            {t('standards.add')}
          </Button>
        }
      >
        {standards.isError && <Alert type="error" showIcon title={errorMessage(standards.error, t)} style={{ marginBottom: 12 }} />}
        <MinLivingStandardsTable items={standards.data?.items ?? []} loading={standards.isPending} />
      </Card>
      <Card
        title={t('standards.params')}
        size="small"
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'params', record: null })} data-testid="set-params">
            {t('standards.setParams')}
          </Button>
        }
      >
        {params.isError && <Alert type="error" showIcon title={errorMessage(params.error, t)} style={{ marginBottom: 12 }} />}
        <ClassificationParamsTable items={params.data?.items ?? []} loading={params.isPending} onEdit={(record) => setDialog({ kind: 'params', record })} />
      </Card>
      {dialog?.kind === 'standard' && <StandardFormModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'params' && <ParamsFormModal record={dialog.record} onClose={() => setDialog(null)} />}
    </Space>
  );
}
