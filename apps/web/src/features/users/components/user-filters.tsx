import { Input, Select, Space } from 'antd';
import { ROLES, type Role } from '@bangfu/shared/roles';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useT } from '../../../lib/i18n';
import type { UserFilters } from '../api/get-users';

export function UserFiltersBar({ value, onChange }: { value: UserFilters; onChange: (next: UserFilters) => void }) {
  const t = useT();
  const activeValue = value.active === undefined ? 'all' : value.active ? 'active' : 'inactive';
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <OrgTreeSelect allowClear value={value.orgId} onChange={(orgId) => onChange({ ...value, orgId })} placeholder={t('user.org')} />
      <Select<Role>
        allowClear
        placeholder={t('user.filterRole')}
        style={{ width: 180 }}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      />
      <Select
        style={{ width: 120 }}
        value={activeValue}
        onChange={(next) => onChange({ ...value, active: next === 'all' ? undefined : next === 'active' })}
        options={[
          { value: 'all', label: `${t('user.filterActive')}: ${t('common.all')}` },
          { value: 'active', label: t('common.active') },
          { value: 'inactive', label: t('common.inactive') },
        ]}
      />
      <Input.Search
        allowClear
        placeholder={t('user.searchPlaceholder')}
        style={{ width: 240 }}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
      />
    </Space>
  );
}
