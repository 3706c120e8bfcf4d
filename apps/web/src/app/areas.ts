import type { Permission } from '@bangfu/shared/roles';
import type { MessageKey } from '../lib/i18n';

/** Business areas not built yet: they show in the menu with a 建设中 tag and route to a coming-soon page. */
export const COMING_SOON_AREAS: ReadonlyArray<{ path: string; label: MessageKey }> = [
  { path: '/hardship-files', label: 'menu.hardshipFiles' },
  { path: '/applications', label: 'menu.applications' },
  { path: '/notices', label: 'menu.notices' },
  { path: '/funds', label: 'menu.funds' },
  { path: '/reception', label: 'menu.reception' },
  { path: '/statistics', label: 'menu.statistics' },
];

/** 系统管理 pages and the permission each needs (org tree: everyone has org:read). */
export const ADMIN_PAGES: ReadonlyArray<{ path: string; label: MessageKey; permission: Permission }> = [
  { path: '/admin/orgs', label: 'menu.orgs', permission: 'org:read' },
  { path: '/admin/users', label: 'menu.users', permission: 'user:read' },
  { path: '/admin/service-accounts', label: 'menu.serviceAccounts', permission: 'service-account:manage' },
  { path: '/admin/audit', label: 'menu.audit', permission: 'audit:read' },
];
