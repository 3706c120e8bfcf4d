import { Select } from 'antd';
import { FUND_SOURCES, type FundSource } from '@bangfu/shared/funds';
import { translateCode, useT } from '../../../lib/i18n';

/** 资金来源 for a payment: automatic (the first source with the money and budget room) or one chosen source. */
export function SourceSelect({ value, onChange, id }: { value?: FundSource | null; onChange?: (value: FundSource | null) => void; id?: string }) {
  const t = useT();
  return (
    <Select
      id={id}
      value={value ?? 'auto'}
      onChange={(next: FundSource | 'auto') => onChange?.(next === 'auto' ? null : next)}
      style={{ width: 260 }}
      options={[{ value: 'auto', label: t('payment.sourceAuto') }, ...FUND_SOURCES.map((s) => ({ value: s, label: translateCode(t, `fundSource.${s}`, s) }))]}
    />
  );
}
