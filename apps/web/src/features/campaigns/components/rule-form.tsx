import { Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography, type FormInstance } from 'antd';
import { AID_TYPES } from '@bangfu/shared/applications';
import { CAMPAIGN_KINDS, SCHOOL_LEVELS, type CampaignKind } from '@bangfu/shared/aid-campaigns';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { translateCode, useT } from '../../../lib/i18n';
import { pricesStudents, type RuleValues } from './campaign-draft';

/** 活动规则: what kind, where and when, which households (category, type, students, subtree, not funded yet) and how much. */
interface RuleFormProps {
  form: FormInstance<RuleValues>;
  initialValues: RuleValues;
  onFinish: (values: RuleValues) => void;
  onKindChange: (kind: CampaignKind) => void;
  /** Any change: the preview no longer shows what would be saved. */
  onChange: () => void;
}

export function RuleForm({ form, initialValues, onFinish, onKindChange, onChange }: RuleFormProps) {
  const t = useT();
  const kind = Form.useWatch('kind', form);
  const levels = Form.useWatch('studentLevels', form);
  const perStudentPricing = pricesStudents(kind, levels);
  const money = moneyRule(t('money.invalid'));
  const label = (prefix: string, code: string) => translateCode(t, `${prefix}.${code}`, code);

  return (
    <Form<RuleValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} onValuesChange={onChange} data-testid="rule-form">
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('campaign.basics')}>
            <Form.Item name="kind" label={t('campaign.kind')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: label('campaignKind', k) }))} onChange={(e) => onKindChange(e.target.value as CampaignKind)} data-testid="campaign-kind" />
            </Form.Item>
            <Form.Item name="name" label={t('campaign.name')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
              <Input maxLength={100} data-testid="campaign-name" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item name="year" label={t('campaign.year')} rules={[{ required: true }]}>
                  <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name="aidType" label={t('campaign.aidType')} extra={t('campaign.aidTypeHint')} rules={[{ required: kind === 'custom', message: t('campaign.aidTypeRequired') }]}>
                  <Select allowClear options={AID_TYPES.map((a) => ({ value: a, label: label('aidType', a) }))} placeholder={kind ? t('campaign.aidTypeDefault', { type: kind === 'custom' ? '—' : label('aidType', kind === 'golden_autumn' ? 'education' : 'sending_warmth') }) : undefined} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="orgId" label={t('campaign.org')} rules={[{ required: true }]} extra={t('campaign.orgHint')}>
              <OrgTreeSelect style={{ width: '100%' }} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('campaign.rule')}>
            <Form.Item name="categories" label={t('campaign.categories')} extra={t('campaign.anyIfEmpty')}>
              <Checkbox.Group options={(['deep', 'relative', 'accident'] as const).map((c) => ({ value: c, label: label('category', c) }))} data-testid="rule-categories" />
            </Form.Item>
            <Form.Item name="householdTypes" label={t('campaign.householdTypes')} extra={t('campaign.anyIfEmpty')}>
              <Checkbox.Group options={(['urban', 'migrant'] as const).map((c) => ({ value: c, label: label('householdType', c) }))} />
            </Form.Item>
            <Form.Item name="studentLevels" label={t('campaign.studentLevels')} extra={t(kind === 'golden_autumn' ? 'campaign.studentLevelsAutumn' : 'campaign.studentLevelsHint')} rules={[{ required: kind === 'golden_autumn', message: t('campaign.studentLevelsRequired') }]}>
              <Checkbox.Group options={SCHOOL_LEVELS.map((l) => ({ value: l, label: label('schoolLevel', l) }))} />
            </Form.Item>
            <Form.Item name="subOrgId" label={t('campaign.subOrg')} extra={t('campaign.subOrgHint')}>
              <OrgTreeSelect allowClear style={{ width: '100%' }} placeholder={t('campaign.subOrgAll')} />
            </Form.Item>
            <Form.Item name="excludeFundedInYear" label={t('campaign.excludeFunded')} valuePropName="checked" extra={t('campaign.excludeFundedHint')}>
              <Switch />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('campaign.amounts')} style={{ marginTop: 16 }}>
        {!perStudentPricing ? (
          <Form.Item name="perHouseholdFen" label={t('campaign.perHousehold')} required rules={[moneyRule(t('money.invalid'), true)]} extra={t('campaign.perHouseholdHint')}>
            <MoneyInput style={{ width: 220 }} data-testid="per-household" />
          </Form.Item>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('campaign.perStudentHint')}</Typography.Paragraph>
            <Row gutter={12}>
              {SCHOOL_LEVELS.filter((l) => !levels?.length || levels.includes(l)).map((level) => (
                <Col key={level} xs={12} md={8} lg={4}>
                  <Form.Item name={['perStudentFen', level]} label={label('schoolLevel', level)} rules={[money]}>
                    <MoneyInput data-testid={`per-student-${level}`} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Form.Item name="perStudent" label={t('campaign.perStudentMode')} valuePropName="checked" extra={t('campaign.perStudentModeHint')}>
              <Switch />
            </Form.Item>
          </>
        )}
      </Card>
    </Form>
  );
}
