import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useConfirmFileCategory } from '../api/confirm-file-category';
import { CATEGORIES, label, options, type Category } from './file-labels';

/** 确认类别: take the proposal, or another category with a note saying why. */
export function ConfirmCategoryModal({ file, onClose }: { file: HardshipFile; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ category: Category; note?: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const confirm = useConfirmFileCategory();
  const category = Form.useWatch('category', form);
  const overriding = category !== undefined && category !== file.proposedCategory;

  return (
    <Modal
      open
      title={t('confirm.title')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={confirm.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('confirm.proposed', { category: label(t, 'category', file.proposedCategory) })} description={t('confirm.basisNote')} style={{ marginBottom: 16 }} />
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ category: file.proposedCategory ?? undefined }}
        onFinish={(values) =>
          confirm.mutate(
            { fileId: file.id, category: values.category, note: values.note?.trim() || undefined },
            {
              onSuccess: () => {
                message.success(t('file.confirmed'));
                onClose();
              },
              onError: (error) => setFormError(applyProblemToForm(form, error, t)),
            },
          )
        }
      >
        <Form.Item name="category" label={t('confirm.category')} rules={[{ required: true }]}>
          <Radio.Group options={options(t, 'category', CATEGORIES)} optionType="button" buttonStyle="solid" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('confirm.note')}
          dependencies={['category']}
          rules={[{ required: overriding, whitespace: true, message: t('confirm.noteRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
