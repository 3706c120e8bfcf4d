import { useState } from 'react';
import { Alert, Button, Card, Flex, Space, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ServiceAccountCreated } from '@bangfu/shared/service-accounts';
import { LoadMore } from '../../../components/load-more';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useServiceAccounts, type ServiceAccountFilters } from '../api/get-service-accounts';
import { ApiKeyModal } from '../components/api-key-modal';
import { CreateServiceAccountModal } from '../components/create-service-account-modal';
import { ServiceAccountsTable } from '../components/service-accounts-table';

/** 服务账号: credentials of third-party systems that call the API. */
export function ServiceAccountsPage() {
  const t = useT();
  const [filters, setFilters] = useState<ServiceAccountFilters>({});
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ServiceAccountCreated | null>(null);
  const accounts = useServiceAccounts(filters);
  const rows = flattenPages(accounts.data?.pages);

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.serviceAccounts')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('sa.createTitle')}
        </Button>
      </Flex>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect allowClear value={filters.orgId} onChange={(orgId) => setFilters({ ...filters, orgId })} placeholder={t('sa.org')} />
          <Switch checked={filters.includeRevoked ?? false} onChange={(includeRevoked) => setFilters({ ...filters, includeRevoked })} />
          <Typography.Text type="secondary">{t('sa.includeRevoked')}</Typography.Text>
        </Space>
        {accounts.isError && <Alert type="error" showIcon title={errorMessage(accounts.error, t)} style={{ marginBottom: 16 }} />}
        <ServiceAccountsTable accounts={rows} loading={accounts.isPending} />
        <LoadMore
          count={rows.length}
          hasNextPage={accounts.hasNextPage}
          isFetchingNextPage={accounts.isFetchingNextPage}
          fetchNextPage={accounts.fetchNextPage}
        />
      </Card>
      {creating && (
        <CreateServiceAccountModal
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      )}
      {created && <ApiKeyModal created={created} onClose={() => setCreated(null)} />}
    </>
  );
}
