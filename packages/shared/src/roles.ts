import { Type, type Static } from 'typebox';
import { StringEnum } from './common';

/** Roles of DOMAIN.md §4. */
export const ROLES = [
  'grassroots_operator', // 基层经办人: files and submits
  'grassroots_chair', // 基层工会主席: signs
  'upper_reviewer', // 上级复核人
  'centre_approver', // 帮扶中心审批人
  'fund_committee', // 资金管理委员会: collective decision
  'finance', // 财务
  'auditor', // 审计/监督: read-only
  'admin', // 系统管理员 (per level)
] as const;
export const Role = StringEnum([...ROLES]);
export type Role = Static<typeof Role>;

/** What a principal may do. Service accounts hold permissions directly; users get them from roles. */
export const PERMISSIONS = [
  'org:read',
  'org:manage',
  'user:read',
  'user:manage',
  'service-account:manage',
  'audit:read',
  'file:read', // 困难职工档案: read (masked)
  'file:write', // file households, members, incomes, expenses
  'file:confirm', // confirm the proposed category
  'file:reveal', // see one full sensitive value (audited)
  'file:lifecycle', // formalize, exit, cancel, re-file
  'standards:manage', // 低保标准 and classification parameters
  'application:read', // 帮扶申请
  'application:write', // draft, submit, withdraw, resubmit, record home visits
  'application:decide', // review and approval decisions (the step decides which role)
  'notice:manage', // 公示: batches and objection rulings
  'workflow:manage', // workflow settings, caps, escalation thresholds
  'fund:read', // 帮扶资金: accounts, ledger, budgets, payments, campaigns, reports
  'fund:manage', // accounts, receipts, budgets, reversals, year close
  'fund:pay', // the payment queue: book payments, bank files, results, vouchers
  'campaign:manage', // 送温暖 / 金秋助学 campaigns: rule, selection, notice, batch payment
] as const;
export const Permission = StringEnum([...PERMISSIONS]);
export type Permission = Static<typeof Permission>;

const everyone: Permission[] = ['org:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  grassroots_operator: [...everyone, 'file:read', 'file:write', 'application:read', 'application:write', 'application:decide', 'notice:manage'],
  grassroots_chair: [...everyone, 'user:read', 'file:read', 'file:write', 'file:confirm', 'file:reveal', 'application:read', 'application:write', 'application:decide', 'notice:manage'],
  upper_reviewer: [...everyone, 'user:read', 'file:read', 'file:confirm', 'file:reveal', 'file:lifecycle', 'application:read', 'application:decide', 'notice:manage'],
  centre_approver: [...everyone, 'user:read', 'file:read', 'file:confirm', 'file:reveal', 'file:lifecycle', 'application:read', 'application:decide', 'notice:manage', 'fund:read', 'campaign:manage'],
  fund_committee: [...everyone, 'file:read', 'application:read', 'fund:read', 'campaign:manage'],
  finance: [...everyone, 'file:read', 'file:reveal', 'application:read', 'fund:read', 'fund:manage', 'fund:pay', 'campaign:manage'],
  // Auditors read everything in their subtree and change nothing.
  auditor: [...everyone, 'user:read', 'audit:read', 'file:read', 'application:read', 'fund:read'],
  // System admins run the system, not the households: no access to file contents (PIPL minimisation).
  admin: [...everyone, 'org:manage', 'user:read', 'user:manage', 'service-account:manage', 'audit:read', 'standards:manage', 'workflow:manage'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return [...set].sort();
}
