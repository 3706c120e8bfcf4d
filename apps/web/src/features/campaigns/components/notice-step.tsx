import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber } from 'antd';
import { SoundOutlined } from '@ant-design/icons';
import type { AidCampaign, CampaignNoticeInput } from '@bangfu/shared/aid-campaigns';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useNoticeCampaign } from '../api/campaign-steps';
import { defaultNoticeTitle } from './campaign-draft';

/** 公示: one application per selected household and one notice batch for them all, published at once. */
export function NoticeStep({ campaign }: { campaign: AidCampaign }) {
  const t = useT();
  const [form] = Form.useForm<CampaignNoticeInput>();
  const [error, setError] = useState<string | null>(null);
  const notice = useNoticeCampaign();
  const submit = (values: CampaignNoticeInput) => {
    setError(null);
    notice.mutate(
      { id: campaign.id, title: values.title.trim(), objectionContact: values.objectionContact.trim(), ...(values.windowDays ? { windowDays: values.windowDays } : {}) },
      { onError: (problem) => setError(applyProblemToForm(form, problem, t)) },
    );
  };
  return (
    <Card size="small" title={t('campaign.noticeTitle')}>
      <Alert type="info" showIcon title={t('campaign.noticeExplain', { n: campaign.selectedCount })} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="notice-error" />}
      <Form<CampaignNoticeInput> form={form} layout="vertical" onFinish={submit} initialValues={{ title: defaultNoticeTitle(campaign) }} style={{ maxWidth: 640 }}>
        <Form.Item name="title" label={t('noticeBatch.title')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
          <Input maxLength={100} data-testid="notice-title" />
        </Form.Item>
        <Form.Item name="objectionContact" label={t('noticeBatch.objectionContact')} rules={[{ required: true, whitespace: true, min: 2, max: 300 }]} extra={t('noticeBatch.objectionContactHint')}>
          <Input.TextArea rows={2} maxLength={300} data-testid="notice-contact" />
        </Form.Item>
        <Form.Item name="windowDays" label={t('noticeBatch.windowDays')} extra={t('noticeBatch.windowDaysHint')}>
          <InputNumber min={1} max={60} precision={0} suffix={t('noticeBatch.days')} style={{ width: 160 }} data-testid="notice-days" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SoundOutlined />} loading={notice.isPending} data-testid="publish-notice">
          {t('campaign.publishNotice')}
        </Button>
      </Form>
    </Card>
  );
}
