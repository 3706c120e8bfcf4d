import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, App, Button, Flex, Form, Space, Steps, Typography } from 'antd';
import { ArrowLeftOutlined, EyeOutlined, TeamOutlined } from '@ant-design/icons';
import type { CampaignKind, CampaignPreview } from '@bangfu/shared/aid-campaigns';
import { useMe } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm, errorMessage } from '../../../lib/problem';
import { usePreviewCampaign, useCreateCampaign, useSelectCampaign } from '../api/campaign-steps';
import { initialRule, toCampaignCreate, type RuleValues } from '../components/campaign-draft';
import { PreviewView } from '../components/preview-view';
import { RuleForm } from '../components/rule-form';
import { shanghaiYear } from '../../../lib/format';

/** 新建活动: the rule (step 1) and its preview (step 2); saving fixes the list (确定名单) and opens the campaign. */
export function CampaignNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const year = shanghaiYear();
  const nameOf = (kind: CampaignKind) => t(`campaign.defaultName.${kind}`, { year });
  const [form] = Form.useForm<RuleValues>();
  const [preview, setPreview] = useState<CampaignPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewing = usePreviewCampaign();
  const create = useCreateCampaign();
  const select = useSelectCampaign();

  const runPreview = (values: RuleValues) => {
    setError(null);
    const { name: _name, accountId: _account, ...draft } = toCampaignCreate(values);
    previewing.mutate(draft, { onSuccess: setPreview, onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
  };

  const save = async () => {
    setError(null);
    if (!(await form.validateFields().then(() => true, () => false))) return;
    create.mutate(toCampaignCreate(form.getFieldsValue(true) as RuleValues), {
      onError: (problem) => setError(applyProblemToForm(form, problem, t)),
      onSuccess: (campaign) =>
        select.mutate(campaign.id, {
          onSuccess: () => navigate(`/funds/campaigns/${campaign.id}`),
          onError: (problem) => {
            message.error(errorMessage(problem, t));
            navigate(`/funds/campaigns/${campaign.id}`);
          },
        }),
    });
  };

  const changeKind = (kind: CampaignKind) => {
    const current = form.getFieldsValue(true) as RuleValues;
    form.setFieldsValue({ ...initialRule(kind, current.year, current.orgId, nameOf(kind)), orgId: current.orgId, year: current.year });
    setPreview(null);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12}>
        <Link to="/funds/campaigns">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('campaign.back')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('campaign.create')}
        </Typography.Title>
      </Flex>
      <Steps
        size="small"
        current={preview ? 1 : 0}
        items={[{ title: t('campaign.step.rule') }, { title: t('campaign.step.preview') }, { title: t('campaign.step.notice') }, { title: t('campaign.step.pay') }]}
      />
      {me && <RuleForm form={form} initialValues={initialRule('sending_warmth', year, me.org.id, nameOf('sending_warmth'))} onFinish={runPreview} onKindChange={changeKind} onChange={() => setPreview(null)} />}
      {error && <Alert type="error" showIcon title={error} data-testid="campaign-error" />}
      <Space wrap>
        <Button icon={<EyeOutlined />} loading={previewing.isPending} onClick={() => form.submit()} data-testid="run-preview">
          {t('campaign.runPreview')}
        </Button>
        <Button type="primary" icon={<TeamOutlined />} disabled={!preview || preview.households === 0} loading={create.isPending || select.isPending} onClick={() => void save()} data-testid="save-select">
          {t('campaign.saveSelect')}
        </Button>
      </Space>
      {preview && <PreviewView preview={preview} />}
    </Space>
  );
}

