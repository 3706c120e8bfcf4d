import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Objection, Ruling } from '@bangfu/shared/notices';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useRuleObjection } from '../api/rule-objection';

/** 书面答复: sustained (the item goes to recheck and a new notice) or dismissed, with the written ruling. */
export function RulingModal({ batchId, objection, onClose }: { batchId: string; objection: Objection; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Ruling>();
  const [error, setError] = useState<string | null>(null);
  const rule = useRuleObjection();
  const outcome = Form.useWatch('outcome', form);

  const submit = (values: Ruling) => {
    setError(null);
    rule.mutate({ batchId, objectionId: objection.id, outcome: values.outcome, ruling: values.ruling.trim() }, { onSuccess: onClose, onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
  };

  return (
    <Modal
      open
      title={t('objection.ruleTitle')}
      okText={t('objection.rule')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: outcome === 'sustained', 'data-testid': 'ruling-ok' }}
      confirmLoading={rule.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
        {objection.content}
      </Typography.Paragraph>
      <Form<Ruling> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="outcome" label={t('objection.outcome')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'dismissed', label: t('objection.outcome.dismissed') },
              { value: 'sustained', label: t('objection.outcome.sustained') },
            ]}
          />
        </Form.Item>
        {outcome === 'sustained' && <Alert type="warning" showIcon title={t('objection.sustainedHint')} style={{ marginBottom: 16 }} />}
        <Form.Item name="ruling" label={t('objection.ruling')} rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
