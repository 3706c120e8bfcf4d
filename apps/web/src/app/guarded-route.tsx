import { Outlet, type RouteObject } from 'react-router-dom';
import type { Permission } from '@bangfu/shared/roles';
import { FullPageSpin } from './layout/app-layout';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { RouteErrorBoundary } from './route-error-boundary';

/** A lazily loaded page behind a permission, with its own error boundary. */
export function guarded(path: string, permission: Permission, load: () => Promise<React.ComponentType>): RouteObject {
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

/** A page that prints on its own, without the menu and header, for a signed-in user holding `permission`. */
export function printRoute(path: string, permission: Permission, load: () => Promise<React.ComponentType>): RouteObject {
  return {
    path,
    element: (
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [guarded('', permission, load)],
  };
}
