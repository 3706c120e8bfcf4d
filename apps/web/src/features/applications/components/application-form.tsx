import { Alert, Button, Form, Input, Radio, Select, Space, type FormInstance } from 'antd';
import { AID_TYPES, APPLICATION_KINDS, type AidType, type ApplicationCreate, type ApplicationKind } from '@bangfu/shared/applications';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { useT } from '../../../lib/i18n';
import { CHANNELS, type Channel } from './channels';
import { HouseholdPicker } from './household-picker';
import { TemporaryApplicantFields } from './temporary-applicant-fields';

/** An aid amount must be above zero. */
export const positive = (message: string) => ({
  validator: (_: unknown, value: number | null | undefined) => (value === 0 ? Promise.reject(new Error(message)) : Promise.resolve()),
});

export interface ApplicationFormValues {
  kind: ApplicationKind;
  /** Temporary aid only: for a household with a file, or an applicant without one. */
  withFile: boolean;
  fileId?: string;
  orgId?: string;
  applicant?: { name: string; idNumber: string; gender: 'male' | 'female'; phone?: string; selfCaused?: boolean };
  aidType?: AidType;
  /** Integer fen from the MoneyInput (NaN while the text is not an amount). */
  amountFen?: number | null;
  channel?: Channel;
  reason: string;
}

/** The request body for the form's values (amount: yuan string → integer fen). */
export function toApplicationCreate(values: ApplicationFormValues): ApplicationCreate {
  const aid = values.kind === 'aid' || values.kind === 'temporary_aid';
  const withFile = values.kind !== 'temporary_aid' || values.withFile;
  const amountFen = aid && typeof values.amountFen === 'number' && !Number.isNaN(values.amountFen) ? values.amountFen : null;
  return {
    kind: values.kind,
    reason: values.reason.trim(),
    ...(values.channel ? { channel: values.channel } : {}),
    ...(withFile ? { fileId: values.fileId } : {}),
    ...(aid ? { aidType: values.kind === 'temporary_aid' ? 'temporary' : values.aidType } : {}),
    ...(amountFen !== null ? { amountFen } : {}),
    ...(!withFile && values.applicant
      ? {
          orgId: values.orgId,
          applicant: {
            name: values.applicant.name.trim(),
            idNumber: values.applicant.idNumber.trim(),
            gender: values.applicant.gender,
            ...(values.applicant.phone?.trim() ? { phone: values.applicant.phone.trim() } : {}),
            ...(values.applicant.selfCaused ? { selfCaused: true } : {}),
          },
        }
      : {}),
  };
}

interface ApplicationFormProps {
  form: FormInstance<ApplicationFormValues>;
  defaultOrgId?: string;
  error: string | null;
  pending: boolean;
  onSubmit: (values: ApplicationFormValues) => void;
  onCancel: () => void;
}

/** One form for the four kinds: the household (or a temporary applicant), the aid type and amount, the reason. */
export function ApplicationForm({ form, defaultOrgId, error, pending, onSubmit, onCancel }: ApplicationFormProps) {
  const t = useT();
  const kind = Form.useWatch('kind', form) ?? 'new_file';
  const withFile = Form.useWatch('withFile', form) ?? true;
  const pickedAidType = Form.useWatch('aidType', form);
  const aidType: AidType | undefined = kind === 'temporary_aid' ? 'temporary' : pickedAidType;
  const aid = kind === 'aid' || kind === 'temporary_aid';
  const fileStatus = kind === 'new_file' ? 'temporary' : kind === 'temporary_aid' ? undefined : 'formal';

  return (
    <Form<ApplicationFormValues>
      form={form}
      layout="vertical"
      onFinish={onSubmit}
      initialValues={{ kind: 'new_file', withFile: true, orgId: defaultOrgId, channel: 'walk_in' }}
      style={{ maxWidth: 760 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form.Item name="kind" label={t('application.kind')} rules={[{ required: true }]} extra={t(`appKind.hint.${kind}`)}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={APPLICATION_KINDS.map((value) => ({ value, label: t(`appKind.${value}`) }))}
          onChange={() => form.setFieldsValue({ fileId: undefined, aidType: undefined })}
        />
      </Form.Item>
      {kind === 'temporary_aid' && (
        <Form.Item name="withFile" label={t('application.applicantSource')}>
          <Radio.Group
            options={[
              { value: true, label: t('application.withFile') },
              { value: false, label: t('application.withoutFile') },
            ]}
          />
        </Form.Item>
      )}
      {kind !== 'temporary_aid' || withFile ? (
        <Form.Item
          name="fileId"
          label={t('application.household')}
          rules={[{ required: true, message: t('application.householdRequired') }]}
          extra={fileStatus ? t(`application.householdStatusHint.${fileStatus}`) : undefined}
        >
          <HouseholdPicker status={fileStatus} />
        </Form.Item>
      ) : (
        <TemporaryApplicantFields />
      )}
      {kind === 'aid' && (
        <Form.Item name="aidType" label={t('application.aidType')} rules={[{ required: true }]}>
          <Select<AidType>
            options={AID_TYPES.filter((type) => type !== 'temporary').map((type) => ({ value: type, label: t(`aidType.${type}`) }))}
            data-testid="aid-type"
          />
        </Form.Item>
      )}
      {aid && (
        <Form.Item name="amountFen" label={t('application.amountYuan')} required rules={[moneyRule(t('application.amountRule'), true), positive(t('application.amountRule'))]}>
          <MoneyInput style={{ maxWidth: 240 }} data-testid="amount" />
        </Form.Item>
      )}
      <Form.Item name="channel" label={t('application.channel')}>
        <Select<Channel> allowClear options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="reason" label={t('application.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t(aidType ? `application.reasonHint.${aidType}` : `application.reasonHint.${kind}`)} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="save-draft">
          {t('application.saveDraft')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
