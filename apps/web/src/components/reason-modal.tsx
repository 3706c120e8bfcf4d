import { type ReactNode, useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useT } from '../lib/i18n';
import { applyProblemToForm } from '../lib/problem';

interface ReasonModalProps {
  title: ReactNode;
  okText: ReactNode;
  /** The body field the text is sent as (`reason`, `opinion`): a 400 naming it is shown under the box. */
  field: string;
  label: ReactNode;
  /** What the step does, above the form (a warning). */
  warning?: ReactNode;
  /** More to show above the form (e.g. the transaction being reversed). */
  children?: ReactNode;
  extra?: ReactNode;
  initialText?: string;
  maxLength?: number;
  /** Lines of the text box; 0 for a one-line input. */
  rows?: number;
  testId: string;
  pending: boolean;
  /** Sends the trimmed text; `fail` shows the API's problem on the form. */
  onSubmit: (text: string, fail: (problem: unknown) => void) => void;
  onClose: () => void;
}

/**
 * A step that needs a written reason (退汇原因, 退回意见, 冲销原因, 终止原因): a danger button, one required
 * text of 2 to `maxLength` characters, and the API's refusal shown in place.
 */
export function ReasonModal({ title, okText, field, label, warning, children, extra, initialText, maxLength = 500, rows = 3, testId, pending, onSubmit, onClose }: ReasonModalProps) {
  const t = useT();
  const [form] = Form.useForm<Record<string, string>>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: true, 'data-testid': `${testId}-ok` }}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {warning && <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} />}
      {children}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid={`${testId}-error`} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialText ? { [field]: initialText } : undefined}
        onFinish={(values) => {
          setError(null);
          onSubmit((values[field] ?? '').trim(), (problem) => setError(applyProblemToForm(form, problem, t)));
        }}
      >
        <Form.Item name={field} label={label} rules={[{ required: true, whitespace: true, min: 2, max: maxLength }]} extra={extra}>
          {rows > 0 ? <Input.TextArea rows={rows} maxLength={maxLength} showCount data-testid={`${testId}-${field}`} /> : <Input maxLength={maxLength} data-testid={`${testId}-${field}`} />}
        </Form.Item>
      </Form>
    </Modal>
  );
}
