import { Link } from 'react-router-dom';
import { Badge, Table, Tag, type TableColumnsType } from 'antd';
import type { NoticeItem, Objection } from '@bangfu/shared/notices';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';

const ITEM_COLORS: Record<NoticeItem['state'], string> = { pending: 'gold', cleared: 'green', recheck: 'red' };

/** The batch's items as the public sees them (masked name, unit, category, aid type, amount), plus their state. */
export function NoticeItemsTable({ items, objections }: { items: NoticeItem[]; objections: Objection[] }) {
  const t = useT();
  // Counted here from the objections: the API's item.openObjections reads 0 (reported).
  const open = (item: NoticeItem) => objections.filter((o) => o.itemId === item.id && !o.outcome).length;
  const columns: TableColumnsType<NoticeItem> = [
    { title: '#', key: 'n', width: 56, render: (_, __, index) => index + 1 },
    { title: t('publicNotice.name'), dataIndex: 'maskedName', key: 'maskedName', render: (name: string, item) => <Link to={`/applications/${item.applicationId}`}>{name}</Link> },
    { title: t('publicNotice.unit'), dataIndex: 'unit', key: 'unit' },
    { title: t('publicNotice.category'), key: 'category', render: (_, item) => (item.category ? translateCode(t, `hardshipCategory.${item.category}`, item.category) : '—') },
    { title: t('publicNotice.aidType'), key: 'aidType', render: (_, item) => (item.aidType ? translateCode(t, `aidType.${item.aidType}`, item.aidType) : t('publicNotice.filing')) },
    { title: t('publicNotice.amount'), key: 'amountFen', align: 'right', render: (_, item) => (item.amountFen === null ? '—' : formatFen(item.amountFen, '')) },
    { title: t('common.status'), key: 'state', render: (_, item) => <Tag color={ITEM_COLORS[item.state]}>{t(`noticeItem.state.${item.state}`)}</Tag> },
    {
      title: t('noticeBatch.openObjections'),
      key: 'openObjections',
      render: (_, item) => (open(item) > 0 ? <Badge count={open(item)} /> : '—'),
    },
  ];
  return <Table<NoticeItem> rowKey="id" columns={columns} dataSource={items} pagination={false} size="small" scroll={{ x: 800 }} data-testid="notice-items" />;
}
