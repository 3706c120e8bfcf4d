import { App, Button, Popconfirm } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';

/** A "delete" link with a confirmation; the outcome shows as a message. */
export function RemoveButton({ id, mutation, testId }: { id: string; mutation: UseMutationResult<void, Error, string>; testId: string }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={t('common.deleteConfirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() => mutation.mutate(id, { onSuccess: () => message.success(t('common.deleted')), onError: (problem) => message.error(errorMessage(problem, t)) })}
    >
      <Button type="link" size="small" danger data-testid={testId}>
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}
