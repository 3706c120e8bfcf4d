import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Badge, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { NoticeItem } from '@bangfu/shared/notices';
import { LoadMore } from '../../../components/load-more';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useNoticeBatchOrgs } from '../api/get-notice-batch-orgs';
import { useNoticeItems, type NoticeItemFilters } from '../api/get-notice-items';

const ITEM_COLORS: Record<NoticeItem['state'], string> = { pending: 'gold', cleared: 'green', recheck: 'red' };

/**
 * The batch's items as the public sees them (masked name, unit, category, aid type, amount), plus their
 * state and open objections: a page at a time, by unit, search (masked name or unit) and state.
 */
export function NoticeItemsTable({ batchId }: { batchId: string }) {
  const t = useT();
  const [filters, setFilters] = useState<NoticeItemFilters>({});
  const items = useNoticeItems(batchId, filters);
  const orgs = useNoticeBatchOrgs(batchId);
  const rows = flattenPages(items.data?.pages);
  const set = (patch: NoticeItemFilters) => setFilters((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '')));

  const columns: TableColumnsType<NoticeItem> = [
    { title: '#', key: 'n', width: 64, render: (_, __, index) => index + 1 },
    { title: t('publicNotice.name'), dataIndex: 'maskedName', key: 'maskedName', render: (name: string, item) => <Link to={`/applications/${item.applicationId}`}>{name}</Link> },
    { title: t('publicNotice.unit'), dataIndex: 'unit', key: 'unit' },
    { title: t('publicNotice.category'), key: 'category', render: (_, item) => (item.category ? translateCode(t, `hardshipCategory.${item.category}`, item.category) : '—') },
    { title: t('publicNotice.aidType'), key: 'aidType', render: (_, item) => (item.aidType ? translateCode(t, `aidType.${item.aidType}`, item.aidType) : t('publicNotice.filing')) },
    { title: t('publicNotice.amount'), key: 'amountFen', align: 'right', render: (_, item) => (item.amountFen === null ? '—' : formatFen(item.amountFen, '')) },
    { title: t('common.status'), key: 'state', render: (_, item) => <Tag color={ITEM_COLORS[item.state]}>{t(`noticeItem.state.${item.state}`)}</Tag> },
    { title: t('noticeBatch.openObjections'), key: 'openObjections', render: (_, item) => (item.openObjections > 0 ? <Badge count={item.openObjections} /> : '—') },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear maxLength={50} placeholder={t('noticeBatch.searchHint')} onSearch={(q) => set({ q: q.trim() || undefined })} style={{ width: 280 }} data-testid="items-search" />
        {(orgs.data?.items.length ?? 0) > 1 && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('noticeBatch.allUnits')}
            value={filters.orgId}
            onChange={(orgId?: string) => set({ orgId })}
            options={orgs.data?.items.map((o) => ({ value: o.orgId, label: `${o.name}（${o.items}）` }))}
            style={{ minWidth: 240 }}
            data-testid="items-org"
          />
        )}
        <Select
          allowClear
          placeholder={t('noticeBatch.allStates')}
          value={filters.state}
          onChange={(state?: NoticeItem['state']) => set({ state })}
          options={(['pending', 'cleared', 'recheck'] as const).map((s) => ({ value: s, label: t(`noticeItem.state.${s}`) }))}
          style={{ width: 160 }}
          data-testid="items-state"
        />
      </Flex>
      {items.isError && <Alert type="error" showIcon title={errorMessage(items.error, t)} style={{ marginBottom: 12 }} />}
      <Table<NoticeItem> rowKey="id" columns={columns} dataSource={rows} loading={items.isPending || (items.isFetching && !items.isFetchingNextPage)} pagination={false} size="small" scroll={{ x: 800 }} data-testid="notice-items" />
      {rows.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="items-shown">
          {t('noticeBatch.shown', { n: rows.length })}
        </Typography.Text>
      )}
      <LoadMore hasNextPage={items.hasNextPage} isFetchingNextPage={items.isFetchingNextPage} fetchNextPage={items.fetchNextPage} count={rows.length} />
    </>
  );
}
