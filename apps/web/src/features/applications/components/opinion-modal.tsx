import { useState, type ReactNode } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useT } from '../../../lib/i18n';

interface OpinionModalProps {
  title: string;
  /** Return and reject need a written opinion; pass and withdraw take an optional one. */
  required: boolean;
  okText: string;
  danger?: boolean;
  pending: boolean;
  onOk: (opinion: string | undefined) => Promise<unknown>;
  onClose: () => void;
  /** The error in the UI language; the modal stays open so the user can read it. */
  describeError: (error: unknown) => string;
  /** Figures to show under the error (e.g. the cap a decision would break). */
  errorDetails?: (error: unknown) => ReactNode;
}

/** Asks for the opinion (意见) of a decision or a withdrawal, then runs it. */
export function OpinionModal({ title, required, okText, danger, pending, onOk, onClose, describeError, errorDetails }: OpinionModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ opinion?: string }>();
  const [error, setError] = useState<{ text: string; problem: unknown } | null>(null);

  const submit = async ({ opinion }: { opinion?: string }) => {
    setError(null);
    try {
      await onOk(opinion?.trim() || undefined);
      onClose();
    } catch (problem) {
      setError({ text: describeError(problem), problem });
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, 'data-testid': 'opinion-ok' }}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error.text} description={errorDetails?.(error.problem)} style={{ marginBottom: 16 }} data-testid="decision-error" />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="opinion"
          label={t('application.opinion')}
          rules={required ? [{ required: true, whitespace: true, message: t('application.opinionRequired') }] : []}
          extra={required ? undefined : t('application.opinionOptional')}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="opinion-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
