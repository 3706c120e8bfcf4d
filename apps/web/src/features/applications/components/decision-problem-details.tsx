import { Descriptions, Progress } from 'antd';
import { translateCode, useT } from '../../../lib/i18n';
import { fenToYuanText } from '../../../lib/money';
import { capFigure, decisionProblem } from './decision-error';

/**
 * Under a refused decision: the figures of the cap it would break (limit, granted this year, left,
 * this application) or of the escalation rule (amount, threshold, level needed, my level).
 */
export function DecisionProblemDetails({ error }: { error: unknown }) {
  const t = useT();
  const { cap, escalation } = decisionProblem(error);
  if (cap) {
    const unit = (n: number) => (cap.measure === 'amount' ? t('money.yuan', { amount: capFigure(cap, n) }) : t('problem.cap.items', { n }));
    const used = cap.limit > 0 ? Math.min(100, Math.round((cap.granted / cap.limit) * 100)) : 100;
    return (
      <div data-testid="cap-details" style={{ marginTop: 8 }}>
        <Progress percent={used} size="small" status="exception" showInfo={false} />
        <Descriptions size="small" column={2} colon={false}>
          <Descriptions.Item label={t('problem.cap.limit')}>{unit(cap.limit)}</Descriptions.Item>
          <Descriptions.Item label={t('problem.cap.granted')}>{unit(cap.granted)}</Descriptions.Item>
          <Descriptions.Item label={t('problem.cap.left')}>
            <strong data-testid="cap-left">{unit(cap.left)}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('problem.cap.requested')}>{unit(cap.requested)}</Descriptions.Item>
        </Descriptions>
      </div>
    );
  }
  if (escalation) {
    const level = (l: string) => translateCode(t, `level.${l}`, l);
    return (
      <Descriptions size="small" column={2} colon={false} style={{ marginTop: 8 }} data-testid="escalation-details">
        <Descriptions.Item label={t('problem.escalation.amount')}>{t('money.yuan', { amount: fenToYuanText(escalation.amountFen) })}</Descriptions.Item>
        <Descriptions.Item label={t('problem.escalation.over')}>{t('money.yuan', { amount: fenToYuanText(escalation.overAmountFen) })}</Descriptions.Item>
        <Descriptions.Item label={t('problem.escalation.required')}>{level(escalation.requiredLevel)}</Descriptions.Item>
        <Descriptions.Item label={t('problem.escalation.mine')}>{level(escalation.approverLevel)}</Descriptions.Item>
      </Descriptions>
    );
  }
  return null;
}
