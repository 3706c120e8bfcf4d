import { useState } from 'react';
import { Alert, App, Button, Form, InputNumber, Radio, Space, Steps, Switch, Typography } from 'antd';
import type { ReviewStep, WorkflowConfig, WorkflowConfigInput } from '@bangfu/shared/applications';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { usePutWorkflow } from '../api/put-workflow';

/** The step order the server derives from the settings (mirrors planFor in the API, for the preview). */
export function previewSteps(s: WorkflowConfigInput): ReviewStep[] {
  const steps: ReviewStep[] = ['grassroots_review', 'home_visit'];
  if (s.economicCheck) steps.push('economic_check');
  if (s.noticePlacement === 'before_upper_review') steps.push('notice');
  steps.push('upper_review', 'approval');
  if (s.noticePlacement === 'after_approval') steps.push('notice');
  return steps;
}

interface WorkflowFormProps {
  config: WorkflowConfig;
  /** Name of the org the settings are inherited from, if they are. */
  inheritedFromName: string | null;
}

/** 流程设置 of one org: where the notice comes, the optional economic check, the notice window. */
export function WorkflowForm({ config, inheritedFromName }: WorkflowFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkflowConfigInput>();
  const [error, setError] = useState<string | null>(null);
  const put = usePutWorkflow();
  const values = Form.useWatch([], form) as WorkflowConfigInput | undefined;
  const steps = values?.noticePlacement ? previewSteps(values) : config.steps;

  const submit = (input: WorkflowConfigInput) => {
    setError(null);
    put.mutate({ orgId: config.orgId, ...input }, { onSuccess: () => message.success(t('common.saved')), onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
  };

  return (
    <Form<WorkflowConfigInput>
      key={config.orgId}
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ noticePlacement: config.noticePlacement, economicCheck: config.economicCheck, noticeDays: config.noticeDays }}
    >
      {inheritedFromName && <Alert type="info" showIcon title={t('workflowSettings.inherited', { org: inheritedFromName })} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="noticePlacement" label={t('workflowSettings.noticePlacement')} rules={[{ required: true }]}>
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value="before_upper_review">{t('workflowSettings.placement.before_upper_review')}</Radio>
            <Radio value="after_approval">{t('workflowSettings.placement.after_approval')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="economicCheck" label={t('workflowSettings.economicCheck')} valuePropName="checked" extra={t('workflowSettings.economicCheckHint')}>
        <Switch />
      </Form.Item>
      <Form.Item name="noticeDays" label={t('workflowSettings.noticeDays')} rules={[{ required: true }]} extra={t('workflowSettings.noticeDaysHint')}>
        <InputNumber min={1} max={60} precision={0} suffix={t('noticeBatch.days')} style={{ width: 160 }} />
      </Form.Item>
      <Typography.Text type="secondary">{t('workflowSettings.preview')}</Typography.Text>
      <Steps size="small" current={-1} items={steps.map((step) => ({ title: t(`reviewStep.${step}`) }))} style={{ margin: '8px 0 16px' }} data-testid="workflow-preview" />
      <Button type="primary" htmlType="submit" loading={put.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
