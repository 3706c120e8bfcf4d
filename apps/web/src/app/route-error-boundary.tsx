import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router-dom';
import { Button, Result, Space, Typography } from 'antd';
import { isApiError } from '../lib/api-error';
import { useT } from '../lib/i18n';
import { errorMessage } from '../lib/problem';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return <Result status="404" title="404" subTitle={t('error.notFound')} extra={<Button onClick={() => navigate('/')}>{t('common.backHome')}</Button>} />;
}

/** errorElement of every route: a crash in one page shows this instead of a blank screen. */
export function RouteErrorBoundary() {
  const t = useT();
  const error = useRouteError();
  const navigate = useNavigate();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Result
      status="error"
      title={t('error.title')}
      subTitle={t('error.subtitle')}
      extra={
        <Space orientation="vertical">
          <Typography.Text type="secondary" code>
            {errorMessage(error, t)}
            {isApiError(error) && error.problem.requestId ? ` (${t('common.requestId')}: ${error.problem.requestId})` : ''}
          </Typography.Text>
          <Space>
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('common.retry')}
            </Button>
            <Button onClick={() => navigate('/')}>{t('common.backHome')}</Button>
          </Space>
        </Space>
      }
    />
  );
}
