import { useState } from 'react';
import { Alert, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import { PERMISSIONS, type Permission } from '@bangfu/shared/roles';
import type { ServiceAccountCreated } from '@bangfu/shared/service-accounts';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useMe } from '../../../lib/auth';
import { translateCode, useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateServiceAccount } from '../api/create-service-account';

interface Values {
  orgId: string;
  name: string;
  permissions: Permission[];
  /** A dayjs value from the DatePicker. */
  expiresAt?: { toISOString(): string } | null;
}

/** Creates a service account; on success hands the one-time key to the caller. */
export function CreateServiceAccountModal({ onClose, onCreated }: { onClose: () => void; onCreated: (created: ServiceAccountCreated) => void }) {
  const t = useT();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateServiceAccount();

  const submit = (values: Values) => {
    setFormError(null);
    create.mutate(
      {
        orgId: values.orgId,
        name: values.name.trim(),
        permissions: values.permissions,
        ...(values.expiresAt ? { expiresAt: values.expiresAt.toISOString() } : {}),
      },
      { onSuccess: onCreated, onError: (error) => setFormError(applyProblemToForm(form, error, t)) },
    );
  };

  return (
    <Modal
      open
      title={t('sa.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ orgId: me?.org.id, permissions: ['org:read'] }}>
        <Form.Item name="name" label={t('sa.name')} rules={[{ required: true, max: 100, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="orgId" label={t('sa.org')} rules={[{ required: true }]}>
          <OrgTreeSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="permissions" label={t('sa.permissions')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group
            style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}
            options={PERMISSIONS.map((permission) => ({
              value: permission,
              label: `${translateCode(t, `perm.${permission}`, permission)} (${permission})`,
              disabled: me ? !me.permissions.includes(permission) : false,
            }))}
          />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('sa.expiresAt')} extra={t('sa.noExpiry')}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
