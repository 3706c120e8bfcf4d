import { Link } from 'react-router-dom';
import { Alert, Space, Table, type TableColumnsType } from 'antd';
import type { SuspectedDuplicates } from '@bangfu/shared/hardship-files';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useSuspectedDuplicates } from '../api/get-suspected-duplicates';
import { StatusTag } from './file-tags';

type Group = SuspectedDuplicates['items'][number];

/** 疑似重复: members of different open files with the same name and birth date. */
export function DuplicatesTable() {
  const t = useT();
  const duplicates = useSuspectedDuplicates();
  const columns: TableColumnsType<Group> = [
    { title: t('files.dup.name'), key: 'name', dataIndex: 'name' },
    { title: t('files.dup.birthDate'), key: 'birthDate', dataIndex: 'birthDate' },
    {
      title: t('files.dup.files'),
      key: 'files',
      render: (_, group) => (
        <Space orientation="vertical" size={2}>
          {group.files.map((file) => (
            <Space key={file.id} size={8}>
              <Link to={`/hardship-files/${file.id}`}>{file.fileNo}</Link>
              <span>{file.orgName}</span>
              <StatusTag status={file.status} />
            </Space>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Alert type="info" showIcon title={t('files.duplicatesHint')} style={{ marginBottom: 16 }} />
      {duplicates.isError && <Alert type="error" showIcon title={errorMessage(duplicates.error, t)} style={{ marginBottom: 16 }} />}
      <Table<Group>
        rowKey={(group) => `${group.name}|${group.birthDate}|${group.files.map((f) => f.id).join(',')}`}
        columns={columns}
        dataSource={duplicates.data?.items ?? []}
        loading={duplicates.isPending}
        pagination={false}
        size="middle"
        locale={{ emptyText: t('files.noDuplicates') }}
      />
    </>
  );
}
