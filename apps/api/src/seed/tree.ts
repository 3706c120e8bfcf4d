import type { OrgLevel, OrgType } from '@bangfu/shared/orgs';
import type { Role } from '@bangfu/shared/roles';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/client';
import { orgs, users } from '../db/schema/index';

export interface SeedOrg {
  id: string;
  path: string;
  depth: number;
}

export interface OrgSpec {
  name: string;
  level: OrgLevel;
  type?: OrgType;
  divisionCode: string;
  hasAssistanceCentre?: boolean;
}

/** Inserts an org under `parent` (or as a root), computing its materialized path. */
export async function addOrg(exec: Executor, parent: SeedOrg | null, spec: OrgSpec): Promise<SeedOrg> {
  const id = randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  const depth = parent ? parent.depth + 1 : 0;
  await exec.insert(orgs).values({
    id,
    parentId: parent?.id ?? null,
    name: spec.name,
    level: spec.level,
    type: spec.type ?? 'local',
    divisionCode: spec.divisionCode,
    hasAssistanceCentre: spec.hasAssistanceCentre ?? false,
    path,
    depth,
  });
  return { id, path, depth };
}

export async function addUser(
  exec: Executor,
  org: SeedOrg,
  spec: { username: string; displayName: string; roles: Role[]; passwordHash: string; active?: boolean; passwordChangedAt?: Date },
): Promise<string> {
  const id = randomUUID();
  await exec.insert(users).values({
    id,
    orgId: org.id,
    username: spec.username,
    displayName: spec.displayName,
    roles: spec.roles,
    passwordHash: spec.passwordHash,
    active: spec.active ?? true,
    ...(spec.passwordChangedAt ? { passwordChangedAt: spec.passwordChangedAt } : {}),
  });
  return id;
}
