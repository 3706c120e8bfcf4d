import { Tag } from 'antd';
import type { PaymentStatus } from '@bangfu/shared/payments';
import { translateCode, useT } from '../../../lib/i18n';

const COLORS: Record<PaymentStatus, string> = { booked: 'blue', exported: 'gold', paid: 'green', failed: 'red' };

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="payment-status">
      {translateCode(t, `paymentStatus.${status}`, status)}
    </Tag>
  );
}

export function QueueStatusTag({ status }: { status: 'approved' | 'failed' }) {
  const t = useT();
  return (
    <Tag color={status === 'failed' ? 'red' : 'blue'} data-testid="queue-status">
      {translateCode(t, `queueStatus.${status}`, status)}
    </Tag>
  );
}
