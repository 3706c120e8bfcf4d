import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useRemoveFileMember } from '../api/remove-file-member';
import { label, type Person } from './file-labels';
import { MemberModal } from './member-modal';
import { RevealButton } from './reveal-button';

/** 家庭成员: masked ID numbers and phones with 查看 for file:reveal; add, edit, remove for file:write. */
export function MembersTable({ file, canWrite }: { file: HardshipFile; canWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const remove = useRemoveFileMember();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);

  const columns: TableColumnsType<Person> = [
    { title: t('member.relation'), key: 'relation', width: 96, render: (_, p) => (p.relation === 'head' ? <Tag color="red">{label(t, 'relation', p.relation)}</Tag> : label(t, 'relation', p.relation)) },
    { title: t('member.name'), key: 'name', dataIndex: 'name', width: 110 },
    { title: t('member.gender'), key: 'gender', width: 64, render: (_, p) => label(t, 'gender', p.gender) },
    { title: t('member.birthDate'), key: 'birthDate', width: 170, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{`${p.birthDate}（${t('member.ageN', { age: p.age })}）`}</span> },
    {
      title: t('member.idNumber'),
      key: 'id',
      width: 260,
      render: (_, p) => (
        <Space size={0}>
          <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} data-testid="member-id-masked">
            {p.idNumberMasked}
          </span>
          <RevealButton fileId={file.id} field="idNumber" personId={p.id} owner={p.name} />
        </Space>
      ),
    },
    {
      title: t('member.phone'),
      key: 'phone',
      width: 190,
      render: (_, p) =>
        p.phoneMasked ? (
          <Space size={0}>
            <span style={{ whiteSpace: 'nowrap' }}>{p.phoneMasked}</span>
            <RevealButton fileId={file.id} field="phone" personId={p.id} owner={p.name} />
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('member.workStatus'),
      key: 'work',
      width: 220,
      render: (_, p) => (
        <>
          {label(t, 'workStatus', p.workStatus)}
          {p.employer && <Typography.Text type="secondary"> · {p.employer}</Typography.Text>}
          {p.isStudent && <Tag style={{ marginInlineStart: 4 }}>{[t('member.isStudent'), label(t, 'schoolLevel', p.schoolLevel), p.school].filter((x) => x && x !== '—').join(' · ')}</Tag>}
        </>
      ),
    },
    {
      title: t('member.health'),
      key: 'health',
      width: 170,
      render: (_, p) => (
        <Space size={0}>
          {p.ableBodied ? <span>{t('member.able')}</span> : <Tag color="orange">{t('member.unable')}</Tag>}
          {p.hasHealthRecord && <RevealButton fileId={file.id} field="health" personId={p.id} owner={p.name} />}
        </Space>
      ),
    },
    { title: t('member.coResident'), key: 'coResident', width: 90, render: (_, p) => (p.coResident ? t('common.yes') : <Tag>{t('common.no')}</Tag>) },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 120,
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(p)}>
            {t('common.edit')}
          </Button>
          {p.relation !== 'head' && (
            <Popconfirm
              title={t('member.removeConfirm', { name: p.name })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                remove.mutate(
                  { fileId: file.id, partId: p.id },
                  { onSuccess: () => message.success(t('member.removed')), onError: (error) => message.error(errorMessage(error, t)) },
                )
              }
            >
              <Button type="link" size="small" danger>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      {canWrite && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
          {t('member.add')}
        </Button>
      )}
      <Table<Person> rowKey="id" columns={columns} dataSource={file.members} pagination={false} size="small" scroll={{ x: 'max-content' }} data-testid="members-table" />
      {editing && <MemberModal fileId={file.id} member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
