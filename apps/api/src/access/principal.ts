import type { OrgLevel } from '@bangfu/shared/orgs';
import type { Permission, Role } from '@bangfu/shared/roles';
import { ForbiddenError } from '../errors';
import { OrgScope } from './scope';

/** Who is calling, resolved once per request by the auth plugin. */
export interface Principal {
  kind: 'user' | 'service_account';
  id: string;
  name: string;
  username: string | null;
  org: { id: string; name: string; level: OrgLevel; path: string };
  roles: Role[];
  permissions: ReadonlySet<Permission>;
}

export function scopeOf(principal: Principal): OrgScope {
  return new OrgScope(principal.org.id, principal.org.path);
}

export function can(principal: Principal, permission: Permission): boolean {
  return principal.permissions.has(permission);
}

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!can(principal, permission)) throw new ForbiddenError(`Permission ${permission} required`);
}
