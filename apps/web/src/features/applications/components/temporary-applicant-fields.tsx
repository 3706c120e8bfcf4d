import { Checkbox, Col, Form, Input, Radio, Row } from 'antd';
import { checkIdNumber } from '@bangfu/shared/id-number';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { shanghaiDay } from '../../../lib/format';
import { translateCode, useT } from '../../../lib/i18n';

/** 临时救助 without a file: who applies and for which union (the ID number is encrypted by the server). */
export function TemporaryApplicantFields() {
  const t = useT();
  // The same resident-ID rules the server applies (format, division, birth date, check character).
  const idRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      const result = checkIdNumber(value, shanghaiDay());
      if (!result.ok) throw new Error(translateCode(t, `idRule.${result.rule}`, t('application.idInvalid')));
    },
  };
  return (
    <>
      <Form.Item name="orgId" label={t('application.org')} rules={[{ required: true }]}>
        <OrgTreeSelect style={{ width: '100%' }} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={['applicant', 'name']} label={t('application.applicantName')} rules={[{ required: true, whitespace: true, max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={['applicant', 'idNumber']} label={t('application.applicantIdNumber')} rules={[{ required: true, min: 5, max: 30 }, idRule]}>
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['applicant', 'gender']} label={t('application.applicantGender')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'male', label: t('application.gender.male') },
                { value: 'female', label: t('application.gender.female') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['applicant', 'phone']} label={t('application.applicantPhone')} rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('application.phoneRule') }]}>
        <Input maxLength={20} autoComplete="off" />
      </Form.Item>
      <Form.Item name={['applicant', 'selfCaused']} valuePropName="checked" extra={t('application.selfCausedHint')}>
        <Checkbox>{t('application.selfCaused')}</Checkbox>
      </Form.Item>
    </>
  );
}
