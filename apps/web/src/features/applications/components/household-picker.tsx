import { useEffect, useState } from 'react';
import { Select, Space, Tag, Typography } from 'antd';
import type { FileStatus, HardshipFileSummary } from '@bangfu/shared/hardship-files';
import { translateCode, useT } from '../../../lib/i18n';
import { useHardshipFileSearch } from '../api/search-hardship-files';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface HouseholdPickerProps {
  id?: string;
  value?: string;
  onChange?: (fileId: string | undefined) => void;
  /** Only files in this status: a new-file application needs a temporary file, aid a formal one. */
  status?: FileStatus;
}

function FileOption({ file }: { file: HardshipFileSummary }) {
  const t = useT();
  return (
    <Space size={6} wrap>
      <Typography.Text strong>{file.headName}</Typography.Text>
      <Typography.Text type="secondary">{file.headIdMasked}</Typography.Text>
      <Typography.Text type="secondary">{file.fileNo}</Typography.Text>
      <Typography.Text type="secondary">{file.orgName}</Typography.Text>
      <Tag>{translateCode(t, `fileStatus.${file.status}`, file.status)}</Tag>
      {file.category && <Tag color="red">{translateCode(t, `hardshipCategory.${file.category}`, file.category)}</Tag>}
    </Space>
  );
}

/** Picks the household by searching the hardship files (name, pinyin, initials or file number); an antd Form control. */
export function HouseholdPicker({ id, value, onChange, status }: HouseholdPickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 300);
  const search = useHardshipFileSearch({ q, status });
  const [picked, setPicked] = useState<HardshipFileSummary | null>(null);
  const files = search.data?.items ?? [];
  const options = (picked && !files.some((f) => f.id === picked.id) ? [picked, ...files] : files).map((file) => ({
    value: file.id,
    label: <FileOption file={file} />,
    file,
  }));

  return (
    <Select
      id={id}
      value={value}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQuery }}
      placeholder={t('application.householdSearch')}
      notFoundContent={q ? (search.isFetching ? t('common.loading') : t('application.householdNone')) : t('application.householdTypeToSearch')}
      loading={search.isFetching}
      options={options}
      onChange={(fileId: string | undefined) => {
        setPicked(options.find((o) => o.value === fileId)?.file ?? null);
        onChange?.(fileId);
      }}
      data-testid="household-picker"
    />
  );
}
