import { Button, Card, Col, Form, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import { ExpenseFields, IncomeFields } from './part-fields';

/** 家庭收入 or 刚性支出 of the create form: a row per item. */
export function PartsList({ kind }: { kind: 'incomes' | 'expenses' }) {
  const t = useT();
  const income = kind === 'incomes';
  return (
    <Form.List name={kind}>
      {(fields, { add, remove }) => (
        <Card
          title={t(income ? 'fileForm.section.incomes' : 'fileForm.section.expenses')}
          size="small"
          style={{ marginBottom: 16 }}
          extra={
            <Button
              icon={<PlusOutlined />}
              data-testid={income ? 'add-income' : 'add-expense'}
              onClick={() => add(income ? { type: 'wages', period: 'monthly' } : { type: 'medical_self_pay', period: 'annual' })}
            >
              {t(income ? 'income.add' : 'expense.add')}
            </Button>
          }
        >
          {fields.length === 0 && <Typography.Text type="secondary">{t(income ? 'fileForm.incomesHint' : 'fileForm.expensesHint')}</Typography.Text>}
          {fields.map((field) => (
            <Row gutter={12} key={field.key} align="middle" wrap={false}>
              <Col flex="auto">
                <Row gutter={12}>{income ? <IncomeFields name={[field.name]} /> : <ExpenseFields name={[field.name]} />}</Row>
              </Col>
              <Col flex="none">
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
        </Card>
      )}
    </Form.List>
  );
}
