import { Button, Input, Select, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { AID_TYPES } from '@bangfu/shared/applications';
import { FUND_SOURCES, TXN_KINDS } from '@bangfu/shared/funds';
import { useT } from '../../../lib/i18n';
import type { LedgerFilters } from '../api/get-ledger';
import { codeLabel } from './fund-labels';

interface LedgerFiltersBarProps {
  value: LedgerFilters;
  onChange: (next: LedgerFilters) => void;
  years: number[];
  onExport: () => void;
  exporting: boolean;
}

/** 明细账 filters: year, kind, source, aid type, a date range and a search in memo and number; CSV of what is shown. */
export function LedgerFiltersBar({ value, onChange, years, onExport, exporting }: LedgerFiltersBarProps) {
  const t = useT();
  const set = (patch: Partial<LedgerFilters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="ledger-filters">
      <Select
        allowClear
        placeholder={t('ledger.year')}
        style={{ width: 110 }}
        value={value.year}
        onChange={(year?: number) => set({ year })}
        options={years.map((y) => ({ value: y, label: t('fund.yearN', { year: y }) }))}
        data-testid="ledger-year"
      />
      <Select
        allowClear
        placeholder={t('ledger.kind')}
        style={{ width: 130 }}
        value={value.kind}
        onChange={(kind?: LedgerFilters['kind']) => set({ kind })}
        options={TXN_KINDS.map((k) => ({ value: k, label: codeLabel(t, 'txnKind', k) }))}
        data-testid="ledger-kind"
      />
      <Select
        allowClear
        placeholder={t('fund.source')}
        style={{ width: 140 }}
        value={value.source}
        onChange={(source?: LedgerFilters['source']) => set({ source })}
        options={FUND_SOURCES.map((s) => ({ value: s, label: codeLabel(t, 'fundSource', s) }))}
      />
      <Select
        allowClear
        placeholder={t('ledger.aidType')}
        style={{ width: 130 }}
        value={value.aidType}
        onChange={(aidType?: LedgerFilters['aidType']) => set({ aidType })}
        options={AID_TYPES.map((a) => ({ value: a, label: codeLabel(t, 'aidType', a) }))}
      />
      <Space.Compact>
        <Input type="date" aria-label={t('ledger.from')} value={value.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} style={{ width: 150 }} />
        <Input type="date" aria-label={t('ledger.to')} value={value.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} style={{ width: 150 }} />
      </Space.Compact>
      <Input.Search allowClear placeholder={t('ledger.search')} style={{ width: 220 }} defaultValue={value.q} onSearch={(q) => set({ q: q.trim() || undefined })} data-testid="ledger-search" />
      <Button onClick={() => onChange({})}>{t('common.reset')}</Button>
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="ledger-csv">
        {t('ledger.export')}
      </Button>
    </Space>
  );
}
