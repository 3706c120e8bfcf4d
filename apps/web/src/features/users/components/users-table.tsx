import { App, Badge, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import type { User } from '@bangfu/shared/users';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useUpdateUser } from '../api/update-user';

interface UsersTableProps {
  users: User[];
  loading: boolean;
  canManage: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UsersTable({ users, loading, canManage, onEdit, onResetPassword }: UsersTableProps) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const update = useUpdateUser();

  const toggleActive = (user: User) =>
    update.mutate(
      { id: user.id, active: !user.active },
      {
        onSuccess: () => message.success(user.active ? t('user.disabled') : t('user.enabled')),
        onError: (error) => message.error(errorMessage(error, t)),
      },
    );

  const columns: TableColumnsType<User> = [
    { title: t('user.username'), dataIndex: 'username', key: 'username' },
    { title: t('user.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('user.org'), dataIndex: 'orgName', key: 'orgName' },
    {
      title: t('user.roles'),
      key: 'roles',
      render: (_, user) => user.roles.map((role) => <Tag key={role}>{t(`role.${role}`)}</Tag>),
    },
    {
      title: t('common.status'),
      key: 'active',
      render: (_, user) => <Badge status={user.active ? 'success' : 'default'} text={user.active ? t('common.active') : t('common.inactive')} />,
    },
    {
      title: t('user.lastLogin'),
      key: 'lastLoginAt',
      render: (_, user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('common.never')),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => onEdit(user)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => onResetPassword(user)}>
            {t('password.reset')}
          </Button>
          <Popconfirm
            title={t(user.active ? 'user.disableConfirm' : 'user.enableConfirm', { name: user.displayName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => toggleActive(user)}
          >
            <Button type="link" size="small" danger={user.active}>
              {user.active ? t('common.disable') : t('common.enable')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return <Table<User> rowKey="id" columns={columns} dataSource={users} loading={loading} pagination={false} size="middle" scroll={{ x: 900 }} />;
}
