import { useState } from 'react';
import { Alert, App, Button, Card, Form, Select, Table, type TableColumnsType } from 'antd';
import { AID_TYPES, type EscalationInput } from '@bangfu/shared/applications';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { applyProblemToForm, errorMessage } from '../../../lib/problem';
import { useAddEscalation } from '../api/add-escalation';
import { useDeleteEscalation } from '../api/delete-escalation';
import { useEscalations, type Escalation } from '../api/get-escalations';
import { RemoveButton } from './remove-button';

const LEVELS = ['national', 'province', 'city', 'county'] as const;
interface Values {
  aidType: EscalationInput['aidType'];
  overAmountFen: number | null;
  requiredLevel: EscalationInput['requiredLevel'];
}

/** 审批层级: amounts over a threshold need an approver at a higher level (e.g. medical aid over 20,000 yuan: province). */
export function EscalationsCard({ orgId, orgName, inMySubtree }: { orgId: string; orgName: (id: string) => string; inMySubtree: (orgId: string) => boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const list = useEscalations();
  const remove = useDeleteEscalation();
  const add = useAddEscalation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const aidLabel = (type: string) => (type === 'any' ? t('workflowSettings.anyAidType') : translateCode(t, `aidType.${type}`, type));

  const columns: TableColumnsType<Escalation> = [
    { title: t('workflowSettings.setBy'), key: 'org', render: (_, e) => orgName(e.orgId) },
    { title: t('application.aidType'), key: 'aidType', render: (_, e) => aidLabel(e.aidType) },
    { title: t('workflowSettings.overAmount'), key: 'over', align: 'right', render: (_, e) => t('money.yuan', { amount: formatFen(e.overAmountFen, '') }) },
    { title: t('workflowSettings.requiredLevel'), key: 'level', render: (_, e) => t(`level.${e.requiredLevel}`) },
    // a higher org's rule binds me too, but only that org may remove it
    { title: t('common.actions'), key: 'actions', render: (_, e) => inMySubtree(e.orgId) && <RemoveButton id={e.id} mutation={remove} testId="remove-escalation" /> },
  ];

  const submit = (values: Values) => {
    setError(null);
    const overAmountFen = values.overAmountFen;
    if (overAmountFen === null || Number.isNaN(overAmountFen)) return;
    add.mutate(
      { orgId, aidType: values.aidType, overAmountFen, requiredLevel: values.requiredLevel },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          form.resetFields();
        },
        onError: (problem) => setError(applyProblemToForm(form, problem, t)),
      },
    );
  };

  return (
    <Card title={t('workflowSettings.escalations')} size="small">
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error, t)} style={{ marginBottom: 12 }} />}
      <Table<Escalation> rowKey="id" columns={columns} dataSource={list.data?.items ?? []} loading={list.isPending} pagination={false} size="small" style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ aidType: 'any', requiredLevel: 'city' }}>
        <Form.Item name="aidType" rules={[{ required: true }]}>
          <Select style={{ width: 150 }} options={[{ value: 'any', label: t('workflowSettings.anyAidType') }, ...AID_TYPES.map((type) => ({ value: type, label: t(`aidType.${type}`) }))]} />
        </Form.Item>
        <Form.Item name="overAmountFen" rules={[moneyRule(t('application.amountRule'), true)]}>
          <MoneyInput placeholder={t('workflowSettings.overAmount')} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="requiredLevel" rules={[{ required: true }]}>
          <Select style={{ width: 120 }} options={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))} />
        </Form.Item>
        <Button htmlType="submit" loading={add.isPending}>
          {t('workflowSettings.addEscalation')}
        </Button>
      </Form>
    </Card>
  );
}
