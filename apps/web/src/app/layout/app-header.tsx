import { useState } from 'react';
import { Button, Dropdown, Layout, Space, Typography } from 'antd';
import { DownOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@bangfu/shared/auth';
import { LanguageSwitch } from '../../components/language-switch';
import { useT } from '../../lib/i18n';
import { ChangePasswordModal } from '../../features/auth/components/change-password-modal';
import { useLogout } from '../../features/auth/api/logout';

export function AppHeader({ me }: { me: Me }) {
  const t = useT();
  const logout = useLogout();
  const [passwordOpen, setPasswordOpen] = useState(false);

  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
        paddingInline: 24,
      }}
    >
      <Typography.Title level={4} style={{ margin: 0, flex: 1, whiteSpace: 'nowrap', overflow: 'hidden' }} data-testid="app-title">
        {t('app.name')}
      </Typography.Title>
      <LanguageSwitch />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <LockOutlined />, label: t('header.changePassword') },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'password') setPasswordOpen(true);
            if (key === 'logout') logout.mutate();
          },
        }}
      >
        <Button type="text" data-testid="user-menu">
          <Space>
            <UserOutlined />
            <span>{me.name}</span>
            <Typography.Text type="secondary">{me.org.name}</Typography.Text>
            <DownOutlined />
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout.Header>
  );
}
