import { useState } from 'react';
import { Alert, Card, Typography } from 'antd';
import { LoadMore } from '../../../components/load-more';
import { useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useAuditEntries, type AuditFilters } from '../api/get-audit-entries';
import { AuditFiltersBar } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

/** 审计日志: the append-only record of who did what, newest first. */
export function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [actorName, setActorName] = useState<string | null>(null);
  const entries = useAuditEntries(filters);
  const rows = flattenPages(entries.data?.pages);

  const change = (next: AuditFilters, name?: string | null) => {
    setFilters(next);
    if (name !== undefined) setActorName(name);
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('menu.audit')}
      </Typography.Title>
      <Card>
        <AuditFiltersBar value={filters} actorName={actorName} onChange={change} />
        {entries.isError && <Alert type="error" showIcon title={errorMessage(entries.error, t)} style={{ marginBottom: 16 }} />}
        <AuditTable entries={rows} loading={entries.isPending} onPickActor={(actorId, name) => change({ ...filters, actorId }, name)} />
        <LoadMore
          count={rows.length}
          hasNextPage={entries.hasNextPage}
          isFetchingNextPage={entries.isFetchingNextPage}
          fetchNextPage={entries.fetchNextPage}
        />
      </Card>
    </>
  );
}
