import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { CampaignPreview } from '@bangfu/shared/aid-campaigns';
import { downloadCsv } from '../../../lib/csv';
import { shanghaiDay } from '../../../lib/format';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { previewCsvRows, ruleLabelText } from './preview-csv';

interface Tally {
  orgId?: string;
  orgName?: string;
  ruleLabel?: string;
  households: number;
  totalFen: number;
}

/** 预览: how many households the rule picks and how much, per org and per amount rule, what it left out, and whether the account can pay it. */
export function PreviewView({ preview, title }: { preview: CampaignPreview; title?: string }) {
  const t = useT();
  const money = (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span>;
  const orgColumns: TableColumnsType<Tally> = [
    { title: t('campaign.col.org'), dataIndex: 'orgName', key: 'org' },
    { title: t('campaign.col.households'), dataIndex: 'households', key: 'households', align: 'right' },
    { title: t('campaign.col.total'), key: 'total', align: 'right', render: (_, r) => money(r.totalFen) },
  ];
  const ruleColumns: TableColumnsType<Tally> = [
    { title: t('campaign.col.rule'), key: 'rule', render: (_, r) => ruleLabelText(t, r.ruleLabel ?? '') },
    { title: t('campaign.col.households'), dataIndex: 'households', key: 'households', align: 'right' },
    { title: t('campaign.col.total'), key: 'total', align: 'right', render: (_, r) => money(r.totalFen) },
  ];
  const summary = (rows: Tally[]) => (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>
        <Typography.Text strong>{t('fund.total')}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={1} align="right">
        <Typography.Text strong>{rows.reduce((s, r) => s + r.households, 0)}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={2} align="right">
        <Typography.Text strong>{formatFen(rows.reduce((s, r) => s + r.totalFen, 0))}</Typography.Text>
      </Table.Summary.Cell>
    </Table.Summary.Row>
  );
  const excluded = (['notFormal', 'alreadyInCampaign', 'fundedThisYear', 'overCap'] as const).map((k) => ({ key: k, n: preview.excluded[k] }));
  const excludedTotal = excluded.reduce((s, e) => s + e.n, 0);

  return (
    <Card
      size="small"
      title={title ?? t('campaign.preview')}
      extra={
        <Button size="small" icon={<DownloadOutlined />} onClick={() => downloadCsv(`${t('campaign.previewFile')}-${shanghaiDay()}.csv`, previewCsvRows(t, preview))} data-testid="preview-csv">
          {t('campaign.previewCsv')}
        </Button>
      }
      data-testid="campaign-preview"
    >
      <Flex gap={40} wrap style={{ marginBottom: 16 }}>
        <Statistic title={t('campaign.households')} value={preview.households} data-testid="preview-households" />
        {preview.students !== null && <Statistic title={t('campaign.students')} value={preview.students} />}
        <Statistic title={t('campaign.total')} value={formatFen(preview.totalFen)} styles={{ content: { color: '#c8102e' } }} data-testid="preview-total" />
        <Statistic title={t('campaign.aidType')} value={translateCode(t, `aidType.${preview.aidType}`, preview.aidType)} />
        {preview.account && <Statistic title={t('campaign.accountBalance')} value={formatFen(preview.account.balanceFen)} />}
      </Flex>
      {preview.account && !preview.account.sufficient && (
        <Alert type="warning" showIcon title={t('campaign.shortfall', { amount: formatFen(preview.account.shortfallFen) })} style={{ marginBottom: 12 }} data-testid="preview-shortfall" />
      )}
      {!preview.account && <Alert type="warning" showIcon title={t('campaign.noAccount')} style={{ marginBottom: 12 }} />}
      {preview.households === 0 && <Alert type="info" showIcon title={t('campaign.nothingSelected')} style={{ marginBottom: 12 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Tabs
            size="small"
            items={[
              {
                key: 'child',
                label: t('campaign.byChild'),
                children: <Table<Tally> rowKey="orgId" size="small" columns={orgColumns} dataSource={preview.byChild} pagination={preview.byChild.length > 15 ? { pageSize: 15 } : false} summary={() => summary(preview.byChild)} data-testid="preview-by-org" />,
              },
              {
                key: 'org',
                label: t('campaign.byOrg'),
                children: <Table<Tally> rowKey="orgId" size="small" columns={orgColumns} dataSource={preview.byOrg} pagination={preview.byOrg.length > 15 ? { pageSize: 15 } : false} summary={() => summary(preview.byOrg)} />,
              },
              {
                key: 'rule',
                label: t('campaign.byRule'),
                children: <Table<Tally> rowKey="ruleLabel" size="small" columns={ruleColumns} dataSource={preview.byRule} pagination={false} summary={() => summary(preview.byRule)} />,
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" type="inner" title={t('campaign.excludedTitle', { n: excludedTotal })} data-testid="preview-excluded">
            {excluded.map((e) => (
              <Flex key={e.key} justify="space-between" style={{ padding: '4px 0' }}>
                <Typography.Text>{t(`campaign.excluded.${e.key}`)}</Typography.Text>
                <Typography.Text strong={e.n > 0} type={e.n > 0 ? undefined : 'secondary'}>
                  {e.n}
                </Typography.Text>
              </Flex>
            ))}
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {t('campaign.dedupeNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
