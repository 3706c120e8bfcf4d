import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Popconfirm, Progress, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { BudgetLine } from '@bangfu/shared/funds';
import { downloadCsv } from '../../../lib/csv';
import { useT, type Translate } from '../../../lib/i18n';
import { fenToYuanText, formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useBudgets } from '../api/get-budgets';
import { useDeleteBudget } from '../api/put-budget';
import { BudgetModal } from './budget-modal';
import { codeLabel, SourceTag } from './fund-labels';
import { budgetFill, budgetState } from './fund-math';
import { shanghaiYear } from '../../../lib/format';
import { budgetYears } from './fund-years';

const STATE_COLOR = { ok: '#52c41a', near: '#faad14', over: '#ff4d4f', none: '#d9d9d9' } as const;

/** A 预算执行 bar: used of budget, amber from 90 %, red beyond the budget. */
export function BudgetBar({ budgetFen, usedFen }: { budgetFen: number; usedFen: number }) {
  const state = budgetState({ budgetFen, usedFen });
  return (
    <Progress
      percent={budgetFill({ budgetFen, usedFen })}
      strokeColor={STATE_COLOR[state]}
      status={state === 'over' ? 'exception' : 'normal'}
      format={() => (budgetFen > 0 ? `${Math.round((usedFen / budgetFen) * 1000) / 10}%` : '—')}
      size="small"
      data-testid="budget-bar"
    />
  );
}

const aidTypeLabel = (t: Translate, aidType: string) => (aidType === 'any' ? t('budget.any') : codeLabel(t, 'aidType', aidType));

function budgetCsv(t: Translate, lines: readonly BudgetLine[]) {
  return [
    [t('ledger.year'), t('fund.source'), t('budget.aidType'), t('budget.amountYuan'), t('budget.usedYuan'), t('budget.remainingYuan'), t('budget.percentage')],
    ...lines.map((l) => [l.year, codeLabel(t, 'fundSource', l.source), aidTypeLabel(t, l.aidType), fenToYuanText(l.budgetFen), fenToYuanText(l.usedFen), fenToYuanText(l.remainingFen), l.percentage === null ? '' : `${l.percentage}%`]),
  ];
}

/**
 * 预算: the year's budget per source and aid type, with what payments have used and what is left. `years`
 * are the account's years (this year first); next year is offered too, as budgets are drafted before the
 * year starts. A closed year's budget is final: shown, not edited.
 */
export function BudgetsPanel({ accountId, years, closedYears = [], canManage }: { accountId: string; years: number[]; closedYears?: readonly number[]; canManage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const thisYear = years[0] ?? shanghaiYear();
  const options = budgetYears(years.length > 0 ? years : [thisYear]);
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<BudgetLine | null | 'new'>(null);
  const budgets = useBudgets(accountId, year);
  const remove = useDeleteBudget();
  const report = budgets.data;
  const editable = canManage && !closedYears.includes(year);

  const columns: TableColumnsType<BudgetLine> = [
    { title: t('fund.source'), key: 'source', width: 130, render: (_, l) => <SourceTag source={l.source} /> },
    { title: t('budget.aidType'), key: 'aidType', width: 130, render: (_, l) => aidTypeLabel(t, l.aidType) },
    { title: t('budget.amount'), key: 'budget', align: 'right', width: 140, render: (_, l) => formatFen(l.budgetFen) },
    { title: t('budget.used'), key: 'used', align: 'right', width: 140, render: (_, l) => formatFen(l.usedFen) },
    {
      title: t('budget.remaining'),
      key: 'remaining',
      align: 'right',
      width: 140,
      render: (_, l) => <Typography.Text type={l.remainingFen < 0 ? 'danger' : undefined}>{formatFen(l.remainingFen)}</Typography.Text>,
    },
    { title: t('budget.execution'), key: 'bar', width: 200, render: (_, l) => <BudgetBar budgetFen={l.budgetFen} usedFen={l.usedFen} /> },
    { title: t('budget.updatedBy'), key: 'updatedBy', width: 110, render: (_, l) => l.updatedBy },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, l: BudgetLine) => (
              <Space size={4}>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(l)} aria-label={t('common.edit')} />
                <Popconfirm
                  title={t('budget.deleteConfirm')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutate({ accountId, budgetId: l.id }, { onError: (e) => message.error(errorMessage(e, t)) })}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('budget.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={12}>
        <Space wrap>
          <Select
            style={{ width: 170 }}
            value={year}
            onChange={setYear}
            options={options.map((y) => ({ value: y, label: y > thisYear ? t('budget.yearDraft', { year: y }) : t('fund.yearN', { year: y }) }))}
            data-testid="budget-year"
          />
          <Button icon={<DownloadOutlined />} disabled={!report || report.lines.length === 0} onClick={() => report && downloadCsv(`${t('budget.file', { year })}.csv`, budgetCsv(t, report.lines))}>
            {t('budget.export')}
          </Button>
        </Space>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-budget">
            {t('budget.set')}
          </Button>
        )}
      </Flex>
      {budgets.isError && <Alert type="error" showIcon title={errorMessage(budgets.error, t)} />}
      {report &&
        (year > thisYear ? (
          <Alert type="info" showIcon title={t(report.inForce ? 'budget.draftInForce' : 'budget.draftEmpty', { year })} data-testid="budget-draft-note" />
        ) : (
          <Alert type={report.inForce ? 'info' : 'warning'} showIcon title={t(report.inForce ? 'budget.inForce' : 'budget.notInForce', { year })} />
        ))}
      {canManage && closedYears.includes(year) && <Alert type="info" showIcon title={t('budget.closedYear', { year })} />}
      {report && report.totals.length > 0 && (
        <Card size="small" title={t('budget.totals')}>
          <Flex gap={24} wrap>
            {report.totals.map((total) => (
              <div key={total.source} style={{ width: 260 }}>
                <Flex justify="space-between">
                  <SourceTag source={total.source} />
                  <Typography.Text type="secondary">{t('budget.usedOf', { used: formatFen(total.usedFen), budget: formatFen(total.budgetFen) })}</Typography.Text>
                </Flex>
                <BudgetBar budgetFen={total.budgetFen} usedFen={total.usedFen} />
              </div>
            ))}
          </Flex>
        </Card>
      )}
      <Table<BudgetLine> rowKey="id" columns={columns} dataSource={report?.lines ?? []} loading={budgets.isPending} pagination={false} size="middle" scroll={{ x: 1100 }} data-testid="budgets-table" />
      {editing !== null && <BudgetModal accountId={accountId} year={year} line={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
