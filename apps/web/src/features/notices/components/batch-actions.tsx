import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { CheckCircleOutlined, PlusOutlined, SoundOutlined } from '@ant-design/icons';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { isApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useCloseNoticeBatch } from '../api/close-notice-batch';
import { usePublishNoticeBatch } from '../api/publish-notice-batch';
import { AddItemsModal } from './add-items-modal';

/** Add items and publish (draft); close after the window with every objection ruled (published). */
export function BatchActions({ batch }: { batch: NoticeBatch }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const publish = usePublishNoticeBatch();
  const close = useCloseNoticeBatch();
  const openObjections = batch.objectionCounts.open;

  /** NOTICE_WINDOW_OPEN and OBJECTIONS_PENDING explained with this batch's dates and numbers. */
  const describe = (problem: unknown) => {
    if (isApiError(problem) && problem.code === 'NOTICE_WINDOW_OPEN') return t('noticeBatch.windowOpen', { date: formatDateTime(batch.closesAt, locale) });
    if (isApiError(problem) && problem.code === 'OBJECTIONS_PENDING') return t('noticeBatch.objectionsPending', { n: openObjections });
    return errorMessage(problem, t);
  };

  const run = (mutation: typeof publish, done: string) => () => {
    setError(null);
    mutation.mutate(batch.id, { onSuccess: () => message.success(done), onError: (problem) => setError(describe(problem)) });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {batch.state === 'draft' && (
          <>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-items">
              {t('noticeBatch.addItems')}
            </Button>
            <Popconfirm title={t('noticeBatch.publishConfirm', { days: batch.windowDays })} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={run(publish, t('noticeBatch.published'))}>
              <Button type="primary" icon={<SoundOutlined />} loading={publish.isPending} disabled={batch.itemCounts.total === 0} data-testid="publish-batch">
                {t('noticeBatch.publish')}
              </Button>
            </Popconfirm>
          </>
        )}
        {batch.state === 'published' && (
          <Popconfirm title={t('noticeBatch.closeConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={run(close, t('noticeBatch.closed'))}>
            <Button type="primary" icon={<CheckCircleOutlined />} loading={close.isPending} data-testid="close-batch">
              {t('noticeBatch.close')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {batch.state === 'draft' && batch.itemCounts.total === 0 && <Alert type="info" showIcon title={t('noticeBatch.emptyHint')} />}
      {batch.state === 'published' && <Alert type="info" showIcon title={t('noticeBatch.closeRule')} />}
      {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(null) }} data-testid="batch-error" />}
      {adding && <AddItemsModal batch={batch} onClose={() => setAdding(false)} />}
    </Space>
  );
}
