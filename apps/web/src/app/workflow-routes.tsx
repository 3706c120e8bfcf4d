import type { RouteObject } from 'react-router-dom';
import type { Permission } from '@bangfu/shared/roles';
import { RequirePermission } from './require-permission';
import { RouteErrorBoundary } from './route-error-boundary';

/** A lazily loaded page behind a permission, with its own error boundary. */
function page(path: string, permission: Permission, load: () => Promise<React.ComponentType>): RouteObject {
  return {
    path,
    errorElement: <RouteErrorBoundary />,
    lazy: async () => {
      const Page = await load();
      return {
        Component: () => (
          <RequirePermission permission={permission}>
            <Page />
          </RequirePermission>
        ),
      };
    },
  };
}

/** 待办, 帮扶申请 and 公示: pages inside the signed-in layout. */
export const workflowRoutes: RouteObject[] = [
  page('inbox', 'application:read', () => import('../features/applications/pages/inbox-page').then((m) => m.InboxPage)),
  page('applications', 'application:read', () => import('../features/applications/pages/applications-page').then((m) => m.ApplicationsPage)),
  page('applications/new', 'application:write', () => import('../features/applications/pages/new-application-page').then((m) => m.NewApplicationPage)),
  page('applications/:id', 'application:read', () => import('../features/applications/pages/application-page').then((m) => m.ApplicationPage)),
  page('notices', 'application:read', () => import('../features/notices/pages/notice-batches-page').then((m) => m.NoticeBatchesPage)),
  page('notices/:id', 'application:read', () => import('../features/notices/pages/notice-batch-page').then((m) => m.NoticeBatchPage)),
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
