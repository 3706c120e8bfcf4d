import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AuditEntry } from '@bangfu/shared/audit';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { AuditDiff } from './audit-diff';
import { actionLabel, actorTypeLabel, recordTypeLabel } from './audit-labels';

interface AuditTableProps {
  entries: AuditEntry[];
  loading: boolean;
  /** Clicking an actor filters the log by them. */
  onPickActor: (actorId: string, actorName: string) => void;
}

export function AuditTable({ entries, loading, onPickActor }: AuditTableProps) {
  const t = useT();
  const locale = useLocale();

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), key: 'at', width: 180, render: (_, entry) => formatDateTime(entry.at, locale) },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, entry) => (
        <Space size={4}>
          {entry.actorId ? (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onPickActor(entry.actorId ?? '', entry.actorName)}>
              {entry.actorName}
            </Button>
          ) : (
            <span>{entry.actorName}</span>
          )}
          {entry.actorType !== 'user' && <Tag>{actorTypeLabel(t, entry.actorType)}</Tag>}
        </Space>
      ),
    },
    {
      title: t('audit.action'),
      key: 'action',
      render: (_, entry) => (
        <Space size={4} wrap>
          <Tag color={entry.action.endsWith('failed') ? 'error' : 'blue'} data-testid="audit-action">
            {entry.action}
          </Tag>
          {actionLabel(t, entry.action) !== entry.action && <Typography.Text type="secondary">{actionLabel(t, entry.action)}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('audit.record'),
      key: 'record',
      render: (_, entry) => (
        <Space orientation="vertical" size={0}>
          <span>{recordTypeLabel(t, entry.recordType)}</span>
          {entry.recordId && (
            <Typography.Text type="secondary" copyable={{ text: entry.recordId }} style={{ fontSize: 12 }}>
              {entry.recordId.length > 13 ? `${entry.recordId.slice(0, 8)}…` : entry.recordId}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('audit.ip'), key: 'ip', render: (_, entry) => entry.ip ?? '—' },
    {
      title: t('common.requestId'),
      key: 'requestId',
      render: (_, entry) =>
        entry.requestId ? (
          <Typography.Text code copyable={{ text: entry.requestId }} style={{ fontSize: 12 }}>
            {entry.requestId.length > 13 ? `${entry.requestId.slice(0, 12)}…` : entry.requestId}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1000 }}
      expandable={{
        expandedRowRender: (entry) => <AuditDiff entry={entry} />,
        rowExpandable: (entry) => entry.before !== null || entry.after !== null,
      }}
    />
  );
}
