import { App, Badge, Button, Card, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { DragOutlined, EditOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import type { Org } from '@bangfu/shared/orgs';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useActivateOrg } from '../api/activate-org';
import { useDeactivateOrg } from '../api/deactivate-org';

interface OrgDetailProps {
  org: Org;
  parentName: string | null;
  childCount: number;
  canManage: boolean;
  /** The caller's own org (the tree root): only a higher level may change it. */
  isOwnOrg: boolean;
  onAddChild: () => void;
  onEdit: () => void;
  onMove: () => void;
}

/** The selected org: its attributes and, for admins, what can be done with it. */
export function OrgDetail({ org, parentName, childCount, canManage, isOwnOrg, onAddChild, onEdit, onMove }: OrgDetailProps) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const deactivate = useDeactivateOrg();
  const activate = useActivateOrg();
  const toggle = org.active ? deactivate : activate;

  const onToggle = () =>
    toggle.mutate(org.id, {
      onSuccess: () => message.success(org.active ? t('org.deactivated') : t('org.activated')),
      onError: (error) => message.error(errorMessage(error, t)),
    });

  const actions = canManage ? (
    <Space wrap>
      <Button icon={<PlusOutlined />} onClick={onAddChild} disabled={!org.active || org.level === 'grassroots'}>
        {t('org.addChild')}
      </Button>
      <Button icon={<EditOutlined />} onClick={onEdit} disabled={isOwnOrg}>
        {t('common.edit')}
      </Button>
      <Button icon={<DragOutlined />} onClick={onMove} disabled={isOwnOrg || org.parentId === null}>
        {t('org.move')}
      </Button>
      <Popconfirm
        title={t(org.active ? 'org.deactivateConfirm' : 'org.activateConfirm', { name: org.name })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={onToggle}
        disabled={isOwnOrg}
      >
        <Button danger={org.active} icon={org.active ? <StopOutlined /> : <CheckCircleOutlined />} loading={toggle.isPending} disabled={isOwnOrg}>
          {org.active ? t('org.deactivate') : t('org.activate')}
        </Button>
      </Popconfirm>
    </Space>
  ) : null;

  return (
    <Card title={org.name} extra={<Tag color="red">{t(`level.${org.level}`)}</Tag>} data-testid="org-detail">
      <Descriptions column={2} size="small" bordered>
        <Descriptions.Item label={t('org.name')} span={2}>
          {org.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('org.level')}>{t(`level.${org.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('org.type')}>{t(`orgType.${org.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('org.divisionCode')}>{org.divisionCode}</Descriptions.Item>
        <Descriptions.Item label={t('org.centre')}>{org.hasAssistanceCentre ? t('org.hasCentre') : t('org.noCentre')}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <Badge status={org.active ? 'success' : 'default'} text={org.active ? t('common.active') : t('common.inactive')} />
        </Descriptions.Item>
        <Descriptions.Item label={t('org.children')}>{childCount}</Descriptions.Item>
        <Descriptions.Item label={t('org.parent')} span={2}>
          {parentName ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(org.createdAt, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('common.updatedAt')}>{formatDateTime(org.updatedAt, locale)}</Descriptions.Item>
      </Descriptions>
      {actions && <div style={{ marginTop: 16 }}>{actions}</div>}
    </Card>
  );
}
