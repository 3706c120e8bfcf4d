import { Card, Grid, List, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useT } from '../../../lib/i18n';
import { itemTexts, type PublicItem } from './notice-labels';

/** 复核中: an objection to the entry was upheld; it is rechecked and noticed again. */
function RecheckTag({ item }: { item: PublicItem }) {
  const t = useT();
  if (!item.underRecheck) return null;
  return (
    <Tooltip title={t('publicNotice.underRecheckHint')}>
      <Tag color="orange" style={{ marginInlineStart: 8 }} data-testid="public-recheck">
        {t('publicNotice.underRecheck')}
      </Tag>
    </Tooltip>
  );
}

/** The notice's rows: a table on wide screens, one card per person on a phone. */
export function PublicItems({ items }: { items: PublicItem[] }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (!screens.md) {
    return (
      <List
        dataSource={items}
        split={false}
        data-testid="public-items"
        renderItem={(item, index) => {
          const text = itemTexts(item, t);
          return (
            <List.Item style={{ padding: '4px 0' }}>
              <Card size="small" style={{ width: '100%' }}>
                <Typography.Text strong style={{ fontSize: 17 }} data-testid="public-name">
                  {index + 1}. {item.maskedName}
                </Typography.Text>
                <RecheckTag item={item} />
                <div>{item.unit}</div>
                <Typography.Text type="secondary">
                  {text.category} · {text.aidType}
                </Typography.Text>
                {item.amountFen !== null && <div style={{ fontSize: 16 }}>{t('money.yuan', { amount: text.amount })}</div>}
              </Card>
            </List.Item>
          );
        }}
      />
    );
  }
  const columns: TableColumnsType<PublicItem> = [
    { title: t('publicNotice.no'), key: 'n', width: 64, render: (_, __, index) => index + 1 },
    {
      title: t('publicNotice.name'),
      dataIndex: 'maskedName',
      key: 'name',
      render: (name: string, item) => (
        <>
          <span data-testid="public-name">{name}</span>
          <RecheckTag item={item} />
        </>
      ),
    },
    { title: t('publicNotice.unit'), dataIndex: 'unit', key: 'unit' },
    { title: t('publicNotice.category'), key: 'category', render: (_, item) => itemTexts(item, t).category },
    { title: t('publicNotice.aidType'), key: 'aidType', render: (_, item) => itemTexts(item, t).aidType },
    { title: t('publicNotice.amountYuan'), key: 'amount', align: 'right', render: (_, item) => itemTexts(item, t).amount },
  ];
  return <Table<PublicItem> rowKey="id" columns={columns} dataSource={items} pagination={false} size="middle" data-testid="public-items" />;
}
