import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal, Radio, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { FundSource } from '@bangfu/shared/funds';
import type { Payment, PaymentQueueItem, PaymentVoucher } from '@bangfu/shared/payments';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { applyProblemToForm, errorMessage } from '../../../lib/problem';
import { uploadVoucher, useCreatePayment } from '../api/create-payment';
import { SourceSelect } from './source-select';

interface Values {
  method: 'cash' | 'in_kind';
  source: FundSource | null;
  memo?: string;
  voucherId?: string;
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** 现金 / 实物发放: paid at once against the recipient's signed voucher (签收单), uploaded here. */
export function CashPayModal({ accountId, item, onClose, onPaid }: { accountId: string; item: PaymentQueueItem; onClose: () => void; onPaid: (payment: Payment) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [voucher, setVoucher] = useState<PaymentVoucher | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pay = useCreatePayment();

  const upload = async (file: File) => {
    setError(null);
    setUploading(true);
    try {
      const stored = await uploadVoucher(file);
      setVoucher(stored);
      form.setFieldValue('voucherId', stored.id);
      void form.validateFields(['voucherId']);
    } catch (problem) {
      setError(errorMessage(problem, t));
    } finally {
      setUploading(false);
    }
  };

  const submit = (values: Values) => {
    setError(null);
    pay.mutate(
      { aidRecordId: item.aidRecordId, method: values.method, accountId, voucherId: values.voucherId, ...(values.source ? { source: values.source } : {}), ...(values.memo?.trim() ? { memo: values.memo.trim() } : {}) },
      { onSuccess: onPaid, onError: (problem) => setError(applyProblemToForm(form, problem, t)) },
    );
  };

  return (
    <Modal
      open
      title={t('payment.cashTitle')}
      okText={t('payment.confirmPaid')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'cash-pay-ok', disabled: uploading }}
      confirmLoading={pay.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('payment.payee')}>{item.payeeName}</Descriptions.Item>
        <Descriptions.Item label={t('payment.amount')}>
          <Typography.Text strong>{formatFen(item.amountFen)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('application.no')}>{item.applicationNo}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.aidType')}>{translateCode(t, `aidType.${item.aidType}`, item.aidType)}</Descriptions.Item>
      </Descriptions>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="cash-pay-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ method: 'cash', source: null }}>
        <Form.Item name="method" label={t('payment.method')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['cash', 'in_kind'] as const).map((m) => ({ value: m, label: translateCode(t, `paymentMethod.${m}`, m) }))}
          />
        </Form.Item>
        <Form.Item label={t('payment.voucher')} required extra={t('payment.voucherHint')}>
          <Form.Item name="voucherId" noStyle rules={[{ required: true, message: t('payment.voucherRequired') }]}>
            <Input type="hidden" />
          </Form.Item>
          <Space orientation="vertical">
            <Upload
              accept={ACCEPT}
              maxCount={1}
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading} data-testid="voucher-upload">
                {t(voucher ? 'payment.voucherReplace' : 'payment.voucherPick')}
              </Button>
            </Upload>
            {voucher && (
              <Typography.Text type="success" data-testid="voucher-name">
                {t('payment.voucherStored', { name: voucher.filename, kb: Math.max(1, Math.round(voucher.sizeBytes / 1024)) })}
              </Typography.Text>
            )}
          </Space>
        </Form.Item>
        <Form.Item name="source" label={t('fund.source')}>
          <SourceSelect />
        </Form.Item>
        <Form.Item name="memo" label={t('payment.memo')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
