import { Col, Form, Input, Radio, Select, type FormInstance, type FormRule } from 'antd';
import { checkIdAgainst, checkIdNumber } from '@bangfu/shared/id-number';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { ID_TYPES, label, options } from './file-labels';

type Path = (string | number)[];

interface MemberIdFieldsProps {
  form: FormInstance;
  /** The member's name prefix for Form.Item (relative inside a Form.List). */
  name: Path;
  /** The member's absolute path in the form's values. */
  absolute: Path;
  /** Editing a stored member: an empty number keeps the stored one. */
  idOptional?: boolean;
  idPlaceholder?: string;
}

const OTHER_ID = /^[A-Za-z0-9()-]{5,30}$/;

/**
 * 证件类型, 证件号码, 性别, 出生日期. A resident ID number is checked as it is typed (GB 11643: format,
 * province, birth date, check character, and agreement with the gender and birth date given); once it
 * is valid it fills in the birth date and gender.
 */
export function MemberIdFields({ form, name, absolute, idOptional, idPlaceholder }: MemberIdFieldsProps) {
  const t = useT();
  const idType = Form.useWatch([...absolute, 'idType'], form) ?? 'resident';
  const idNumber: string | undefined = Form.useWatch([...absolute, 'idNumber'], form);
  const resident = idType === 'resident';
  const parsed = resident && idNumber ? checkIdNumber(idNumber, shanghaiDay()) : null;

  const idRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_, raw: string | undefined) => {
      const value = (raw ?? '').trim();
      if (!value) {
        if (idOptional) return;
        throw new Error(t('member.idRequired'));
      }
      if ((getFieldValue([...absolute, 'idType']) ?? 'resident') !== 'resident') {
        if (!OTHER_ID.test(value)) throw new Error(t('idRule.other'));
        return;
      }
      const result = checkIdAgainst(
        value,
        { gender: getFieldValue([...absolute, 'gender']), birthDate: getFieldValue([...absolute, 'birthDate']) || undefined },
        shanghaiDay(),
      );
      if (!result.ok) {
        const typed = result.rule === 'format' ? `（${t('idRule.typed', { count: value.length })}）` : '';
        throw new Error(`${t(`idRule.${result.rule}`)}${typed}`);
      }
    },
  });

  const autofill = (value: string) => {
    if ((form.getFieldValue([...absolute, 'idType']) ?? 'resident') !== 'resident') return;
    const result = checkIdNumber(value, shanghaiDay());
    if (!result.ok) return;
    form.setFieldValue([...absolute, 'birthDate'], result.birthDate);
    form.setFieldValue([...absolute, 'gender'], result.gender);
  };

  return (
    <>
      <Col xs={24} md={6}>
        <Form.Item name={[...name, 'idType']} label={t('member.idType')}>
          <Select options={options(t, 'idType', ID_TYPES)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name={[...name, 'idNumber']}
          label={t('member.idNumber')}
          required={!idOptional}
          dependencies={[
            [...absolute, 'gender'],
            [...absolute, 'birthDate'],
            [...absolute, 'idType'],
          ]}
          rules={[idRule]}
          extra={parsed?.ok ? t('member.idValid', { birthDate: parsed.birthDate, gender: label(t, 'gender', parsed.gender) }) : undefined}
          hasFeedback
        >
          <Input
            maxLength={30}
            autoComplete="off"
            placeholder={idPlaceholder}
            data-testid="member-id-number"
            onChange={(event) => autofill(event.target.value)}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={[...name, 'gender']} label={t('member.gender')} rules={[{ required: true }]}>
          <Radio.Group options={options(t, 'gender', ['male', 'female'] as const)} optionType="button" />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item
          name={[...name, 'birthDate']}
          label={t('member.birthDate')}
          rules={[{ required: !resident, message: t('member.birthDateRequired') }]}
        >
          <Input type="date" max={shanghaiDay()} />
        </Form.Item>
      </Col>
    </>
  );
}
