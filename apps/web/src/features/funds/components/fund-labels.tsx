import { Tag } from 'antd';
import type { FundSource, TxnKind } from '@bangfu/shared/funds';
import { translateCode, useT, type Translate } from '../../../lib/i18n';

/** A colour per fund source: the chart, the legend and the tags agree. */
export const SOURCE_COLORS: Record<FundSource, string> = {
  central_fiscal: '#c8102e',
  provincial_fiscal: '#fa8c16',
  local_fiscal: '#d4b106',
  union_funds: '#1677ff',
  donation: '#52c41a',
  interest: '#722ed1',
  other: '#8c8c8c',
};

/** `codeLabel(t, 'fundSource', 'donation')` → 社会捐赠; unknown codes show as they are. */
export function codeLabel(t: Translate, prefix: string, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return translateCode(t, `${prefix}.${code}`, code);
}

export function SourceTag({ source }: { source: FundSource }) {
  const t = useT();
  return (
    <Tag color={SOURCE_COLORS[source]} variant="outlined" style={{ marginInlineEnd: 4 }}>
      {codeLabel(t, 'fundSource', source)}
    </Tag>
  );
}

const KIND_COLORS: Record<TxnKind, string> = { receipt: 'green', payment: 'blue', batch_payment: 'geekblue', reversal: 'red' };

export function TxnKindTag({ kind }: { kind: TxnKind }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind]} data-testid="txn-kind">
      {codeLabel(t, 'txnKind', kind)}
    </Tag>
  );
}
