import { useMemo, useState } from 'react';
import { Alert, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useMe } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { useOrgTree } from '../../../lib/org-tree';
import { errorMessage } from '../../../lib/problem';
import { useWorkflow } from '../api/get-workflow';
import { CapsCard } from '../components/caps-card';
import { EscalationsCard } from '../components/escalations-card';
import { WorkflowForm } from '../components/workflow-form';

const REGION_DIGITS = { national: 0, province: 2, city: 4, county: 6, grassroots: 6 } as const;

/** 流程设置 (workflow:manage): step order and notice window per org, approval escalation, caps. */
export function WorkflowSettingsPage() {
  const t = useT();
  const { data: me } = useMe();
  const tree = useOrgTree();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const orgId = picked ?? me?.org.id;
  const workflow = useWorkflow(orgId);
  const orgs = useMemo(() => new Map((tree.data?.nodes ?? []).map((org) => [org.id, org])), [tree.data]);
  const org = orgId ? orgs.get(orgId) : undefined;
  const orgName = (id: string) => orgs.get(id)?.name ?? id;
  const digits = org ? REGION_DIGITS[org.level] : 6;
  const divisionPrefix = org && digits > 0 ? org.divisionCode.slice(0, digits) : undefined;
  // caps are set and removed by admins of the region they cover (my org's region)
  const myOrg = me ? orgs.get(me.org.id) : undefined;
  const myRegion = myOrg ? myOrg.divisionCode.slice(0, REGION_DIGITS[myOrg.level]) : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.workflow')}
      </Typography.Title>
      <Space wrap>
        <Typography.Text>{t('workflowSettings.org')}</Typography.Text>
        <OrgTreeSelect value={orgId} onChange={setPicked} style={{ width: 320 }} />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('workflowSettings.steps')} size="small">
            {workflow.isPending && <Spin />}
            {workflow.isError && <Alert type="error" showIcon title={errorMessage(workflow.error, t)} />}
            {workflow.data && <WorkflowForm config={workflow.data} inheritedFromName={workflow.data.inheritedFrom ? (orgs.get(workflow.data.inheritedFrom)?.name ?? t('workflowSettings.higherOrg')) : null} />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          {orgId && <EscalationsCard orgId={orgId} orgName={orgName} inMySubtree={(id) => orgs.has(id)} />}
        </Col>
      </Row>
      <CapsCard divisionPrefix={divisionPrefix} defaultDivision={org?.divisionCode ?? ''} mine={(cap) => myRegion !== null && cap.divisionCode.startsWith(myRegion)} />
    </Space>
  );
}
