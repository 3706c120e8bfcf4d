import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { LoadMore } from '../../../components/load-more';
import { useCan } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useApplications, type ApplicationFilters } from '../api/get-applications';
import { ApplicationFiltersBar } from '../components/application-filters';
import { ApplicationsTable } from '../components/applications-table';

/** 帮扶申请: the applications of the caller's subtree. */
export function ApplicationsPage() {
  const t = useT();
  const navigate = useNavigate();
  const canWrite = useCan('application:write');
  const [filters, setFilters] = useState<ApplicationFilters>({});
  const applications = useApplications(filters);
  const rows = flattenPages(applications.data?.pages);

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.applications')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/applications/new')} data-testid="new-application">
            {t('application.new')}
          </Button>
        )}
      </Flex>
      <Card>
        <ApplicationFiltersBar value={filters} onChange={setFilters} />
        {applications.isError && <Alert type="error" showIcon title={errorMessage(applications.error, t)} style={{ marginBottom: 16 }} />}
        <ApplicationsTable rows={rows} loading={applications.isPending} />
        <LoadMore
          count={rows.length}
          hasNextPage={applications.hasNextPage}
          isFetchingNextPage={applications.isFetchingNextPage}
          fetchNextPage={applications.fetchNextPage}
        />
      </Card>
    </>
  );
}
