import { useEffect, useState } from 'react';
import { AutoComplete, Button, DatePicker, Select, Space, type GetProps } from 'antd';
import { useT } from '../../../lib/i18n';
import type { AuditFilters } from '../api/get-audit-entries';
import { useActorSearch } from '../api/search-actors';
import { actionLabel, recordTypeLabel } from './audit-labels';

const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.password_change',
  'org.create',
  'org.update',
  'org.move',
  'org.activate',
  'org.deactivate',
  'user.create',
  'user.update',
  'user.roles',
  'user.password_reset',
  'service_account.create',
  'service_account.revoke',
];
const KNOWN_RECORD_TYPES = ['user', 'org', 'service_account'];

type RangeProps = GetProps<typeof DatePicker.RangePicker>;
type RangeChange = NonNullable<RangeProps['onChange']>;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface AuditFiltersBarProps {
  value: AuditFilters;
  actorName: string | null;
  onChange: (next: AuditFilters, actorName?: string | null) => void;
}

export function AuditFiltersBar({ value, actorName, onChange }: AuditFiltersBarProps) {
  const t = useT();
  const [actorSearch, setActorSearch] = useState('');
  const actors = useActorSearch(useDebounced(actorSearch, 300));
  const [action, setAction] = useState(value.action ?? '');
  const [range, setRange] = useState<RangeProps['value']>(null);

  const actorOptions = (actors.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.displayName} (${user.username})` }));
  if (value.actorId && actorName && !actorOptions.some((option) => option.value === value.actorId)) {
    actorOptions.unshift({ value: value.actorId, label: actorName });
  }

  const onRange: RangeChange = (dates) => {
    setRange(dates);
    const [from, to] = dates ?? [];
    onChange({ ...value, from: from?.toISOString(), to: to?.toISOString() });
  };

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <AutoComplete
        allowClear
        style={{ width: 220 }}
        placeholder={t('audit.action')}
        value={action}
        options={KNOWN_ACTIONS.map((code) => ({ value: code, label: `${code} · ${actionLabel(t, code)}` }))}
        showSearch={{ filterOption: (input, option) => (option?.label ?? '').toString().toLowerCase().includes(input.toLowerCase()) }}
        onChange={(next: string) => setAction(next ?? '')}
        onSelect={(next: string) => onChange({ ...value, action: next })}
        onBlur={() => onChange({ ...value, action: action.trim() || undefined })}
        onClear={() => onChange({ ...value, action: undefined })}
      />
      <Select
        allowClear
        style={{ width: 160 }}
        placeholder={t('audit.recordType')}
        value={value.recordType}
        onChange={(recordType?: string) => onChange({ ...value, recordType })}
        options={KNOWN_RECORD_TYPES.map((type) => ({ value: type, label: recordTypeLabel(t, type) }))}
      />
      <Select
        allowClear
        style={{ width: 240 }}
        placeholder={t('audit.actorPlaceholder')}
        value={value.actorId}
        options={actorOptions}
        loading={actors.isFetching}
        showSearch={{ filterOption: false, onSearch: setActorSearch }}
        onChange={(actorId?: string) =>
          onChange({ ...value, actorId }, actorOptions.find((option) => option.value === actorId)?.label ?? null)
        }
      />
      <DatePicker.RangePicker showTime value={range} onChange={onRange} placeholder={[t('audit.from'), t('audit.to')]} />
      <Button
        onClick={() => {
          setAction('');
          setRange(null);
          onChange({}, null);
        }}
      >
        {t('common.reset')}
      </Button>
    </Space>
  );
}
