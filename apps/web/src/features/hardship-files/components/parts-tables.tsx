import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { annualize } from '@bangfu/shared/classification';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useRemoveFileExpense } from '../api/remove-file-expense';
import { useRemoveFileIncome } from '../api/remove-file-income';
import { label } from './file-labels';
import { PartModal, type PartDialog } from './part-modal';

type Income = HardshipFile['incomes'][number];
type Expense = HardshipFile['expenses'][number];

function useRowActions(canWrite: boolean) {
  const t = useT();
  const { message } = App.useApp();
  return <T extends { id: string }>(onEdit: (row: T) => void, onRemove: (row: T, done: { onSuccess: () => void; onError: (e: unknown) => void }) => void) =>
    canWrite
      ? {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, row: T) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => onEdit(row)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('common.deleteConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => onRemove(row, { onSuccess: () => message.success(t('common.deleted')), onError: (e) => message.error(errorMessage(e, t)) })}
              >
                <Button type="link" size="small" danger>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </Space>
          ),
        }
      : null;
}

/** 家庭收入 and 刚性支出 of a stored file, each amount with its yearly equivalent. */
export function PartsTables({ file, canWrite, kind }: { file: HardshipFile; canWrite: boolean; kind: 'income' | 'expense' }) {
  const t = useT();
  const [dialog, setDialog] = useState<PartDialog | null>(null);
  const removeIncome = useRemoveFileIncome();
  const removeExpense = useRemoveFileExpense();
  const actions = useRowActions(canWrite);
  const memberName = (id: string | null) => file.members.find((m) => m.id === id)?.name ?? t('income.household');

  const amount = { title: t('income.amount'), key: 'amount', align: 'right' as const, render: (_: unknown, row: Income | Expense) => formatFen(row.amountFen) };
  const period = { title: t('income.period'), key: 'period', render: (_: unknown, row: Income | Expense) => label(t, 'period', row.period) };
  const annual = {
    title: t('income.annual'),
    key: 'annual',
    align: 'right' as const,
    render: (_: unknown, row: Income | Expense) => formatFen(annualize(row.amountFen, row.period)),
  };
  const evidence = { title: t('income.evidence'), key: 'evidence', render: (_: unknown, row: Income | Expense) => row.evidence ?? '—' };

  const incomeColumns: TableColumnsType<Income> = [
    {
      title: t('income.type'),
      key: 'type',
      render: (_, row) => (
        <>
          {label(t, 'incomeType', row.type)}
          {row.excluded && <Tag style={{ marginInlineStart: 4 }}>{t('income.excluded')}</Tag>}
        </>
      ),
    },
    { title: t('income.person'), key: 'person', render: (_, row) => memberName(row.personId) },
    amount,
    period,
    annual,
    evidence,
  ];
  const expenseColumns: TableColumnsType<Expense> = [
    { title: t('expense.type'), key: 'type', render: (_, row) => label(t, 'expenseType', row.type) },
    amount,
    period,
    annual,
    evidence,
  ];
  const incomeActions = actions<Income>(
    (item) => setDialog({ kind: 'income', item }),
    (row, done) => removeIncome.mutate({ fileId: file.id, partId: row.id }, done),
  );
  const expenseActions = actions<Expense>(
    (item) => setDialog({ kind: 'expense', item }),
    (row, done) => removeExpense.mutate({ fileId: file.id, partId: row.id }, done),
  );
  if (incomeActions) incomeColumns.push(incomeActions);
  if (expenseActions) expenseColumns.push(expenseActions);

  return (
    <>
      {canWrite && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setDialog({ kind, item: null })}>
          {t(kind === 'income' ? 'income.add' : 'expense.add')}
        </Button>
      )}
      {kind === 'income' ? (
        <Table<Income> rowKey="id" columns={incomeColumns} dataSource={file.incomes} pagination={false} size="small" locale={{ emptyText: <Typography.Text type="secondary">{t('common.none')}</Typography.Text> }} />
      ) : (
        <Table<Expense> rowKey="id" columns={expenseColumns} dataSource={file.expenses} pagination={false} size="small" locale={{ emptyText: <Typography.Text type="secondary">{t('common.none')}</Typography.Text> }} />
      )}
      {dialog && <PartModal file={file} dialog={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}
