import { Empty, Flex, Typography } from 'antd';
import type { FundSource, SourceBalance } from '@bangfu/shared/funds';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { codeLabel, SOURCE_COLORS } from './fund-labels';
import { donutPath, pieArcs, sourceShares } from './fund-math';

/**
 * 资金来源构成: a donut of the balance per source with a legend (amount and share), drawn as plain SVG so
 * it prints and needs no chart library. `size` is the donut's width in pixels.
 */
export function SourceChart({ sources, size = 160 }: { sources: readonly SourceBalance[]; size?: number }) {
  const t = useT();
  const shares = sourceShares(sources);
  if (shares.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fund.noMoney')} />;
  const arcs = pieArcs(shares.map((s) => s.fen));
  const c = size / 2;
  const total = shares.reduce((sum, s) => sum + s.fen, 0);
  return (
    <Flex gap={24} align="center" wrap data-testid="source-chart">
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t('fund.sourceChart')}>
        {shares.map((share, i) => (
          <path key={share.key} d={donutPath(arcs[i]!, c, c * 0.58, c)} fill={SOURCE_COLORS[share.key]} stroke="#fff" strokeWidth={1}>
            <title>{`${codeLabel(t, 'fundSource', share.key)} ${formatFen(share.fen)} (${share.percent}%)`}</title>
          </path>
        ))}
        <text x={c} y={c - 4} textAnchor="middle" fontSize={12} fill="#8c8c8c">
          {t('fund.balance')}
        </text>
        <text x={c} y={c + 14} textAnchor="middle" fontSize={size > 150 ? 13 : 11} fontWeight={600}>
          {formatFen(total)}
        </text>
      </svg>
      <Flex vertical gap={6} style={{ minWidth: 220 }}>
        {shares.map((share) => (
          <SourceBar key={share.key} source={share.key} fen={share.fen} percent={share.percent} />
        ))}
      </Flex>
    </Flex>
  );
}

/** One legend row: the colour, the source, a bar of its share, the amount. */
function SourceBar({ source, fen, percent }: { source: FundSource; fen: number; percent: number }) {
  const t = useT();
  return (
    <div data-testid="source-bar">
      <Flex justify="space-between" gap={12}>
        <Typography.Text>
          <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: SOURCE_COLORS[source], marginInlineEnd: 6 }} />
          {codeLabel(t, 'fundSource', source)}
        </Typography.Text>
        <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatFen(fen)} <Typography.Text type="secondary">{percent}%</Typography.Text>
        </Typography.Text>
      </Flex>
      <div style={{ height: 6, background: '#f0f0f0', borderRadius: 3, marginTop: 2 }}>
        <div style={{ width: `${percent}%`, height: 6, background: SOURCE_COLORS[source], borderRadius: 3, printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' }} />
      </div>
    </div>
  );
}
