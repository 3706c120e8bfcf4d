import { useEffect, useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useT } from '../../../lib/i18n';
import type { FileFilters } from '../api/search-hardship-files';
import { CATEGORIES, CAUSES, FILE_STATUSES, HOUSEHOLD_TYPES, options } from './file-labels';

interface FileFiltersBarProps {
  value: FileFilters;
  onChange: (next: FileFilters) => void;
  /** The 待复核 tab fixes the review date itself. */
  hideReviewDue?: boolean;
}

const ID_TAIL = /^[0-9Xx]{4}$/;

export function FileFiltersBar({ value, onChange, hideReviewDue }: FileFiltersBarProps) {
  const t = useT();
  const [q, setQ] = useState(value.q ?? '');
  const [idTail, setIdTail] = useState(value.idTail ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  useEffect(() => setIdTail(value.idTail ?? ''), [value.idTail]);
  const idTailBad = idTail !== '' && !ID_TAIL.test(idTail);
  const set = (patch: Partial<FileFilters>) => onChange({ ...value, ...patch });

  const applyIdTail = (next: string) => {
    if (next === '') set({ idTail: undefined });
    else if (ID_TAIL.test(next)) set({ idTail: next.toUpperCase() });
  };

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        data-testid="file-search"
        placeholder={t('files.searchPlaceholder')}
        style={{ width: 320 }}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onSearch={(next) => set({ q: next.trim() || undefined })}
      />
      <Input
        allowClear
        data-testid="file-id-tail"
        placeholder={t('files.idTailPlaceholder')}
        title={t('files.idTailRule')}
        status={idTailBad ? 'error' : undefined}
        maxLength={4}
        style={{ width: 150 }}
        value={idTail}
        onChange={(event) => {
          setIdTail(event.target.value);
          if (event.target.value === '') set({ idTail: undefined });
        }}
        onPressEnter={() => applyIdTail(idTail)}
        onBlur={() => applyIdTail(idTail)}
      />
      <Select
        allowClear
        placeholder={t('files.col.category')}
        style={{ width: 130 }}
        value={value.category}
        onChange={(category) => set({ category })}
        options={options(t, 'category', CATEGORIES)}
      />
      <Select
        allowClear
        placeholder={t('files.col.status')}
        style={{ width: 110 }}
        value={value.status}
        onChange={(status) => set({ status })}
        options={options(t, 'hardshipStatus', FILE_STATUSES)}
      />
      <Select
        allowClear
        placeholder={t('files.col.mainCause')}
        style={{ width: 170 }}
        value={value.mainCause}
        onChange={(mainCause) => set({ mainCause })}
        options={CAUSES.map((cause) => ({ value: cause, label: `${cause} ${t(`cause.${cause}`)}` }))}
      />
      <Select
        allowClear
        placeholder={t('files.col.householdType')}
        style={{ width: 150 }}
        value={value.householdType}
        onChange={(householdType) => set({ householdType })}
        options={options(t, 'householdType', HOUSEHOLD_TYPES)}
      />
      <OrgTreeSelect allowClear value={value.orgId} onChange={(orgId) => set({ orgId })} placeholder={t('files.filter.org')} />
      {!hideReviewDue && (
        <Space.Compact>
          <Space.Addon>{t('files.filter.reviewDueBefore')}</Space.Addon>
          <Input
            type="date"
            style={{ width: 150 }}
            value={value.reviewDueBefore ?? ''}
            onChange={(event) => set({ reviewDueBefore: event.target.value || undefined })}
          />
        </Space.Compact>
      )}
      <Button
        onClick={() => {
          setQ('');
          setIdTail('');
          onChange({});
        }}
      >
        {t('common.reset')}
      </Button>
    </Space>
  );
}
