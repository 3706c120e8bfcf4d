import { useRef, useState } from 'react';
import { Alert, Button, Form, Input, Result, Select } from 'antd';
import { isApiError } from '../../../lib/api-error';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useSubmitObjection, type ObjectionInput } from '../api/submit-objection';
import type { PublicItem } from './notice-labels';

const WHOLE = 'whole';

/**
 * 提出异议: anyone, anonymously too; a contact only if the person wants a reply. The person objected to
 * is picked among the lines on screen (search the notice to find them); a pick stays when the list changes.
 */
export function ObjectionForm({ token, items }: { token: string; items: PublicItem[] }) {
  const t = useT();
  const labels = useRef(new Map<string, string>());
  for (const item of items) labels.current.set(item.id, `${item.maskedName}（${item.unit}）`);
  const [form] = Form.useForm<{ itemId: string; content: string; contact?: string }>();
  const [error, setError] = useState<string | null>(null);
  const submit = useSubmitObjection();

  if (submit.isSuccess) {
    return <Result status="success" title={t('publicNotice.received')} subTitle={t('publicNotice.receivedDetail')} data-testid="objection-received" />;
  }

  const onFinish = (values: { itemId: string; content: string; contact?: string }) => {
    setError(null);
    const body: ObjectionInput = { content: values.content.trim() };
    if (values.itemId !== WHOLE) body.itemId = values.itemId;
    if (values.contact?.trim()) body.contact = values.contact.trim();
    submit.mutate(
      { token, ...body },
      {
        onError: (problem) =>
          setError(isApiError(problem) && problem.status === 429 ? t('publicNotice.tooMany') : errorMessage(problem, t)),
      },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ itemId: WHOLE }} data-testid="objection-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="itemId" label={t('publicNotice.objectTo')} extra={t('publicNotice.objectToHint')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={[{ value: WHOLE, label: t('publicNotice.wholeNotice') }, ...[...labels.current].map(([value, label]) => ({ value, label }))]}
        />
      </Form.Item>
      <Form.Item name="content" label={t('publicNotice.content')} rules={[{ required: true, whitespace: true, min: 5, max: 2000, message: t('publicNotice.contentRule') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('publicNotice.contentHint')} data-testid="objection-content" />
      </Form.Item>
      <Form.Item name="contact" label={t('publicNotice.contact')} extra={t('publicNotice.anonymousHint')}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending} block size="large" data-testid="objection-submit">
        {t('publicNotice.submit')}
      </Button>
    </Form>
  );
}
