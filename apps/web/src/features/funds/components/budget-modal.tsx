import { useState } from 'react';
import { Alert, Form, Modal, Select } from 'antd';
import { AID_TYPES } from '@bangfu/shared/applications';
import { FUND_SOURCES, type BudgetAidType, type BudgetLine, type FundSource } from '@bangfu/shared/funds';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { usePutBudget } from '../api/put-budget';
import { codeLabel } from './fund-labels';

interface Values {
  source: FundSource;
  aidType: BudgetAidType;
  amountFen: number;
}

/** 设置预算: the budget of one source for one aid type (or the whole source) in a year; setting it again replaces it. */
export function BudgetModal({ accountId, year, line, onClose }: { accountId: string; year: number; line: BudgetLine | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const put = usePutBudget();
  const submit = (values: Values) => {
    setError(null);
    put.mutate({ accountId, year, ...values }, { onSuccess: onClose, onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
  };
  return (
    <Modal
      open
      title={t('budget.setTitle', { year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'budget-ok' }}
      confirmLoading={put.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={line ? { source: line.source, aidType: line.aidType, amountFen: line.budgetFen } : { aidType: 'any' }}>
        <Form.Item name="source" label={t('fund.source')} rules={[{ required: true }]}>
          <Select disabled={line !== null} options={FUND_SOURCES.map((s) => ({ value: s, label: codeLabel(t, 'fundSource', s) }))} />
        </Form.Item>
        <Form.Item name="aidType" label={t('budget.aidType')} rules={[{ required: true }]} extra={t('budget.anyHint')}>
          <Select disabled={line !== null} options={[{ value: 'any', label: t('budget.any') }, ...AID_TYPES.map((a) => ({ value: a, label: codeLabel(t, 'aidType', a) }))]} />
        </Form.Item>
        <Form.Item name="amountFen" label={t('budget.amount')} rules={[moneyRule(t('money.invalid'), true)]}>
          <MoneyInput style={{ width: 240 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
