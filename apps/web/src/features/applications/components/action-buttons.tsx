import { App, Button, Popconfirm, Space } from 'antd';
import { CheckOutlined, CloseOutlined, EditOutlined, HomeOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import type { Application } from '@bangfu/shared/applications';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useSubmitApplication } from '../api/submit-application';

export type ActionDialog = 'edit' | 'visit' | 'withdraw' | 'pass' | 'return' | 'reject';

/** One button per action in allowedActions; submit runs after a confirmation, the others open their dialog. */
export function ActionButtons({ application: app, onOpen }: { application: Application; onOpen: (dialog: ActionDialog) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const submit = useSubmitApplication();
  const can = (action: string) => app.allowedActions.includes(action);
  const returned = app.state === 'returned';

  return (
    <Space wrap data-testid="application-actions">
      {can('submit') && (
        <Popconfirm
          title={t(returned ? 'application.resubmitConfirm' : 'application.submitConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => submit.mutate(app.id, { onSuccess: () => message.success(t('application.submitted')), onError: (e) => message.error(errorMessage(e, t)) })}
        >
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} data-testid="action-submit">
            {t(returned ? 'application.resubmit' : 'application.submit')}
          </Button>
        </Popconfirm>
      )}
      {can('pass') && (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => onOpen('pass')} data-testid="action-pass">
          {t('decision.pass')}
        </Button>
      )}
      {can('visit') && (
        <Button type={can('pass') ? 'default' : 'primary'} icon={<HomeOutlined />} onClick={() => onOpen('visit')} data-testid="action-visit">
          {t('visit.record')}
        </Button>
      )}
      {can('return') && (
        <Button icon={<RollbackOutlined />} onClick={() => onOpen('return')} data-testid="action-return">
          {t('decision.return')}
        </Button>
      )}
      {can('reject') && (
        <Button danger icon={<CloseOutlined />} onClick={() => onOpen('reject')} data-testid="action-reject">
          {t('decision.reject')}
        </Button>
      )}
      {can('edit') && (
        <Button icon={<EditOutlined />} onClick={() => onOpen('edit')} data-testid="action-edit">
          {t('application.edit')}
        </Button>
      )}
      {can('withdraw') && (
        <Button icon={<StopOutlined />} onClick={() => onOpen('withdraw')} data-testid="action-withdraw">
          {t('application.withdraw')}
        </Button>
      )}
    </Space>
  );
}
