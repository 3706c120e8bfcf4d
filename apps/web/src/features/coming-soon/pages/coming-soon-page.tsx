import { useNavigate } from 'react-router-dom';
import { Button, Result, Tag } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { useT, type MessageKey } from '../../../lib/i18n';

/** The page of an area that is planned but not built yet: visibly marked, not broken. */
export function ComingSoonPage({ area }: { area: MessageKey }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      icon={<ToolOutlined style={{ color: '#fa8c16' }} />}
      title={
        <span data-testid="coming-soon">
          {t('comingSoon.title', { area: t(area) })} <Tag color="orange">{t('comingSoon.tag')}</Tag>
        </span>
      }
      subTitle={t('comingSoon.subtitle')}
      extra={<Button onClick={() => navigate('/')}>{t('common.backHome')}</Button>}
    />
  );
}
