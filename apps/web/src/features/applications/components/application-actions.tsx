import { useState } from 'react';
import { Alert, App, Space, Typography } from 'antd';
import type { Application, DecisionBody } from '@bangfu/shared/applications';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useDecideApplication } from '../api/decide-application';
import { useWithdrawApplication } from '../api/withdraw-application';
import { ActionButtons, type ActionDialog } from './action-buttons';
import { decisionErrorMessage } from './decision-error';
import { DecisionProblemDetails } from './decision-problem-details';
import { EditApplicationModal } from './edit-application-modal';
import { HomeVisitModal } from './home-visit-modal';
import { OpinionModal } from './opinion-modal';

type DecidableStep = NonNullable<DecisionBody['step']>;
const DECIDABLE: readonly string[] = ['grassroots_review', 'home_visit', 'economic_check', 'recheck', 'upper_review', 'approval'];

/** What I can do with the application now (allowedActions), with a hint when it waits for someone else. */
export function ApplicationActions({ application: app }: { application: Application }) {
  const t = useT();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<ActionDialog | null>(null);
  const withdraw = useWithdrawApplication();
  const decide = useDecideApplication();
  const can = (action: string) => app.allowedActions.includes(action);
  const none = app.allowedActions.length === 0;
  const step = DECIDABLE.includes(app.state) ? (app.state as DecidableStep) : undefined;
  const close = () => setDialog(null);

  // The step is sent along, so a decision made on a stale page is refused rather than applied to the next step.
  const runDecision = (decision: DecisionBody['decision']) => (opinion: string | undefined) =>
    decide.mutateAsync({ id: app.id, decision, ...(step ? { step } : {}), ...(opinion ? { opinion } : {}) }).then(() => message.success(t(`decision.done.${decision}`)));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {!none && <ActionButtons application={app} onOpen={setDialog} />}
      {app.state === 'notice' && <Alert type="info" showIcon title={t(app.noticeBatchId ? 'application.hint.inNotice' : 'application.hint.waitingNotice')} />}
      {app.state === 'home_visit' && can('visit') && !can('pass') && <Alert type="info" showIcon title={t('application.hint.visitFirst')} />}
      {none && step && <Alert type="info" showIcon title={t('application.hint.waitingOthers', { step: t(`reviewStep.${step}`) })} />}
      {none && !step && app.state !== 'notice' && <Typography.Text type="secondary">{t('application.hint.nothingToDo')}</Typography.Text>}

      {dialog === 'edit' && <EditApplicationModal application={app} onClose={close} />}
      {dialog === 'visit' && <HomeVisitModal applicationId={app.id} onClose={close} />}
      {dialog === 'withdraw' && (
        <OpinionModal
          title={t('application.withdrawTitle')}
          required={false}
          okText={t('application.withdraw')}
          danger
          pending={withdraw.isPending}
          onOk={(opinion) => withdraw.mutateAsync({ id: app.id, opinion }).then(() => message.success(t('application.withdrawn')))}
          onClose={close}
          describeError={(e) => errorMessage(e, t)}
        />
      )}
      {(dialog === 'pass' || dialog === 'return' || dialog === 'reject') && (
        <OpinionModal
          title={t(`decision.title.${dialog}`, { step: step ? t(`reviewStep.${step}`) : '' })}
          required={dialog !== 'pass'}
          okText={t(`decision.${dialog}`)}
          danger={dialog === 'reject'}
          pending={decide.isPending}
          onOk={runDecision(dialog)}
          onClose={close}
          describeError={(e) => decisionErrorMessage(e, t)}
          errorDetails={(e) => <DecisionProblemDetails error={e} />}
        />
      )}
    </Space>
  );
}
