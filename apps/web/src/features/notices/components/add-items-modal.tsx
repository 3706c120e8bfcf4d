import { useState } from 'react';
import { Alert, Empty, Modal, Table, type TableColumnsType } from 'antd';
import type { ApplicationSummary } from '@bangfu/shared/applications';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useAddNoticeItems } from '../api/add-notice-items';
import { useNoticeCandidates } from '../api/get-notice-candidates';

/** Picks applications waiting at the notice step, below the batch's org and in no batch yet. */
export function AddItemsModal({ batch, onClose }: { batch: NoticeBatch; onClose: () => void }) {
  const t = useT();
  const candidates = useNoticeCandidates(batch.orgId);
  const add = useAddNoticeItems();
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const rows = candidates.data ?? [];

  const columns: TableColumnsType<ApplicationSummary> = [
    { title: t('application.no'), dataIndex: 'applicationNo', key: 'no' },
    { title: t('application.applicant'), dataIndex: 'applicantName', key: 'name' },
    { title: t('application.kind'), key: 'kind', render: (_, app) => t(`appKind.${app.kind}`) },
    { title: t('application.aidType'), key: 'aidType', render: (_, app) => (app.aidType ? t(`aidType.${app.aidType}`) : '—') },
    { title: t('application.amount'), key: 'amount', align: 'right', render: (_, app) => (app.amountFen === null ? '—' : formatFen(app.amountFen, '')) },
    { title: t('application.category'), key: 'category', render: (_, app) => (app.category ? translateCode(t, `hardshipCategory.${app.category}`, app.category) : '—') },
    { title: t('application.org'), dataIndex: 'orgName', key: 'org' },
  ];

  const submit = () => {
    setError(null);
    add.mutate({ id: batch.id, applicationIds: selected }, { onSuccess: onClose, onError: (problem) => setError(errorMessage(problem, t)) });
  };

  return (
    <Modal
      open
      width={900}
      title={t('noticeBatch.addItems')}
      okText={t('noticeBatch.addSelected', { n: selected.length })}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: selected.length === 0, 'data-testid': 'add-items-ok' }}
      confirmLoading={add.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('noticeBatch.addItemsHint', { org: batch.orgName })} style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {candidates.isError && <Alert type="error" showIcon title={errorMessage(candidates.error, t)} style={{ marginBottom: 12 }} />}
      <Table<ApplicationSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={candidates.isPending}
        pagination={false}
        scroll={{ x: 800, y: 400 }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noticeBatch.noCandidates')} /> }}
        data-testid="notice-candidates"
      />
    </Modal>
  );
}
