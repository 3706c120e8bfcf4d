import { Select, Space } from 'antd';
import { AID_TYPES, APPLICATION_KINDS, APPLICATION_STATES } from '@bangfu/shared/applications';
import { useT } from '../../../lib/i18n';
import type { ApplicationFilters } from '../api/get-applications';

/** State, kind and aid type filters of the application list. */
export function ApplicationFiltersBar({ value, onChange }: { value: ApplicationFilters; onChange: (next: ApplicationFilters) => void }) {
  const t = useT();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        placeholder={t('common.status')}
        style={{ width: 160 }}
        value={value.state}
        onChange={(state) => onChange({ ...value, state })}
        options={APPLICATION_STATES.map((state) => ({ value: state, label: t(`appState.${state}`) }))}
        data-testid="filter-state"
      />
      <Select
        allowClear
        placeholder={t('application.kind')}
        style={{ width: 160 }}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={APPLICATION_KINDS.map((kind) => ({ value: kind, label: t(`appKind.${kind}`) }))}
      />
      <Select
        allowClear
        placeholder={t('application.aidType')}
        style={{ width: 160 }}
        value={value.aidType}
        onChange={(aidType) => onChange({ ...value, aidType })}
        options={AID_TYPES.map((aidType) => ({ value: aidType, label: t(`aidType.${aidType}`) }))}
      />
    </Space>
  );
}
