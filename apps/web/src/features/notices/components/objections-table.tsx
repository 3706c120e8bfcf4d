import { useState } from 'react';
import { Alert, Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Objection } from '@bangfu/shared/notices';
import { LoadMore } from '../../../components/load-more';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useObjections } from '../api/get-objections';
import { RulingModal } from './ruling-modal';

/** 异议: what was raised, on which item, by whom (or anonymously), and its written ruling; oldest first, a page at a time. */
export function ObjectionsTable({ batchId, canManage }: { batchId: string; canManage: boolean }) {
  const t = useT();
  const locale = useLocale();
  const [ruling, setRuling] = useState<Objection | null>(null);
  const objections = useObjections(batchId);
  const rows = flattenPages(objections.data?.pages);
  const itemName = (o: Objection) => (o.itemId ? (o.itemName ?? '—') : t('objection.wholeBatch'));

  const columns: TableColumnsType<Objection> = [
    { title: t('objection.receivedAt'), key: 'createdAt', width: 180, render: (_, o) => formatDateTime(o.createdAt, locale) },
    { title: t('objection.item'), key: 'item', width: 120, render: (_, o) => itemName(o) },
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
      {objections.isError && <Alert type="error" showIcon title={errorMessage(objections.error, t)} style={{ marginBottom: 12 }} />}
      <Table<Objection> rowKey="id" columns={columns} dataSource={rows} loading={objections.isPending} pagination={false} size="small" scroll={{ x: 900 }} data-testid="objections" />
      <LoadMore hasNextPage={objections.hasNextPage} isFetchingNextPage={objections.isFetchingNextPage} fetchNextPage={objections.fetchNextPage} count={rows.length} />
      {ruling && <RulingModal batchId={batchId} objection={ruling} onClose={() => setRuling(null)} />}
    </>
  );
}
