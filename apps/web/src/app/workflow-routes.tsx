import type { RouteObject } from 'react-router-dom';
import { guarded } from './guarded-route';
import { RouteErrorBoundary } from './route-error-boundary';

/** 待办, 帮扶申请 and 公示: pages inside the signed-in layout. */
export const workflowRoutes: RouteObject[] = [
  guarded('inbox', 'application:read', () => import('../features/applications/pages/inbox-page').then((m) => m.InboxPage)),
  guarded('applications', 'application:read', () => import('../features/applications/pages/applications-page').then((m) => m.ApplicationsPage)),
  guarded('applications/new', 'application:write', () => import('../features/applications/pages/new-application-page').then((m) => m.NewApplicationPage)),
  guarded('applications/:id', 'application:read', () => import('../features/applications/pages/application-page').then((m) => m.ApplicationPage)),
  guarded('notices', 'application:read', () => import('../features/notices/pages/notice-batches-page').then((m) => m.NoticeBatchesPage)),
  guarded('notices/:id', 'application:read', () => import('../features/notices/pages/notice-batch-page').then((m) => m.NoticeBatchPage)),
];

/** The public notice (公示) and its print view: no login, nothing but the fields DOMAIN.md §5 allows. */
export const publicNoticeRoutes: RouteObject[] = [
  {
    path: '/public/notices/:token',
    errorElement: <RouteErrorBoundary />,
    lazy: async () => ({ Component: (await import('../features/public-notices/pages/public-notice-page')).PublicNoticePage }),
  },
  {
    path: '/public/notices/:token/print',
    errorElement: <RouteErrorBoundary />,
    lazy: async () => ({ Component: (await import('../features/public-notices/pages/public-notice-print-page')).PublicNoticePrintPage }),
  },
];
