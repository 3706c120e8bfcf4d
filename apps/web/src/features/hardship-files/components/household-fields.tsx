import { Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, type FormInstance } from 'antd';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useT } from '../../../lib/i18n';
import { CAUSES, EXCLUSIONS, HOUSEHOLD_TYPES, HOUSING_TYPES, options, ORIGINS } from './file-labels';
import type { FileFormValues } from './file-form-values';

interface HouseholdFieldsProps {
  form: FormInstance<FileFormValues>;
  /** Editing: the org cannot change, and the stored card shows masked. */
  editing?: { bankCardMasked: string | null };
}

/** The household's facts: type, causes, housing, flags, 低保, bank card, exclusions, migrant conditions, notes. */
export function HouseholdFields({ form, editing }: HouseholdFieldsProps) {
  const t = useT();
  const householdType = Form.useWatch('householdType', form);
  const mainCause = Form.useWatch('mainCause', form);
  const onDibao = Form.useWatch('onDibao', form);

  return (
    <>
      <Card title={t('fileForm.section.basic')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          {!editing && (
            <Col xs={24} md={12}>
              <Form.Item name="orgId" label={t('field.orgId')} rules={[{ required: true }]}>
                <OrgTreeSelect style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="householdType" label={t('field.householdType')} rules={[{ required: true }]}>
              <Radio.Group options={options(t, 'householdType', HOUSEHOLD_TYPES)} optionType="button" buttonStyle="solid" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="mainCause" label={t('field.mainCause')} rules={[{ required: true }]}>
              <Select
                data-testid="main-cause"
                placeholder={t('fileForm.mainCausePlaceholder')}
                options={CAUSES.map((cause) => ({ value: cause, label: `${cause}. ${t(`cause.${cause}`)}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="secondaryCauses"
              label={t('field.secondaryCauses')}
              rules={[{ type: 'array', max: 3, message: t('fileForm.secondaryMax') }]}
            >
              <Select
                mode="multiple"
                allowClear
                maxCount={3}
                options={CAUSES.filter((cause) => cause !== mainCause).map((cause) => ({ value: cause, label: `${cause}. ${t(`cause.${cause}`)}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="origin" label={t('field.origin')}>
              <Select options={options(t, 'origin', editing ? ORIGINS : (['existing', 'new'] as const))} disabled={editing !== undefined} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('fileForm.section.housing')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="housingType" label={t('field.housingType')}>
              <Select allowClear options={options(t, 'housingType', HOUSING_TYPES)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="housingAreaM2" label={t('field.housingAreaM2')}>
              <InputNumber min={0} max={10000} step={0.1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={13}>
            <Form.Item label={t('field.flags')}>
              <Form.Item name="singleParent" valuePropName="checked" noStyle>
                <Checkbox>{t('field.singleParent')}</Checkbox>
              </Form.Item>
              <Form.Item name="zeroEmployment" valuePropName="checked" noStyle>
                <Checkbox>{t('field.zeroEmployment')}</Checkbox>
              </Form.Item>
              <Form.Item name="onDibao" valuePropName="checked" noStyle>
                <Checkbox>{t('field.onDibao')}</Checkbox>
              </Form.Item>
            </Form.Item>
          </Col>
          {onDibao && (
            <Col xs={12} md={6}>
              <Form.Item name="dibaoMonthlyFen" label={t('field.dibaoMonthlyFen')} rules={[moneyRule(t('money.invalid'))]}>
                <MoneyInput />
              </Form.Item>
            </Col>
          )}
          <Col xs={12} md={6}>
            <Form.Item name="bankName" label={t('field.bankName')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="bankCard"
              label={t('field.bankCard')}
              rules={[{ pattern: /^[0-9 ]{12,23}$/, message: t('fileForm.bankCardRule') }]}
            >
              <Input
                maxLength={23}
                inputMode="numeric"
                autoComplete="off"
                placeholder={editing?.bankCardMasked ? t('common.keepMasked', { masked: editing.bankCardMasked }) : undefined}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('fileForm.section.exclusions')} size="small" style={{ marginBottom: 16 }} extra={t('fileForm.exclusionsHint')}>
        <Row gutter={12}>
          {EXCLUSIONS.map((key) => (
            <Col xs={24} md={12} key={key}>
              <Form.Item name={['exclusions', key]} valuePropName="checked" style={{ marginBottom: 4 }}>
                <Checkbox>{t(`exclusion.${key}`)}</Checkbox>
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>
      {householdType === 'migrant' && (
        <Card title={t('fileForm.section.migrant')} size="small" style={{ marginBottom: 16 }} extra={t('fileForm.migrantHint')}>
          <Row gutter={12}>
            <Col xs={12} md={6}>
              <Form.Item name={['migrant', 'unionMember']} valuePropName="checked">
                <Checkbox>{t('field.migrant.unionMember')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['migrant', 'longTermResident']} valuePropName="checked">
                <Checkbox>{t('field.migrant.longTermResident')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name={['migrant', 'employmentStart']} label={t('field.migrant.employmentStart')}>
                <Input type="date" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
    </>
  );
}
