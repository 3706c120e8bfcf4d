import { useState } from 'react';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { NoticeBatch, Objection } from '@bangfu/shared/notices';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { RulingModal } from './ruling-modal';

/** 异议: what was raised, on which item, by whom (or anonymously), and its written ruling. */
export function ObjectionsTable({ batch, canManage }: { batch: NoticeBatch; canManage: boolean }) {
  const t = useT();
  const locale = useLocale();
  const [ruling, setRuling] = useState<Objection | null>(null);
  const itemName = (itemId: string | null) => (itemId ? (batch.items.find((i) => i.id === itemId)?.maskedName ?? '—') : t('objection.wholeBatch'));

  const columns: TableColumnsType<Objection> = [
    { title: t('objection.receivedAt'), key: 'createdAt', width: 180, render: (_, o) => formatDateTime(o.createdAt, locale) },
    { title: t('objection.item'), key: 'item', width: 120, render: (_, o) => itemName(o.itemId) },
    { title: t('objection.content'), dataIndex: 'content', key: 'content', render: (text: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> },
    { title: t('objection.contact'), key: 'contact', width: 160, render: (_, o) => o.contact ?? <Tag>{t('objection.anonymous')}</Tag> },
    {
      title: t('objection.ruling'),
      key: 'ruling',
      render: (_, o) =>
        o.outcome ? (
          <>
            <Tag color={o.outcome === 'sustained' ? 'red' : 'green'}>{t(`objection.outcome.${o.outcome}`)}</Tag>
            <Typography.Text>{o.ruling}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {o.ruledBy} · {formatDateTime(o.ruledAt, locale)}
            </Typography.Text>
          </>
        ) : canManage ? (
          <Button size="small" type="primary" onClick={() => setRuling(o)} data-testid="rule-objection">
            {t('objection.rule')}
          </Button>
        ) : (
          <Tag color="orange">{t('objection.pending')}</Tag>
        ),
    },
  ];

  return (
    <>
      <Table<Objection> rowKey="id" columns={columns} dataSource={batch.objections} pagination={false} size="small" scroll={{ x: 900 }} data-testid="objections" />
      {ruling && <RulingModal batchId={batch.id} objection={ruling} onClose={() => setRuling(null)} />}
    </>
  );
}
