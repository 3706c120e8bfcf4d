import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { ROLES, type Role } from '@bangfu/shared/roles';
import type { User } from '@bangfu/shared/users';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useT } from '../../../lib/i18n';
import { PASSWORD_PATTERN } from '../../../lib/password';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateUser } from '../api/create-user';
import { useSetUserRoles } from '../api/set-user-roles';
import { useUpdateUser } from '../api/update-user';

interface Values {
  orgId: string;
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

/** Create a user (user = null) or edit one: name, org, roles. */
export function UserDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateUser();
  const update = useUpdateUser();
  const setRoles = useSetUserRoles();
  const pending = create.isPending || update.isPending || setRoles.isPending;

  const submit = async (values: Values) => {
    setFormError(null);
    try {
      if (!user) {
        await create.mutateAsync({ ...values, username: values.username.trim(), displayName: values.displayName.trim() });
        message.success(t('user.created'));
      } else {
        const patch: { displayName?: string; orgId?: string } = {};
        if (values.displayName.trim() !== user.displayName) patch.displayName = values.displayName.trim();
        if (values.orgId !== user.orgId) patch.orgId = values.orgId;
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: user.id, ...patch });
        if (!sameRoles(values.roles, user.roles)) await setRoles.mutateAsync({ id: user.id, roles: values.roles });
        message.success(t('common.saved'));
      }
      onClose();
    } catch (error) {
      setFormError(applyProblemToForm(form, error, t));
    }
  };

  return (
    <Drawer
      open
      size={480}
      title={user ? t('user.editTitle') : t('user.createTitle')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={user ? { orgId: user.orgId, username: user.username, displayName: user.displayName, roles: user.roles } : { roles: [] }}
      >
        <Form.Item name="username" label={t('user.username')} rules={[{ required: true, min: 3, max: 64, pattern: /^[A-Za-z0-9_.-]+$/ }]}>
          <Input disabled={user !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, max: 50, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="orgId" label={t('user.org')} rules={[{ required: true }]}>
          <OrgTreeSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="roles" label={t('user.roles')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select<Role[]> mode="multiple" options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('user.password')}
            extra={t('password.rule')}
            rules={[{ required: true, pattern: PASSWORD_PATTERN, message: t('password.rule') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
