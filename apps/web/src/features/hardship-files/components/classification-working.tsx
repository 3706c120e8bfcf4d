import { Descriptions, Space, Tag, Typography } from 'antd';
import type { ClassificationWorking as Working } from '@bangfu/shared/hardship-files';
import { useT, type Translate } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { CATEGORY_COLORS, label, yesNo } from './file-labels';

const times = (bp: number) => String(bp / 10_000);
const percent = (bp: number) => `${bp / 100}%`;

/** One sentence on why the proposal is what it is. */
function verdict(t: Translate, w: Working): string {
  const vars = {
    mpcn: formatFen(w.mpcnFen),
    l: formatFen(w.standardMonthlyFen),
    ceiling: formatFen(w.relativeCeilingFen),
    cost: formatFen(w.accidentCostFen),
    threshold: formatFen(w.accidentThresholdFen),
    ratio: percent(w.params.accidentRatioBp),
  };
  if (w.proposed === 'not_eligible' && w.reasons.some((r) => r !== 'income_above_ceiling')) return t('calc.verdict.excluded');
  return t(`calc.verdict.${w.proposed}`, vars);
}

/** The classification working as a readable calculation: income, expenses, household, MPCN against L and 2L. */
export function ClassificationWorkingView({ working: w, compact }: { working: Working; compact?: boolean }) {
  const t = useT();
  const declared = w.annualIncomeFen - w.imputedIncomeFen;
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: compact ? 104 : 200 } }}>
      <Descriptions.Item label={t('calc.annualIncome')}>
        <Typography.Text strong>{formatFen(w.annualIncomeFen)}</Typography.Text>
        {w.imputedIncomeFen > 0 && (
          <div>
            <Typography.Text type="secondary">
              {t('calc.declared', { amount: formatFen(declared) })}
              {' + '}
              {t('calc.imputed', {
                amount: formatFen(w.imputedIncomeFen),
                names: w.imputedMembers.join('、'),
                wage: formatFen(w.params.minimumWageMonthlyFen),
              })}
            </Typography.Text>
          </div>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('calc.annualExpense')}>{formatFen(w.annualExpenseFen)}</Descriptions.Item>
      <Descriptions.Item label={t('calc.householdSize')}>{t('calc.persons', { count: w.householdSize })}</Descriptions.Item>
      <Descriptions.Item label={t('calc.mpcn')}>
        <Space orientation="vertical" size={0}>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="calc-mpcn">
            {formatFen(w.mpcnFen)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('calc.formula', { income: formatFen(w.annualIncomeFen), expense: formatFen(w.annualExpenseFen), size: w.householdSize })}
          </Typography.Text>
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('calc.standard')}>
        {formatFen(w.standardMonthlyFen)}
        {t('unit.perMonth')}
        <Typography.Text type="secondary">
          {'　'}
          {t('calc.standardSource', { division: w.standard.divisionCode, from: w.standard.effectiveFrom })}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('calc.ceiling', { times: times(w.params.relativeMultipleBp) })}>
        {formatFen(w.relativeCeilingFen)}
        {t('unit.perMonth')}
      </Descriptions.Item>
      <Descriptions.Item label={t('calc.accident')}>
        {t('calc.accidentLine', {
          sudden: yesNo(t, w.suddenEvent),
          cost: formatFen(w.accidentCostFen),
          threshold: formatFen(w.accidentThresholdFen),
          ratio: percent(w.params.accidentRatioBp),
        })}
      </Descriptions.Item>
      <Descriptions.Item label={t('calc.params')}>
        {t('calc.paramsSource', { year: w.params.year, division: w.params.divisionCode })}
        <Typography.Text type="secondary">
          {'　'}
          {t('calc.judgedOn', { date: w.judgedOn })}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('calc.proposed')}>
        <Space orientation="vertical" size={4}>
          <span>
            <Tag color={CATEGORY_COLORS[w.proposed]} data-testid="proposed-category">
              {label(t, 'category', w.proposed)}
            </Tag>
            {verdict(t, w)}
          </span>
          {w.reasons.map((reason) => (
            <Typography.Text key={reason} type="secondary">
              · {label(t, 'reason', reason)}
            </Typography.Text>
          ))}
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}
