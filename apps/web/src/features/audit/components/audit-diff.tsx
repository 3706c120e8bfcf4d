import { useState } from 'react';
import { Empty, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import type { AuditEntry } from '@bangfu/shared/audit';
import { useT } from '../../../lib/i18n';

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const show = (value: unknown): string => {
  if (value === undefined) return '';
  if (value === null) return 'null';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
};

/** Field-by-field comparison of an entry's before and after snapshots. */
export function diffRows(before: AuditEntry['before'], after: AuditEntry['after']): DiffRow[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    const b = before?.[field];
    const a = after?.[field];
    return { field, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}

function Value({ value, tone }: { value: unknown; tone?: 'danger' | 'success' }) {
  if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={tone} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontFamily: 'monospace', fontSize: 12 }}>
      {show(value)}
    </Typography.Text>
  );
}

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const both = entry.before !== null && entry.after !== null;
  const [changedOnly, setChangedOnly] = useState(both);
  const rows = diffRows(entry.before, entry.after);
  const visible = changedOnly ? rows.filter((row) => row.changed) : rows;

  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noChange')} />;

  const columns: TableColumnsType<DiffRow> = [
    { title: t('audit.field'), dataIndex: 'field', key: 'field', width: 200, render: (field: string) => <Typography.Text code>{field}</Typography.Text> },
    {
      title: t('audit.before'),
      key: 'before',
      render: (_, row) => <Value value={row.before} tone={row.changed && both ? 'danger' : undefined} />,
    },
    {
      title: t('audit.after'),
      key: 'after',
      render: (_, row) => <Value value={row.after} tone={row.changed && both ? 'success' : undefined} />,
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="audit-diff">
      {both && (
        <Space>
          <Switch size="small" checked={changedOnly} onChange={setChangedOnly} />
          <Typography.Text type="secondary">{t('audit.changedOnly')}</Typography.Text>
        </Space>
      )}
      <Table<DiffRow>
        size="small"
        rowKey="field"
        columns={columns}
        dataSource={visible}
        pagination={false}
        onRow={(row) => ({ style: row.changed && both ? { background: '#fffbe6' } : undefined })}
      />
    </Space>
  );
}
