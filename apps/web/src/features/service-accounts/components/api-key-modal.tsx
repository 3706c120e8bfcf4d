import { Alert, Button, Modal, Typography } from 'antd';
import type { ServiceAccountCreated } from '@bangfu/shared/service-accounts';
import { useT } from '../../../lib/i18n';

/** Shows the new key once, with a copy button; it closes only through the "I have saved it" button. */
export function ApiKeyModal({ created, onClose }: { created: ServiceAccountCreated; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open
      title={t('sa.keyTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('sa.keySaved')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('sa.keyWarning')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph strong>{created.serviceAccount.name}</Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: created.apiKey }}
        code
        style={{ wordBreak: 'break-all', fontSize: 14 }}
        data-testid="api-key"
      >
        {created.apiKey}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('sa.keyUsage')}</Typography.Paragraph>
    </Modal>
  );
}
