import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import type { Org } from '@bangfu/shared/orgs';
import { useCan } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { useOrgTree } from '../../../lib/org-tree';
import { errorMessage } from '../../../lib/problem';
import { OrgDetail } from '../components/org-detail';
import { OrgFormModal } from '../components/org-form-modal';
import { OrgMoveModal } from '../components/org-move-modal';
import { OrgTreePanel } from '../components/org-tree-panel';

type Dialog = { kind: 'create' | 'edit' | 'move'; org: Org } | null;

/** 组织机构: the union tree below the user's org, with details and admin actions. */
export function OrgTreePage() {
  const t = useT();
  const canManage = useCan('org:manage');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const tree = useOrgTree({ includeInactive });

  const nodes = useMemo(() => tree.data?.nodes ?? [], [tree.data]);
  const byId = useMemo(() => new Map(nodes.map((org) => [org.id, org])), [nodes]);
  const selected = (selectedId ? byId.get(selectedId) : undefined) ?? nodes[0];
  const parentName = selected?.parentId ? (byId.get(selected.parentId)?.name ?? null) : null;
  // Children present in the loaded tree (childCount also counts what the depth limit cut off).
  const loadedChildren = selected ? nodes.filter((org) => org.parentId === selected.id).length : 0;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('menu.orgs')}
      </Typography.Title>
      {tree.isError && (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(tree.error, t)}
          action={<Button onClick={() => void tree.refetch()}>{t('common.retry')}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {tree.data?.truncated && <Alert type="info" showIcon title={t('org.truncated')} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          <Card>
            {tree.isPending ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : (
              <OrgTreePanel
                nodes={nodes}
                selectedId={selected?.id ?? null}
                onSelect={setSelectedId}
                includeInactive={includeInactive}
                onIncludeInactiveChange={setIncludeInactive}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          {selected ? (
            <OrgDetail
              org={selected}
              parentName={parentName}
              childCount={Math.max(selected.childCount, loadedChildren)}
              canManage={canManage}
              isOwnOrg={selected.id === tree.data?.rootId}
              onAddChild={() => setDialog({ kind: 'create', org: selected })}
              onEdit={() => setDialog({ kind: 'edit', org: selected })}
              onMove={() => setDialog({ kind: 'move', org: selected })}
            />
          ) : (
            <Card>{tree.isPending ? <Skeleton active /> : <Empty description={t('org.selectHint')} />}</Card>
          )}
        </Col>
      </Row>
      {dialog && dialog.kind !== 'move' && (
        <OrgFormModal
          mode={dialog.kind}
          org={dialog.org}
          onClose={(created) => {
            setDialog(null);
            if (created) setSelectedId(created.id);
          }}
        />
      )}
      {dialog?.kind === 'move' && <OrgMoveModal org={dialog.org} nodes={nodes} onClose={() => setDialog(null)} />}
    </>
  );
}
