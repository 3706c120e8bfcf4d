import { Suspense, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { Button, Layout, Result, Spin, Typography } from 'antd';
import { useMe } from '../../lib/auth';
import { useT } from '../../lib/i18n';
import { errorMessage } from '../../lib/problem';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

export function FullPageSpin() {
  const t = useT();
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('common.loading')}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}

/** The signed-in frame: side menu, header, and the current route in the content area. */
export function AppLayout() {
  const t = useT();
  const me = useMe();
  const [collapsed, setCollapsed] = useState(false);

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        subTitle={errorMessage(me.error, t)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={256} collapsible collapsed={collapsed} onCollapse={setCollapsed} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
        <div style={{ height: 64, display: 'grid', placeItems: 'center', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong style={{ fontSize: 20, color: '#c8102e' }}>
            {t('app.short')}
          </Typography.Text>
        </div>
        <SideMenu permissions={me.data.permissions} />
      </Layout.Sider>
      <Layout>
        <AppHeader me={me.data} />
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
