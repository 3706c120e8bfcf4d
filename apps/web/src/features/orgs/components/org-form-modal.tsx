import { useState } from 'react';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { ORG_LEVELS, ORG_TYPES, type Org, type OrgCreate } from '@bangfu/shared/orgs';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateOrg } from '../api/create-org';
import { useUpdateOrg } from '../api/update-org';

type Values = Omit<OrgCreate, 'parentId'>;

/** Create a child org (mode create, `org` is the parent) or edit an org (mode edit). */
export function OrgFormModal({ mode, org, onClose }: { mode: 'create' | 'edit'; org: Org; onClose: (created?: Org) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateOrg();
  const update = useUpdateOrg();
  const pending = create.isPending || update.isPending;

  const nextLevel = ORG_LEVELS[Math.min(ORG_LEVELS.indexOf(org.level) + 1, ORG_LEVELS.length - 1)];
  const initialValues: Partial<Values> =
    mode === 'create'
      ? { level: nextLevel, type: 'local', divisionCode: org.divisionCode, hasAssistanceCentre: false }
      : { name: org.name, level: org.level, type: org.type, divisionCode: org.divisionCode, hasAssistanceCentre: org.hasAssistanceCentre };

  const onError = (error: unknown) => setFormError(applyProblemToForm(form, error, t));
  const submit = (values: Values) => {
    setFormError(null);
    if (mode === 'create') {
      create.mutate({ ...values, parentId: org.id }, { onSuccess: (created) => (message.success(t('org.created')), onClose(created)), onError });
    } else {
      const { name, type, divisionCode, hasAssistanceCentre } = values;
      update.mutate(
        { id: org.id, name, type, divisionCode, hasAssistanceCentre },
        { onSuccess: () => (message.success(t('common.saved')), onClose()), onError },
      );
    }
  };

  return (
    <Modal
      open
      title={mode === 'create' ? t('org.createTitle', { parent: org.name }) : t('org.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, max: 100, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="level" label={t('org.level')} rules={[{ required: true }]}>
          <Select disabled={mode === 'edit'} options={ORG_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))} />
        </Form.Item>
        <Form.Item name="type" label={t('org.type')} rules={[{ required: true }]}>
          <Select options={ORG_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))} />
        </Form.Item>
        <Form.Item
          name="divisionCode"
          label={t('org.divisionCode')}
          extra={t('org.divisionCodeRule')}
          rules={[{ required: true, pattern: /^[1-9][0-9]{5}$/, message: t('org.divisionCodeRule') }]}
        >
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="hasAssistanceCentre" valuePropName="checked">
          <Checkbox>{t('org.hasCentre')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
