import { Select, Space, Typography } from 'antd';
import type { FundAccount } from '@bangfu/shared/funds';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';

/**
 * 支付专户: the special account to pay from, with its balance. A choice when my subtree has several (a
 * city's finance sees the districts' accounts too), else just its name.
 */
export function PayAccountSelect({ accounts, account, onChange }: { accounts: readonly FundAccount[]; account: FundAccount; onChange: (id: string) => void }) {
  const t = useT();
  return (
    <Space wrap>
      <span>{t('payment.payingFrom')}</span>
      {accounts.length > 1 ? (
        <Select
          size="small"
          style={{ minWidth: 320 }}
          value={account.id}
          onChange={onChange}
          options={accounts.map((a) => ({ value: a.id, label: `${a.orgName} · ${a.name}` }))}
          data-testid="pay-account"
        />
      ) : (
        <Typography.Text strong data-testid="pay-account-name">{`${account.orgName} · ${account.name}`}</Typography.Text>
      )}
      <span data-testid="pay-account-balance">{t('payment.balanceIs', { amount: formatFen(account.balanceFen) })}</span>
    </Space>
  );
}
