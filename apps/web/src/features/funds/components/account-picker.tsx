import { Select } from 'antd';
import type { FundAccount } from '@bangfu/shared/funds';
import { useT } from '../../../lib/i18n';

/** Picks one of the special accounts of my subtree (shown as "org · account name"). */
export function AccountPicker({ accounts, value, onChange }: { accounts: readonly FundAccount[]; value: string | undefined; onChange: (id: string) => void }) {
  const t = useT();
  return (
    <Select
      style={{ minWidth: 320 }}
      value={value}
      onChange={onChange}
      placeholder={t('fund.pickAccount')}
      options={accounts.map((a) => ({ value: a.id, label: `${a.orgName} · ${a.name}` }))}
      data-testid="account-picker"
    />
  );
}
