import { Checkbox, Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { useT } from '../../../lib/i18n';
import { DISABILITY_TYPES, options, RELATIONS, SCHOOL_LEVELS, WORK_STATUSES } from './file-labels';
import { MemberIdFields } from './member-id-fields';

type Path = (string | number)[];

interface MemberFieldsProps {
  form: FormInstance;
  /** Name prefix for Form.Item: `[field.name]` inside the create form's Form.List, `[]` in the member dialog. */
  name: Path;
  /** The member's absolute path in the form values: `['members', field.name]` or `[]`. */
  absolute: Path;
  /** The head's relation is fixed; other members may not become the head. */
  relationLocked?: boolean;
  allowHead?: boolean;
  /** Editing a stored member: ID number and phone are masked, an empty input keeps them. */
  masked?: { idNumber: string; phone: string | null };
}

/** One household member: relation, identity, contact, work, school, health and whether they live together. */
export function MemberFields({ form, name, absolute, relationLocked, allowHead = true, masked }: MemberFieldsProps) {
  const t = useT();
  const isStudent = Form.useWatch([...absolute, 'isStudent'], form);
  const disability = Form.useWatch([...absolute, 'health', 'disabilityType'], form);
  const relationOptions = options(t, 'relation', RELATIONS).map((option) => ({ ...option, disabled: !allowHead && option.value === 'head' }));

  return (
    <Row gutter={12}>
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'relation']} label={t('member.relation')} rules={[{ required: true }]}>
          <Select options={relationOptions} disabled={relationLocked} data-testid="member-relation" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'name']} label={t('member.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input maxLength={50} data-testid="member-name" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'ethnicity']} label={t('member.ethnicity')}>
          <Input maxLength={20} placeholder={t('member.ethnicityPlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={[...name, 'phone']}
          label={t('member.phone')}
          rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('member.phoneRule') }]}
        >
          <Input maxLength={20} inputMode="tel" placeholder={masked?.phone ? t('common.keepMasked', { masked: masked.phone }) : undefined} />
        </Form.Item>
      </Col>
      <MemberIdFields
        form={form}
        name={name}
        absolute={absolute}
        idOptional={Boolean(masked)}
        idPlaceholder={masked ? t('common.keepMasked', { masked: masked.idNumber }) : undefined}
      />
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'workStatus']} label={t('member.workStatus')}>
          <Select allowClear options={options(t, 'workStatus', WORK_STATUSES)} data-testid="member-work-status" />
        </Form.Item>
      </Col>
      <Col xs={12} md={10}>
        <Form.Item name={[...name, 'employer']} label={t('member.employer')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('member.situation')}>
          <Form.Item name={[...name, 'coResident']} valuePropName="checked" noStyle>
            <Checkbox>{t('member.coResident')}</Checkbox>
          </Form.Item>
          <Form.Item name={[...name, 'unionMember']} valuePropName="checked" noStyle>
            <Checkbox>{t('member.unionMember')}</Checkbox>
          </Form.Item>
          <Form.Item name={[...name, 'isStudent']} valuePropName="checked" noStyle>
            <Checkbox>{t('member.isStudent')}</Checkbox>
          </Form.Item>
        </Form.Item>
      </Col>
      {isStudent && (
        <>
          <Col xs={12} md={6}>
            <Form.Item name={[...name, 'schoolLevel']} label={t('member.schoolLevel')}>
              <Select allowClear options={options(t, 'schoolLevel', SCHOOL_LEVELS)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={18}>
            <Form.Item name={[...name, 'school']} label={t('member.school')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} md={6}>
        <Form.Item label={t('member.health')} name={[...name, 'health', 'seriousIllness']} valuePropName="checked">
          <Checkbox>{t('member.seriousIllness')}</Checkbox>
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[...name, 'health', 'disabilityType']} label={t('member.disabilityType')}>
          <Select allowClear options={options(t, 'disability', DISABILITY_TYPES)} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={[...name, 'health', 'disabilityGrade']} label={t('member.disabilityGrade')}>
          <Select
            allowClear
            disabled={!disability || disability === 'none'}
            options={[1, 2, 3, 4].map((grade) => ({ value: grade, label: t('member.gradeN', { grade }) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[...name, 'health', 'condition']} label={t('member.condition')}>
          <Input maxLength={200} placeholder={masked ? t('member.healthKeep') : undefined} />
        </Form.Item>
      </Col>
    </Row>
  );
}
