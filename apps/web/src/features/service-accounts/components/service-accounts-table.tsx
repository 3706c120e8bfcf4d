import { App, Badge, Button, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ServiceAccount } from '@bangfu/shared/service-accounts';
import { formatDateTime } from '../../../lib/format';
import { useLocale, translateCode, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useRevokeServiceAccount } from '../api/revoke-service-account';

function statusOf(account: ServiceAccount): 'revoked' | 'expired' | 'valid' {
  if (account.revokedAt) return 'revoked';
  if (account.expiresAt && new Date(account.expiresAt).getTime() <= Date.now()) return 'expired';
  return 'valid';
}

export function ServiceAccountsTable({ accounts, loading }: { accounts: ServiceAccount[]; loading: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const revoke = useRevokeServiceAccount();

  const columns: TableColumnsType<ServiceAccount> = [
    { title: t('sa.name'), dataIndex: 'name', key: 'name' },
    { title: t('sa.org'), dataIndex: 'orgName', key: 'orgName' },
    {
      title: t('sa.keyPrefix'),
      key: 'keyPrefix',
      render: (_, account) => <Typography.Text code>{account.keyPrefix}…</Typography.Text>,
    },
    {
      title: t('sa.permissions'),
      key: 'permissions',
      render: (_, account) => account.permissions.map((permission) => <Tag key={permission}>{translateCode(t, `perm.${permission}`, permission)}</Tag>),
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, account) => {
        const status = statusOf(account);
        return <Badge status={status === 'valid' ? 'success' : status === 'expired' ? 'warning' : 'default'} text={t(`sa.${status}`)} />;
      },
    },
    { title: t('sa.expiresAt'), key: 'expiresAt', render: (_, account) => (account.expiresAt ? formatDateTime(account.expiresAt, locale) : t('sa.noExpiry')) },
    { title: t('sa.lastUsed'), key: 'lastUsedAt', render: (_, account) => (account.lastUsedAt ? formatDateTime(account.lastUsedAt, locale) : t('common.never')) },
    { title: t('common.createdAt'), key: 'createdAt', render: (_, account) => formatDateTime(account.createdAt, locale) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, account) =>
        account.revokedAt ? null : (
          <Popconfirm
            title={t('sa.revokeConfirm', { name: account.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              revoke.mutate(account.id, {
                onSuccess: () => message.success(t('sa.revokeDone')),
                onError: (error) => message.error(errorMessage(error, t)),
              })
            }
          >
            <Button type="link" size="small" danger>
              {t('sa.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return <Table<ServiceAccount> rowKey="id" columns={columns} dataSource={accounts} loading={loading} pagination={false} scroll={{ x: 1000 }} />;
}
