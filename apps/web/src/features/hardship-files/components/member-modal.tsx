import { useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useAddFileMember } from '../api/add-file-member';
import { useUpdateFileMember } from '../api/update-file-member';
import type { Person } from './file-labels';
import { MemberFields } from './member-fields';
import { translateIdError } from './id-error';
import { memberToValues, newMember, toPersonInput, toPersonPatch, type MemberValues } from './member-values';

const HEALTH_PATHS = [
  ['health', 'seriousIllness'],
  ['health', 'condition'],
  ['health', 'disabilityType'],
  ['health', 'disabilityGrade'],
] as const;

/** Add a member to a stored file (member = null) or change one. */
export function MemberModal({ fileId, member, onClose }: { fileId: string; member: Person | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const add = useAddFileMember();
  const update = useUpdateFileMember();

  const submit = async (values: MemberValues) => {
    setFormError(null);
    try {
      if (member) {
        const patch = toPersonPatch(values, HEALTH_PATHS.some((path) => form.isFieldTouched([...path])));
        await update.mutateAsync({ fileId, partId: member.id, body: patch });
      } else {
        await add.mutateAsync({ fileId, body: toPersonInput(values) });
      }
      message.success(t('common.saved'));
      onClose();
    } catch (error) {
      setFormError(applyProblemToForm(form, error, t, (fieldError) => translateIdError(t, fieldError)));
    }
  };

  return (
    <Modal
      open
      width={960}
      title={member ? t('member.edit', { name: member.name }) : t('member.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<MemberValues>
        form={form}
        layout="vertical"
        initialValues={member ? memberToValues(member) : newMember('spouse')}
        onFinish={(values) => void submit(values)}
      >
        <MemberFields
          form={form}
          name={[]}
          absolute={[]}
          allowHead={false}
          relationLocked={member?.relation === 'head'}
          masked={member ? { idNumber: member.idNumberMasked, phone: member.phoneMasked } : undefined}
        />
      </Form>
    </Modal>
  );
}
