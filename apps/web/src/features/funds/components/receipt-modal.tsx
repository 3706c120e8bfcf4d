import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { FUND_SOURCES, RECEIPT_KINDS, type FundSource, type Receipt, type ReceiptKind } from '@bangfu/shared/funds';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateReceipt } from '../api/create-receipt';
import { codeLabel } from './fund-labels';
import { defaultSourceOf, receiptRequires } from './fund-math';

interface Values {
  kind: ReceiptKind;
  source: FundSource;
  amountFen: number;
  receivedOn: string;
  receiptNo?: string;
  donor?: string;
  documentNo?: string;
  memo?: string;
}

const trimmed = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** 收款登记: an appropriation (with 文号), a donation (with the official receipt number and donor), interest. */
export function ReceiptModal({ accountId, onClose, onBooked }: { accountId: string; onClose: () => void; onBooked: (receipt: Receipt) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreateReceipt();
  const kind = Form.useWatch('kind', form);
  const needs = receiptRequires(kind);

  const submit = (values: Values) => {
    setError(null);
    create.mutate(
      {
        accountId,
        kind: values.kind,
        source: values.source,
        amountFen: values.amountFen,
        receivedOn: values.receivedOn,
        receiptNo: trimmed(values.receiptNo),
        donor: trimmed(values.donor),
        documentNo: trimmed(values.documentNo),
        memo: trimmed(values.memo),
      },
      { onSuccess: onBooked, onError: (problem) => setError(applyProblemToForm(form, problem, t)) },
    );
  };

  return (
    <Modal
      open
      title={t('receipt.create')}
      okText={t('receipt.book')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'receipt-ok' }}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="receipt-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'appropriation', receivedOn: shanghaiDay() }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.kind) {
            const source = defaultSourceOf(changed.kind);
            if (source) form.setFieldValue('source', source);
          }
        }}
      >
        <Form.Item name="kind" label={t('receipt.kind')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={RECEIPT_KINDS.map((k) => ({ value: k, label: codeLabel(t, 'receiptKind', k) }))} data-testid="receipt-kind" />
        </Form.Item>
        <Form.Item name="source" label={t('fund.source')} rules={[{ required: true, message: t('receipt.sourceRequired') }]}>
          <Select options={FUND_SOURCES.map((s) => ({ value: s, label: codeLabel(t, 'fundSource', s) }))} placeholder={t('receipt.sourcePick')} data-testid="receipt-source" />
        </Form.Item>
        <Form.Item
          name="amountFen"
          label={t('receipt.amount')}
          rules={[
            moneyRule(t('money.invalid'), true),
            { validator: (_: unknown, v: number | null) => (typeof v === 'number' && v === 0 ? Promise.reject(new Error(t('receipt.amountPositive'))) : Promise.resolve()) },
          ]}
        >
          <MoneyInput style={{ width: 240 }} data-testid="receipt-amount" />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('receipt.receivedOn')} rules={[{ required: true }]}>
          <Input type="date" max={shanghaiDay()} style={{ width: 200 }} data-testid="receipt-date" />
        </Form.Item>
        {needs.documentNo && (
          <Form.Item name="documentNo" label={t('receipt.documentNo')} rules={[{ required: true, whitespace: true, max: 60, message: t('receipt.documentNoRequired') }]} extra={t('receipt.documentNoHint')}>
            <Input maxLength={60} data-testid="receipt-document-no" />
          </Form.Item>
        )}
        {needs.receiptNo && (
          <Form.Item name="receiptNo" label={t('receipt.receiptNo')} rules={[{ required: true, whitespace: true, max: 40, message: t('receipt.receiptNoRequired') }]} extra={t('receipt.receiptNoHint')}>
            <Input maxLength={40} data-testid="receipt-no" />
          </Form.Item>
        )}
        {needs.donor && (
          <Form.Item name="donor" label={t('receipt.donor')} rules={[{ required: true, whitespace: true, max: 100, message: t('receipt.donorRequired') }]}>
            <Input maxLength={100} data-testid="receipt-donor" />
          </Form.Item>
        )}
        <Form.Item name="memo" label={t('receipt.memo')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
