import { useState } from 'react';
import { Alert, Button, Card, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { AidCap } from '@bangfu/shared/applications';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useDeleteAidCap } from '../api/delete-aid-cap';
import { useAidCaps } from '../api/get-aid-caps';
import { CapModal } from './cap-modal';
import { RemoveButton } from './remove-button';

/**
 * 救助限额: the caps in the selected org's region; set, change or
 * remove one in my own region (`mine`).
 */
export function CapsCard({ divisionPrefix, defaultDivision, mine }: { divisionPrefix: string | undefined; defaultDivision: string; mine: (cap: AidCap) => boolean }) {
  const t = useT();
  const caps = useAidCaps(divisionPrefix);
  const remove = useDeleteAidCap();
  const [editing, setEditing] = useState<AidCap | 'new' | null>(null);
  const noLimit = t('workflowSettings.noLimit');

  const columns: TableColumnsType<AidCap> = [
    { title: t('org.divisionCode'), dataIndex: 'divisionCode', key: 'division' },
    { title: t('workflowSettings.year'), dataIndex: 'year', key: 'year' },
    { title: t('application.category'), key: 'category', render: (_, c) => (c.category === 'any' ? t('workflowSettings.anyCategory') : translateCode(t, `hardshipCategory.${c.category}`, c.category)) },
    { title: t('application.aidType'), key: 'aidType', render: (_, c) => (c.aidType === 'any' ? t('workflowSettings.anyAidType') : t(`aidType.${c.aidType}`)) },
    { title: t('workflowSettings.maxAmount'), key: 'amount', align: 'right', render: (_, c) => (c.maxAmountFen === null ? noLimit : t('money.yuan', { amount: formatFen(c.maxAmountFen, '') })) },
    { title: t('workflowSettings.maxItems'), key: 'items', align: 'right', render: (_, c) => c.maxItems ?? noLimit },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, c) =>
        mine(c) && (
          <>
            <Button type="link" size="small" onClick={() => setEditing(c)}>
              {t('common.edit')}
            </Button>
            <RemoveButton id={c.id} mutation={remove} testId="remove-cap" />
          </>
        ),
    },
  ];

  return (
    <Card
      title={t('workflowSettings.caps')}
      size="small"
      extra={
        <Button icon={<PlusOutlined />} size="small" onClick={() => setEditing('new')}>
          {t('workflowSettings.addCap')}
        </Button>
      }
    >
      {caps.isError && <Alert type="error" showIcon title={errorMessage(caps.error, t)} style={{ marginBottom: 12 }} />}
      <Table<AidCap> rowKey="id" columns={columns} dataSource={caps.data?.items ?? []} loading={caps.isPending} pagination={false} size="small" scroll={{ x: 800 }} />
      {editing && <CapModal cap={editing === 'new' ? null : editing} defaultDivision={defaultDivision} onClose={() => setEditing(null)} />}
    </Card>
  );
}
