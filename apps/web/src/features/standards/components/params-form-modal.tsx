import { useState } from 'react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { ClassificationParamsInput, ClassificationParamsRecord } from '@bangfu/shared/standards';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { usePutClassificationParams } from '../api/put-classification-params';
import { DIVISION_PATTERN } from './standard-form-modal';

/** The form shows the ratios as people say them (2 倍, 80%); the contract keeps basis points. */
interface Values extends Omit<ClassificationParamsInput, 'relativeMultipleBp' | 'accidentRatioBp'> {
  relativeMultiple: number;
  accidentPercent: number;
}

const DEFAULTS = { relativeMultiple: 2, accidentPercent: 80, workingAgeMin: 16, retirementAgeMale: 60, retirementAgeFemale: 55, migrantMinEmploymentMonths: 12, reviewMonths: 12 };

function toValues(record: ClassificationParamsRecord | null): Partial<Values> {
  if (!record) return { ...DEFAULTS, year: Number(shanghaiDay().slice(0, 4)) };
  const { relativeMultipleBp, accidentRatioBp, id: _id, createdAt: _c, ...rest } = record;
  return { ...rest, relativeMultiple: relativeMultipleBp / 10_000, accidentPercent: accidentRatioBp / 100 };
}

/** 设置分类参数: a division's parameters for a year (PUT replaces that year's, if any). */
export function ParamsFormModal({ record, onClose }: { record: ClassificationParamsRecord | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const put = usePutClassificationParams();
  const int = (name: keyof Values, labelKey: Parameters<typeof t>[0], min: number, max: number, unit?: string) => (
    <Col xs={12} md={8}>
      <Form.Item name={name} label={t(labelKey)} rules={[{ required: true, type: 'integer', min, max }]}>
        <InputNumber min={min} max={max} precision={0} suffix={unit} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Modal open width={720} title={t('standards.paramsTitle')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={put.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={toValues(record)}
        onFinish={({ relativeMultiple, accidentPercent, ...rest }) =>
          put.mutate(
            { ...rest, relativeMultipleBp: Math.round(relativeMultiple * 10_000), accidentRatioBp: Math.round(accidentPercent * 100) },
            {
              onSuccess: () => {
                message.success(t('standards.paramsSaved'));
                onClose();
              },
              onError: (error) => setFormError(applyProblemToForm(form, error, t)),
            },
          )
        }
      >
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="divisionCode" label={t('standards.division')} rules={[{ required: true, pattern: DIVISION_PATTERN, message: t('org.divisionCodeRule') }]}>
              <Input maxLength={6} inputMode="numeric" disabled={record !== null} />
            </Form.Item>
          </Col>
          {int('year', 'standards.year', 2000, 2100)}
          <Col xs={12} md={8}>
            <Form.Item name="minimumWageMonthlyFen" label={t('standards.minimumWage')} required rules={[moneyRule(t('money.invalid'), true)]}>
              <MoneyInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="relativeMultiple" label={t('standards.relativeMultiple')} extra={t('standards.relativeMultipleHint')} rules={[{ required: true, type: 'number', min: 1, max: 5 }]}>
              <InputNumber min={1} max={5} step={0.1} precision={2} suffix={t('standards.timesUnit')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="accidentPercent" label={t('standards.accidentRatio')} extra={t('standards.accidentRatioHint')} rules={[{ required: true, type: 'number', min: 0.01, max: 1000 }]}>
              <InputNumber min={0.01} max={1000} step={5} precision={2} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {int('reviewMonths', 'standards.reviewMonths', 1, 60, t('standards.monthsUnit'))}
          {int('workingAgeMin', 'standards.workingAgeMin', 14, 25, t('standards.ageUnit'))}
          {int('retirementAgeMale', 'standards.retirementMale', 45, 75, t('standards.ageUnit'))}
          {int('retirementAgeFemale', 'standards.retirementFemale', 45, 75, t('standards.ageUnit'))}
          {int('migrantMinEmploymentMonths', 'standards.migrantMonths', 0, 120, t('standards.monthsUnit'))}
        </Row>
      </Form>
    </Modal>
  );
}
