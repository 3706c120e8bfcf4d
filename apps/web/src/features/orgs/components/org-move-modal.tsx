import { useMemo, useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import type { Org } from '@bangfu/shared/orgs';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useT } from '../../../lib/i18n';
import { subtreeIds } from '../../../lib/org-tree';
import { applyProblemToForm } from '../../../lib/problem';
import { useMoveOrg } from '../api/move-org';

/** Picks a new parent; the org itself and its subtree cannot be picked. */
export function OrgMoveModal({ org, nodes, onClose }: { org: Org; nodes: readonly Org[]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const move = useMoveOrg();
  const disabledIds = useMemo(() => subtreeIds(nodes, org.id), [nodes, org.id]);

  const submit = ({ parentId }: { parentId: string }) => {
    setFormError(null);
    move.mutate(
      { id: org.id, parentId },
      {
        onSuccess: () => {
          message.success(t('org.moved'));
          onClose();
        },
        onError: (error) => setFormError(applyProblemToForm(form, error, t)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('org.moveTitle', { name: org.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ parentId: org.parentId ?? undefined }} onFinish={submit}>
        <Form.Item name="parentId" label={t('org.moveTo')} rules={[{ required: true }]}>
          <OrgTreeSelect disabledIds={disabledIds} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
