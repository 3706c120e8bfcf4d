import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateMinLivingStandard } from '../api/create-min-living-standard';

interface Values {
  divisionCode: string;
  effectiveFrom: string;
  monthlyFen: number;
  note?: string;
}

export const DIVISION_PATTERN = /^[1-9][0-9]{5}$/;

/** 新增低保标准: a division's monthly standard from a date on (standards are versioned, never edited). */
export function StandardFormModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateMinLivingStandard();

  return (
    <Modal open title={t('standards.standardTitle')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={create.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Alert type="info" showIcon title={t('standards.versionedHint')} style={{ marginBottom: 16 }} />
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          create.mutate(
            { divisionCode: values.divisionCode, effectiveFrom: values.effectiveFrom, monthlyFen: values.monthlyFen, ...(values.note?.trim() ? { note: values.note.trim() } : {}) },
            {
              onSuccess: () => {
                message.success(t('standards.added'));
                onClose();
              },
              onError: (error) => setFormError(applyProblemToForm(form, error, t)),
            },
          )
        }
      >
        <Form.Item name="divisionCode" label={t('standards.division')} extra={t('org.divisionCodeRule')} rules={[{ required: true, pattern: DIVISION_PATTERN, message: t('org.divisionCodeRule') }]}>
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('standards.effectiveFrom')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="monthlyFen" label={t('standards.monthly')} required rules={[moneyRule(t('money.invalid'), true)]}>
          <MoneyInput />
        </Form.Item>
        <Form.Item name="note" label={t('standards.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
