import { Steps, type StepsProps } from 'antd';
import type { Application, ReviewStep } from '@bangfu/shared/applications';
import { useT } from '../../../lib/i18n';
import { useOrgWorkflow } from '../api/get-org-workflow';
import { stepPosition } from './step-position';

type Item = NonNullable<StepsProps['items']>[number];
/** The plan as a Steps bar: submit, each review step in the org's order, approval done; who passed each step. */
export function ApplicationSteps({ application }: { application: Application }) {
  const t = useT();
  const planned = application.plan.length > 0;
  const workflow = useOrgWorkflow(application.orgId, !planned);
  const plan: ReviewStep[] = planned ? [...application.plan] : (workflow.data?.steps ?? []);
  // A sustained objection sends the case to 复核 (recheck) and then a new notice.
  if (application.state === 'recheck' && !plan.includes('recheck')) plan.splice(plan.indexOf('notice') + 1, 0, 'recheck');
  const { current, status } = stepPosition(application, plan);

  const passedBy = (step: string) => [...application.timeline].reverse().find((e) => e.step === step && (e.action === 'pass' || e.action === 'notice_cleared'))?.actorName;
  const items: Item[] = [
    { title: t('application.step.submit'), content: application.state === 'draft' ? t('appState.draft') : undefined },
    ...plan.map((step) => ({ title: t(`reviewStep.${step}`), content: passedBy(step) })),
    { title: t('application.step.done') },
  ];
  if (status === 'error' && items[current]) items[current] = { ...items[current], content: t(`appState.${application.state}`) };

  return <Steps current={current} status={status} items={items} size="small" responsive data-testid="application-steps" />;
}
