import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Popconfirm, Space } from 'antd';
import { CheckCircleOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { useCan } from '../../../lib/auth';
import { useT, type MessageKey } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useFormalizeFile } from '../api/formalize-file';
import { useRefileFile } from '../api/refile-file';
import { useReviewFile } from '../api/review-file';
import { CancelModal, ExitModal } from './close-file-modals';
import { ConfirmCategoryModal } from './confirm-category-modal';
import { isOpen } from './file-labels';

type Dialog = 'confirm' | 'exit' | 'cancel' | null;

/** The file's actions, each shown only to a role that may take it and only in a status that allows it. */
export function FileActions({ file }: { file: HardshipFile }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canWrite = useCan('file:write');
  const canConfirm = useCan('file:confirm');
  const canLifecycle = useCan('file:lifecycle');
  const [dialog, setDialog] = useState<Dialog>(null);
  const formalize = useFormalizeFile();
  const review = useReviewFile();
  const refile = useRefileFile();
  const open = isOpen(file.status);
  const eligible = file.category !== null && file.category !== 'not_eligible';

  const simple = (mutation: typeof formalize, done: MessageKey) => ({
    onConfirm: () =>
      mutation.mutate({ fileId: file.id }, { onSuccess: () => message.success(t(done)), onError: (error) => message.error(errorMessage(error, t)) }),
  });

  return (
    <Space wrap>
      <Button icon={<PrinterOutlined />} onClick={() => navigate(`/hardship-files/${file.id}/print`)} data-testid="print-file">
        {t('file.print')}
      </Button>
      {canWrite && open && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/hardship-files/${file.id}/edit`)}>
          {t('file.edit')}
        </Button>
      )}
      {canWrite && open && (
        <Popconfirm title={t('file.reviewConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} {...simple(review, 'file.reviewed')}>
          <Button loading={review.isPending}>{t('file.actions.review')}</Button>
        </Popconfirm>
      )}
      {canConfirm && open && file.classification && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setDialog('confirm')} data-testid="confirm-category">
          {t('file.actions.confirm')}
        </Button>
      )}
      {canLifecycle && file.status === 'temporary' && (
        <Popconfirm
          title={eligible ? t('file.formalizeConfirm') : t('file.needsCategory')}
          okButtonProps={{ disabled: !eligible }}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          {...simple(formalize, 'file.formalized')}
        >
          <Button loading={formalize.isPending}>{t('file.actions.formalize')}</Button>
        </Popconfirm>
      )}
      {canLifecycle && open && <Button onClick={() => setDialog('exit')}>{t('file.actions.exit')}</Button>}
      {canLifecycle && open && (
        <Button danger onClick={() => setDialog('cancel')}>
          {t('file.actions.cancel')}
        </Button>
      )}
      {canLifecycle && file.status === 'exited' && (
        <Popconfirm
          title={t('file.refileConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            refile.mutate(
              { fileId: file.id },
              {
                onSuccess: (created) => {
                  message.success(t('file.refiled'));
                  navigate(`/hardship-files/${created.id}`);
                },
                onError: (error) => message.error(errorMessage(error, t)),
              },
            )
          }
        >
          <Button loading={refile.isPending}>{t('file.actions.refile')}</Button>
        </Popconfirm>
      )}
      {dialog === 'confirm' && <ConfirmCategoryModal file={file} onClose={() => setDialog(null)} />}
      {dialog === 'exit' && <ExitModal file={file} onClose={() => setDialog(null)} />}
      {dialog === 'cancel' && <CancelModal file={file} onClose={() => setDialog(null)} />}
    </Space>
  );
}
