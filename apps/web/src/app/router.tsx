import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../features/auth/pages/login-page';
import { ComingSoonPage } from '../features/coming-soon/pages/coming-soon-page';
import { ADMIN_PAGES, COMING_SOON_AREAS } from './areas';
import { fundPrintRoutes, fundRoutes } from './fund-routes';
import { hardshipFilePrintRoutes, hardshipFileRoutes } from './hardship-file-routes';
import { AppLayout, FullPageSpin } from './layout/app-layout';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { NotFoundPage, RouteErrorBoundary } from './route-error-boundary';
import { publicNoticeRoutes, workflowRoutes } from './workflow-routes';

/** Feature pages load on demand; each route has its own error boundary. */
const adminPageComponents: Record<string, () => Promise<React.ComponentType>> = {
  '/admin/orgs': () => import('../features/orgs/pages/org-tree-page').then((m) => m.OrgTreePage),
  '/admin/users': () => import('../features/users/pages/users-page').then((m) => m.UsersPage),
  '/admin/service-accounts': () =>
    import('../features/service-accounts/pages/service-accounts-page').then((m) => m.ServiceAccountsPage),
  '/admin/audit': () => import('../features/audit/pages/audit-page').then((m) => m.AuditPage),
  '/admin/workflow': () => import('../features/workflow-settings/pages/workflow-settings-page').then((m) => m.WorkflowSettingsPage),
  '/admin/standards': () => import('../features/standards/pages/standards-page').then((m) => m.StandardsPage),
};

const adminRoutes: RouteObject[] = ADMIN_PAGES.map((page) => ({
  path: page.path,
  errorElement: <RouteErrorBoundary />,
  lazy: async () => {
    const loader = adminPageComponents[page.path];
    if (!loader) throw new Error(`No page for ${page.path}`);
    const Page = await loader();
    return {
      Component: () => (
        <RequirePermission permission={page.permission}>
          <Page />
        </RequirePermission>
      ),
    };
  },
}));

const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorBoundary /> },
  ...hardshipFilePrintRoutes,
  ...fundPrintRoutes,
  ...publicNoticeRoutes,
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      {
        index: true,
        errorElement: <RouteErrorBoundary />,
        lazy: async () => ({ Component: (await import('../features/dashboard/pages/dashboard-page')).DashboardPage }),
      },
      ...hardshipFileRoutes,
      ...COMING_SOON_AREAS.map((area) => ({
        path: area.path,
        element: <ComingSoonPage area={area.label} />,
        errorElement: <RouteErrorBoundary />,
      })),
      ...workflowRoutes,
      ...fundRoutes,
      ...adminRoutes,
      { path: 'admin', element: <Navigate to="/admin/orgs" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
