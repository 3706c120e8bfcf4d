import type { Permission } from '@bangfu/shared/roles';
import type { MessageKey } from '../lib/i18n';

/** Business areas that are built: shown in the menu to those holding the permission. */
export const BUSINESS_AREAS: ReadonlyArray<{ path: string; label: MessageKey; permission: Permission }> = [
  { path: '/hardship-files', label: 'menu.hardshipFiles', permission: 'file:read' },
];

/** Business areas not built yet: they show in the menu with a 建设中 tag and route to a coming-soon page. */
export const COMING_SOON_AREAS: ReadonlyArray<{ path: string; label: MessageKey }> = [
  { path: '/reception', label: 'menu.reception' },
  { path: '/statistics', label: 'menu.statistics' },
];

/** Built business pages of 帮扶申请 and 公示: real menu entries, shown to whoever holds the permission. */
export const WORKFLOW_AREAS: ReadonlyArray<{ path: string; label: MessageKey; permission: Permission }> = [
  { path: '/inbox', label: 'menu.inbox', permission: 'application:read' },
  { path: '/applications', label: 'menu.applications', permission: 'application:read' },
  { path: '/notices', label: 'menu.notices', permission: 'application:read' },
];

/** 资金 (帮扶资金): a submenu of its own; everyone with fund:read sees the pages, acting needs more (see fund-routes). */
export const FUND_PAGES: ReadonlyArray<{ path: string; label: MessageKey; permission: Permission }> = [
  { path: '/funds', label: 'menu.fundAccounts', permission: 'fund:read' },
  { path: '/funds/payments', label: 'menu.paymentQueue', permission: 'fund:read' },
  { path: '/funds/bank-batches', label: 'menu.bankBatches', permission: 'fund:read' },
  { path: '/funds/campaigns', label: 'menu.campaigns', permission: 'fund:read' },
  { path: '/funds/year-end', label: 'menu.yearEnd', permission: 'fund:read' },
];

/** 系统管理 pages and the permission each needs (org tree: everyone has org:read). */
export const ADMIN_PAGES: ReadonlyArray<{ path: string; label: MessageKey; permission: Permission }> = [
  { path: '/admin/orgs', label: 'menu.orgs', permission: 'org:read' },
  { path: '/admin/users', label: 'menu.users', permission: 'user:read' },
  { path: '/admin/service-accounts', label: 'menu.serviceAccounts', permission: 'service-account:manage' },
  { path: '/admin/audit', label: 'menu.audit', permission: 'audit:read' },
  { path: '/admin/workflow', label: 'menu.workflow', permission: 'workflow:manage' },
  { path: '/admin/standards', label: 'menu.standards', permission: 'standards:manage' },
];
