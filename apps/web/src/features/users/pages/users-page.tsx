import { useState } from 'react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@bangfu/shared/users';
import { LoadMore } from '../../../components/load-more';
import { useCan } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useUsers, type UserFilters } from '../api/get-users';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { UserDrawer } from '../components/user-drawer';
import { UserFiltersBar } from '../components/user-filters';
import { UsersTable } from '../components/users-table';

/** 用户与角色: the users of the caller's subtree. */
export function UsersPage() {
  const t = useT();
  const canManage = useCan('user:manage');
  const [filters, setFilters] = useState<UserFilters>({});
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers(filters);
  const rows = flattenPages(users.data?.pages);

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.users')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('user.createTitle')}
          </Button>
        )}
      </Flex>
      <Card>
        <UserFiltersBar value={filters} onChange={setFilters} />
        {users.isError && <Alert type="error" showIcon title={errorMessage(users.error, t)} style={{ marginBottom: 16 }} />}
        <UsersTable
          users={rows}
          loading={users.isPending}
          canManage={canManage}
          onEdit={(user) => setEditing(user)}
          onResetPassword={setResetting}
        />
        <LoadMore
          count={rows.length}
          hasNextPage={users.hasNextPage}
          isFetchingNextPage={users.isFetchingNextPage}
          fetchNextPage={users.fetchNextPage}
        />
      </Card>
      {editing && <UserDrawer user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
