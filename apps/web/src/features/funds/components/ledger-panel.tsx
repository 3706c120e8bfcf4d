import { useState } from 'react';
import { Alert, App } from 'antd';
import type { LedgerTxn } from '@bangfu/shared/funds';
import { LoadMore } from '../../../components/load-more';
import { downloadCsv } from '../../../lib/csv';
import { shanghaiDay } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { getWholeLedger, useLedger, type LedgerFilters } from '../api/get-ledger';
import { ledgerCsvRows } from './fund-csv';
import { LedgerFiltersBar } from './ledger-filters';
import { LedgerTable } from './ledger-table';
import { ReverseModal } from './reverse-modal';
import { TxnDrawer } from './txn-drawer';

/** 明细账 with filters, each voucher's lines in a drawer, 红字冲销 for finance, and the CSV of the filtered ledger. */
export function LedgerPanel({ accountId, years, canManage }: { accountId: string; years: number[]; canManage: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [open, setOpen] = useState<string | null>(null);
  const [reversing, setReversing] = useState<LedgerTxn | null>(null);
  const [exporting, setExporting] = useState(false);
  const ledger = useLedger(accountId, filters);
  const rows = flattenPages(ledger.data?.pages);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { items, truncated } = await getWholeLedger(accountId, filters);
      downloadCsv(`${t('ledger.file')}-${shanghaiDay()}.csv`, ledgerCsvRows(t, locale, items));
      if (truncated) message.warning(t('ledger.exportTruncated', { n: items.length }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <LedgerFiltersBar value={filters} onChange={setFilters} years={years} onExport={() => void exportCsv()} exporting={exporting} />
      {ledger.isError && <Alert type="error" showIcon title={errorMessage(ledger.error, t)} style={{ marginBottom: 12 }} />}
      <LedgerTable rows={rows} loading={ledger.isPending || (ledger.isFetching && !ledger.isFetchingNextPage)} canManage={canManage} onOpen={(txn) => setOpen(txn.id)} onReverse={setReversing} />
      <LoadMore hasNextPage={ledger.hasNextPage} isFetchingNextPage={ledger.isFetchingNextPage} fetchNextPage={ledger.fetchNextPage} count={rows.length} />
      <TxnDrawer txnId={open} onClose={() => setOpen(null)} onOpen={setOpen} />
      {reversing && (
        <ReverseModal
          txn={reversing}
          onClose={() => setReversing(null)}
          onDone={(reversal) => {
            setReversing(null);
            message.success(t('ledger.reversedDone', { no: reversal.txnNo }));
          }}
        />
      )}
    </>
  );
}
