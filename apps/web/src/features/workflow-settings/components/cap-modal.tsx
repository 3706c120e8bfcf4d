import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { AID_TYPES, type AidCap, type AidCapInput } from '@bangfu/shared/applications';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { usePutAidCap } from '../api/put-aid-cap';
import { shanghaiYear } from '../../../lib/format';

const CAP_CATEGORIES = ['any', 'deep', 'relative', 'accident'] as const;
interface Values {
  divisionCode: string;
  year: number;
  category: AidCapInput['category'];
  aidType: AidCapInput['aidType'];
  maxAmountFen?: number | null;
  maxItems?: number | null;
}

/** Sets a cap: at most this amount and/or this many items a year per household, for a region, category and aid type. */
export function CapModal({ cap, defaultDivision, onClose }: { cap: AidCap | null; defaultDivision: string; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const put = usePutAidCap();

  const submit = (values: Values) => {
    setError(null);
    const maxAmountFen = typeof values.maxAmountFen === 'number' && !Number.isNaN(values.maxAmountFen) ? values.maxAmountFen : null;
    put.mutate(
      { divisionCode: values.divisionCode.trim(), year: values.year, category: values.category, aidType: values.aidType, maxAmountFen, maxItems: values.maxItems ?? null },
      { onSuccess: onClose, onError: (problem) => setError(applyProblemToForm(form, problem, t)) },
    );
  };

  return (
    <Modal open title={t('workflowSettings.capTitle')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={put.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          cap
            ? { ...cap }
            : { divisionCode: defaultDivision, year: shanghaiYear(), category: 'any', aidType: 'any' }
        }
      >
        <Form.Item name="divisionCode" label={t('org.divisionCode')} rules={[{ required: true, pattern: /^[1-9][0-9]{5}$/, message: t('org.divisionCodeRule') }]} extra={t('workflowSettings.capRegionHint')}>
          <Input maxLength={6} disabled={cap !== null} />
        </Form.Item>
        <Form.Item name="year" label={t('workflowSettings.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} disabled={cap !== null} />
        </Form.Item>
        <Form.Item name="category" label={t('application.category')} rules={[{ required: true }]}>
          <Select disabled={cap !== null} options={CAP_CATEGORIES.map((c) => ({ value: c, label: c === 'any' ? t('workflowSettings.anyCategory') : t(`hardshipCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item name="aidType" label={t('application.aidType')} rules={[{ required: true }]}>
          <Select disabled={cap !== null} options={[{ value: 'any', label: t('workflowSettings.anyAidType') }, ...AID_TYPES.map((type) => ({ value: type, label: t(`aidType.${type}`) }))]} />
        </Form.Item>
        <Form.Item name="maxAmountFen" label={t('workflowSettings.maxAmount')} extra={t('workflowSettings.emptyNoLimit')} rules={[moneyRule(t('application.amountRule'))]}>
          <MoneyInput />
        </Form.Item>
        <Form.Item name="maxItems" label={t('workflowSettings.maxItems')} extra={t('workflowSettings.emptyNoLimit')}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
