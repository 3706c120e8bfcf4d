import { useState } from 'react';
import { Alert, App, Form, Modal, Row } from 'antd';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useAddFileExpense } from '../api/add-file-expense';
import { useAddFileIncome } from '../api/add-file-income';
import { useUpdateFileExpense } from '../api/update-file-expense';
import { useUpdateFileIncome } from '../api/update-file-income';
import { ExpenseFields, IncomeFields } from './part-fields';
import { expenseToValues, incomeToValues, toExpenseInput, toIncomeInput, type ExpenseValues, type IncomeValues } from './part-values';

type Income = HardshipFile['incomes'][number];
type Expense = HardshipFile['expenses'][number];

export type PartDialog =
  | { kind: 'income'; item: Income | null }
  | { kind: 'expense'; item: Expense | null };

/** Add or change one income item or rigid expense of a stored file. */
export function PartModal({ file, dialog, onClose }: { file: HardshipFile; dialog: PartDialog; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<IncomeValues & ExpenseValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const addIncome = useAddFileIncome();
  const updateIncome = useUpdateFileIncome();
  const addExpense = useAddFileExpense();
  const updateExpense = useUpdateFileExpense();
  const pending = addIncome.isPending || updateIncome.isPending || addExpense.isPending || updateExpense.isPending;
  const members = file.members.map((m) => ({ value: m.id, label: m.name }));

  const submit = async (values: IncomeValues & ExpenseValues) => {
    setFormError(null);
    try {
      if (dialog.kind === 'income') {
        const body = toIncomeInput(values, true);
        if (dialog.item) await updateIncome.mutateAsync({ fileId: file.id, partId: dialog.item.id, body });
        else await addIncome.mutateAsync({ fileId: file.id, body });
      } else {
        const body = toExpenseInput(values);
        if (dialog.item) await updateExpense.mutateAsync({ fileId: file.id, partId: dialog.item.id, body });
        else await addExpense.mutateAsync({ fileId: file.id, body });
      }
      message.success(t('common.saved'));
      onClose();
    } catch (error) {
      setFormError(applyProblemToForm(form, error, t));
    }
  };

  const initialValues =
    dialog.kind === 'income'
      ? dialog.item
        ? incomeToValues(dialog.item)
        : { period: 'monthly' as const }
      : dialog.item
        ? expenseToValues(dialog.item)
        : { period: 'annual' as const };
  const title =
    dialog.kind === 'income' ? t(dialog.item ? 'income.edit' : 'income.add') : t(dialog.item ? 'expense.edit' : 'expense.add');

  return (
    <Modal
      open
      width={920}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void submit(values)}>
        <Row gutter={12}>{dialog.kind === 'income' ? <IncomeFields name={[]} members={members} /> : <ExpenseFields name={[]} />}</Row>
      </Form>
    </Modal>
  );
}
