import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { ChangePasswordBody } from '@bangfu/shared/auth';
import { isApiError } from '../../../lib/api-error';
import { useT } from '../../../lib/i18n';
import { PASSWORD_PATTERN } from '../../../lib/password';
import { applyProblemToForm } from '../../../lib/problem';
import { useChangePassword } from '../api/change-password';

type Values = ChangePasswordBody & { confirm: string };

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useChangePassword();

  const submit = (values: Values) => {
    setFormError(null);
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          setFormError(applyProblemToForm(form, error, t));
          if (isApiError(error) && error.problem.errors?.some((e) => e.field.endsWith('/currentPassword'))) {
            form.setFields([{ name: 'currentPassword', errors: [t('password.currentWrong')] }]);
          }
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('header.changePassword')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.rule')}
          rules={[{ required: true, pattern: PASSWORD_PATTERN, message: t('password.rule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
