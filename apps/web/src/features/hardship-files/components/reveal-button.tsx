import { useState } from 'react';
import { Alert, Button, Descriptions, Modal, Spin, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import type { HealthInput } from '@bangfu/shared/hardship-files';
import { useCan } from '../../../lib/auth';
import { useT, type Translate } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useRevealFileField, type RevealField } from '../api/reveal-file-field';
import { label, yesNo } from './file-labels';

interface RevealButtonProps {
  fileId: string;
  field: RevealField;
  personId?: string;
  /** Whose value it is, for the dialog title (a member's name). */
  owner?: string;
}

function HealthView({ value, t }: { value: HealthInput; t: Translate }) {
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('member.seriousIllness')}>{yesNo(t, value.seriousIllness ?? false)}</Descriptions.Item>
      <Descriptions.Item label={t('member.condition')}>{value.condition || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('member.disabilityType')}>{label(t, 'disability', value.disabilityType ?? 'none')}</Descriptions.Item>
      <Descriptions.Item label={t('member.disabilityGrade')}>
        {value.disabilityGrade ? t('member.gradeN', { grade: value.disabilityGrade }) : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 查看: for roles with file:reveal, asks the server for one full value and shows it in a dialog; the view is logged. */
export function RevealButton({ fileId, field, personId, owner }: RevealButtonProps) {
  const t = useT();
  const canReveal = useCan('file:reveal');
  const [open, setOpen] = useState(false);
  const reveal = useRevealFileField();
  if (!canReveal) return null;

  const show = () => {
    setOpen(true);
    reveal.mutate({ fileId, field, personId });
  };
  const close = () => {
    setOpen(false);
    reveal.reset();
  };
  const value = reveal.data?.value;

  return (
    <>
      <Button type="link" size="small" icon={<EyeOutlined />} onClick={show} data-testid={`reveal-${field}`}>
        {t('common.view')}
      </Button>
      <Modal
        open={open}
        title={t('reveal.title', { field: t(`reveal.field.${field}`), owner: owner ? `（${owner}）` : '' })}
        onCancel={close}
        footer={<Button onClick={close}>{t('common.close')}</Button>}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('reveal.logged')} style={{ marginBottom: 16 }} />
        {reveal.isPending && <Spin />}
        {reveal.isError && <Alert type="error" showIcon title={errorMessage(reveal.error, t)} />}
        {reveal.isSuccess &&
          (value === null || value === undefined ? (
            <Typography.Text type="secondary">{t('reveal.empty')}</Typography.Text>
          ) : field === 'health' && typeof value === 'object' ? (
            <HealthView value={value as HealthInput} t={t} />
          ) : (
            <Typography.Text copyable strong style={{ fontSize: 18 }} data-testid="revealed-value">
              {String(value)}
            </Typography.Text>
          ))}
      </Modal>
    </>
  );
}
