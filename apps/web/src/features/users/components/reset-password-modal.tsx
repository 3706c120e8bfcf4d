import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { User } from '@bangfu/shared/users';
import { useT } from '../../../lib/i18n';
import { PASSWORD_PATTERN } from '../../../lib/password';
import { applyProblemToForm } from '../../../lib/problem';
import { useResetUserPassword } from '../api/reset-user-password';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const reset = useResetUserPassword();

  return (
    <Modal
      open
      title={t('user.resetTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ newPassword }) =>
          reset.mutate(
            { id: user.id, newPassword },
            {
              onSuccess: () => {
                message.success(t('password.resetDone'));
                onClose();
              },
              onError: (error) => setFormError(applyProblemToForm(form, error, t)),
            },
          )
        }
      >
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rule')} rules={[{ required: true, pattern: PASSWORD_PATTERN, message: t('password.rule') }]}>
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
