import { Outlet, type RouteObject } from 'react-router-dom';
import type { Permission } from '@bangfu/shared/roles';
import { FullPageSpin } from './layout/app-layout';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { RouteErrorBoundary } from './route-error-boundary';

/** A lazily loaded page behind a permission, with its own error boundary. */
function guarded(path: string, permission: Permission, load: () => Promise<React.ComponentType>): RouteObject {
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

/** 困难职工档案 inside the signed-in layout: list, new, file, edit. */
export const hardshipFileRoutes: RouteObject[] = [
  guarded('hardship-files', 'file:read', () => import('../features/hardship-files/pages/files-page').then((m) => m.FilesPage)),
  guarded('hardship-files/new', 'file:write', () => import('../features/hardship-files/pages/file-create-page').then((m) => m.FileCreatePage)),
  guarded('hardship-files/:id', 'file:read', () => import('../features/hardship-files/pages/file-page').then((m) => m.FilePage)),
  guarded('hardship-files/:id/edit', 'file:write', () => import('../features/hardship-files/pages/file-edit-page').then((m) => m.FileEditPage)),
];

/** The 困难职工档案表 prints on its own, without the menu and header. */
export const hardshipFilePrintRoutes: RouteObject[] = [
  {
    path: '/hardship-files/:id/print',
    element: (
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [guarded('', 'file:read', () => import('../features/hardship-files/pages/file-print-page').then((m) => m.FilePrintPage))],
  },
];
