import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCancelFile } from '../api/cancel-file';
import { useExitFile } from '../api/exit-file';
import { EXIT_TYPES, options } from './file-labels';

type ExitType = (typeof EXIT_TYPES)[number];

/** 退出: exit type, date (not in the future) and evidence. */
export function ExitModal({ file, onClose }: { file: HardshipFile; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ exitType: ExitType; exitedOn: string; evidence: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const exit = useExitFile();
  const today = shanghaiDay();

  return (
    <Modal open title={t('exit.title')} okText={t('common.confirm')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} confirmLoading={exit.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ exitType: 'out_of_hardship', exitedOn: today }}
        onFinish={(values) =>
          exit.mutate(
            { fileId: file.id, exitType: values.exitType, exitedOn: values.exitedOn, evidence: values.evidence.trim() },
            {
              onSuccess: () => {
                message.success(t('file.exited'));
                onClose();
              },
              onError: (error) => setFormError(applyProblemToForm(form, error, t)),
            },
          )
        }
      >
        <Form.Item name="exitType" label={t('field.exitType')} rules={[{ required: true }]}>
          <Select options={options(t, 'exitType', EXIT_TYPES)} />
        </Form.Item>
        <Form.Item
          name="exitedOn"
          label={t('field.exitedOn')}
          rules={[{ required: true }, { validator: async (_, value: string) => { if (value && value > today) throw new Error(t('exit.futureDate')); } }]}
        >
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item name="evidence" label={t('field.exitEvidence')} extra={t('exit.evidenceHint')} rules={[{ required: true, whitespace: true, min: 2, max: 1000, message: t('exit.evidenceRule') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 注销: with a reason. */
export function CancelModal({ file, onClose }: { file: HardshipFile; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const cancel = useCancelFile();

  return (
    <Modal open title={t('cancel.title')} okText={t('common.confirm')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} confirmLoading={cancel.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Alert type="warning" showIcon title={t('cancel.warning')} style={{ marginBottom: 16 }} />
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          cancel.mutate(
            { fileId: file.id, reason: values.reason.trim() },
            {
              onSuccess: () => {
                message.success(t('file.cancelled'));
                onClose();
              },
              onError: (error) => setFormError(applyProblemToForm(form, error, t)),
            },
          )
        }
      >
        <Form.Item name="reason" label={t('cancel.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('cancel.reasonRule') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
