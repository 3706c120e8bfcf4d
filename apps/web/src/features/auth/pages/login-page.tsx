import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginBody } from '@bangfu/shared/auth';
import { useT } from '../../../lib/i18n';
import { clearSessionNotice, peekSessionNotice } from '../../../lib/session';
import { useSession } from '../../../lib/use-session';
import { LanguageSwitch } from '../../../components/language-switch';
import { useLogin } from '../api/login';
import { loginErrorMessage } from '../components/login-error';

export function LoginPage() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const loginMutation = useLogin();
  const [notice] = useState(peekSessionNotice);
  useEffect(clearSessionNotice, []);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (session) return <Navigate to={from} replace />;

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5', padding: 16 }}>
      <div style={{ position: 'fixed', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.title')}
        </Typography.Paragraph>
        {notice === 'expired' && !loginMutation.isError && (
          <Alert type="warning" showIcon title={t('session.expired')} style={{ marginBottom: 16 }} />
        )}
        {loginMutation.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            title={loginErrorMessage(loginMutation.error, t)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginBody> layout="vertical" onFinish={(values) => loginMutation.mutate(values)} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required.username') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required.password') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
