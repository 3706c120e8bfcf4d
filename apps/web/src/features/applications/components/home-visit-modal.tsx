import { useState } from 'react';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useMe } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { useRecordHomeVisit } from '../api/record-home-visit';
import { applyApplicationProblem } from './application-form-problem';

interface Values {
  /** A dayjs value from the DatePicker. */
  visitedOn: { format(template: string): string };
  visitors: string[];
  findings: string;
  consentSigned: boolean;
}

/** 入户核实: records the visit and whether the household signed the consent to economic checks. */
export function HomeVisitModal({ applicationId, onClose }: { applicationId: string; onClose: () => void }) {
  const t = useT();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const record = useRecordHomeVisit();

  const submit = (values: Values) => {
    setError(null);
    record.mutate(
      {
        id: applicationId,
        visitedOn: values.visitedOn.format('YYYY-MM-DD'),
        visitors: values.visitors.map((v) => v.trim()).filter(Boolean),
        findings: values.findings.trim(),
        consentSigned: values.consentSigned,
      },
      { onSuccess: onClose, onError: (problem) => setError(applyApplicationProblem(form, problem, t)) },
    );
  };

  return (
    <Modal
      open
      title={t('visit.record')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'visit-ok' }}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ visitors: me ? [me.name] : [], consentSigned: false }}>
        <Form.Item name="visitedOn" label={t('visit.visitedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(day) => day.valueOf() > Date.now()} style={{ width: 200 }} data-testid="visit-date" />
        </Form.Item>
        <Form.Item name="visitors" label={t('visit.visitors')} rules={[{ required: true, type: 'array', min: 1, max: 10 }]} extra={t('visit.visitorsHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} data-testid="visit-visitors" />
        </Form.Item>
        <Form.Item name="findings" label={t('visit.findings')} rules={[{ required: true, whitespace: true, min: 2, max: 4000 }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('visit.findingsHint')} data-testid="visit-findings" />
        </Form.Item>
        <Form.Item name="consentSigned" valuePropName="checked" extra={t('visit.consentHint')}>
          <Checkbox data-testid="visit-consent">{t('visit.consentLabel')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
