import type { RouteObject } from 'react-router-dom';
import { guarded, printRoute } from './guarded-route';

/** 困难职工档案 inside the signed-in layout: list, new, file, edit. */
export const hardshipFileRoutes: RouteObject[] = [
  guarded('hardship-files', 'file:read', () => import('../features/hardship-files/pages/files-page').then((m) => m.FilesPage)),
  guarded('hardship-files/new', 'file:write', () => import('../features/hardship-files/pages/file-create-page').then((m) => m.FileCreatePage)),
  guarded('hardship-files/:id', 'file:read', () => import('../features/hardship-files/pages/file-page').then((m) => m.FilePage)),
  guarded('hardship-files/:id/edit', 'file:write', () => import('../features/hardship-files/pages/file-edit-page').then((m) => m.FileEditPage)),
];

/** The 困难职工档案表 prints on its own, without the menu and header. */
export const hardshipFilePrintRoutes: RouteObject[] = [
  printRoute('/hardship-files/:id/print', 'file:read', () => import('../features/hardship-files/pages/file-print-page').then((m) => m.FilePrintPage)),
];
