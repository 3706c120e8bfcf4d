import { Checkbox, Col, Form, Input, Select } from 'antd';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { useT } from '../../../lib/i18n';
import { EXPENSE_TYPES, INCOME_TYPES, options, PERIODS } from './file-labels';

type Path = (string | number)[];

/** Income item fields (type, amount in yuan, period, left out, evidence, optionally whose income). */
export function IncomeFields({ name, members }: { name: Path; members?: { value: string; label: string }[] }) {
  const t = useT();
  return (
    <>
      <Col xs={12} md={5}>
        <Form.Item name={[...name, 'type']} label={t('income.type')} rules={[{ required: true }]}>
          <Select options={options(t, 'incomeType', INCOME_TYPES)} data-testid="income-type" />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={[...name, 'amountFen']} label={t('income.amount')} required rules={[moneyRule(t('money.invalid'), true)]}>
          <MoneyInput data-testid="income-amount" />
        </Form.Item>
      </Col>
      <Col xs={12} md={3}>
        <Form.Item name={[...name, 'period']} label={t('income.period')} rules={[{ required: true }]}>
          <Select options={options(t, 'period', PERIODS)} />
        </Form.Item>
      </Col>
      {members && (
        <Col xs={12} md={4}>
          <Form.Item name={[...name, 'personId']} label={t('income.person')}>
            <Select allowClear placeholder={t('income.household')} options={members} />
          </Form.Item>
        </Col>
      )}
      <Col xs={12} md={members ? 5 : 8}>
        <Form.Item name={[...name, 'evidence']} label={t('income.evidence')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={12} md={3}>
        <Form.Item name={[...name, 'excluded']} label={t('income.excludedLabel')} valuePropName="checked" tooltip={t('income.excludedHint')}>
          <Checkbox>{t('income.excluded')}</Checkbox>
        </Form.Item>
      </Col>
    </>
  );
}

/** Rigid expense fields (type, amount in yuan, period, evidence). */
export function ExpenseFields({ name }: { name: Path }) {
  const t = useT();
  return (
    <>
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'type']} label={t('expense.type')} rules={[{ required: true }]}>
          <Select options={options(t, 'expenseType', EXPENSE_TYPES)} />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item name={[...name, 'amountFen']} label={t('expense.amount')} required rules={[moneyRule(t('money.invalid'), true)]}>
          <MoneyInput />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={[...name, 'period']} label={t('expense.period')} rules={[{ required: true }]}>
          <Select options={options(t, 'period', PERIODS)} />
        </Form.Item>
      </Col>
      <Col xs={12} md={9}>
        <Form.Item name={[...name, 'evidence']} label={t('expense.evidence')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </>
  );
}
