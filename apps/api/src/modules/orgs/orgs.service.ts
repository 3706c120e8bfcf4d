import type { Org, OrgCreate, OrgListQuery, OrgMove, OrgTree, OrgTreeQuery, OrgUpdate } from '@bangfu/shared/orgs';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors';
import { audit } from '../audit/audit';
import { NO_INVALIDATION, type PrincipalInvalidation } from '../auth/principal-cache';
import { divisionFitsUnder, levelFitsUnder } from './org-rules';
import * as repo from './orgs.repo';

const TREE_MAX_NODES = 5000;

/** `principals`: forgets cached principals when an org's name, level or place changes (auth/principal-cache.ts). */
export function createOrgsService({ db, clock, principals = NO_INVALIDATION }: { db: Database; clock: Clock; principals?: PrincipalInvalidation }) {
  async function mustFind(exec: Executor, ctx: RequestContext, id: string, field?: string) {
    const org = await repo.findOrg(exec, ctx.scope, id);
    if (!org) throw new NotFoundError('Organisation', field);
    return org;
  }

  /** Changing an org is for an admin of one of its ancestors, never of the org itself. */
  function mustManage(ctx: RequestContext, org: repo.OrgRow) {
    if (!ctx.scope.isStrictlyBelow(org.path)) {
      throw new ForbiddenError('Only an admin of a higher organisation may change this organisation');
    }
  }

  async function checkSiblingName(exec: Executor, parentId: string, name: string, exceptId?: string) {
    if (await repo.siblingNameTaken(exec, parentId, name, exceptId)) {
      throw new ConflictError(`An organisation named "${name}" already exists under this parent`, 'DUPLICATE_NAME', '/body/name');
    }
  }

  function checkDivision(code: string, parent: repo.OrgRow) {
    if (!divisionFitsUnder(code, parent.divisionCode, parent.level)) {
      throw new RuleViolationError(
        `Division code ${code} does not lie within the parent's region ${parent.divisionCode}`,
        'DIVISION_OUTSIDE_PARENT',
        '/body/divisionCode',
      );
    }
  }

  async function withUniqueGuard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) {
        throw new ConflictError('An organisation with this name already exists under this parent', 'DUPLICATE_NAME', '/body/name');
      }
      throw error;
    }
  }

  /** A committed change to an org's name, level or path: every cached principal is forgotten. */
  async function orgChange<T>(fn: () => Promise<T>): Promise<T> {
    const result = await withUniqueGuard(fn);
    principals.clear();
    return result;
  }

  return {
    async get(ctx: RequestContext, id: string): Promise<Org> {
      return repo.toOrg(await mustFind(db, ctx, id));
    },

    list(ctx: RequestContext, query: OrgListQuery) {
      return repo.listOrgs(db, ctx.scope, query);
    },

    async tree(ctx: RequestContext, query: OrgTreeQuery): Promise<OrgTree> {
      const root = await mustFind(db, ctx, query.rootId ?? ctx.scope.rootOrgId, '/querystring/rootId');
      const rows = await repo.subtree(db, root, query.depth ?? 6, query.includeInactive ?? false, TREE_MAX_NODES);
      const truncated = rows.length > TREE_MAX_NODES;
      return { rootId: root.id, truncated, nodes: depthFirstByName(rows.slice(0, TREE_MAX_NODES), root.id).map(repo.toOrg) };
    },

    async create(ctx: RequestContext, body: OrgCreate): Promise<Org> {
      return withUniqueGuard(() =>
        db.transaction(async (tx) => {
          const parent = await mustFind(tx, ctx, body.parentId, '/body/parentId');
          if (!parent.active) throw new RuleViolationError('The parent organisation is deactivated', 'PARENT_INACTIVE', '/body/parentId');
          if (!levelFitsUnder(body.level, parent.level)) {
            throw new RuleViolationError(`A ${body.level} union cannot sit under a ${parent.level} union`, 'LEVEL_MISMATCH', '/body/level');
          }
          checkDivision(body.divisionCode, parent);
          await checkSiblingName(tx, parent.id, body.name);
          const id = randomUUID();
          const now = clock();
          await repo.insertOrg(tx, {
            id,
            parentId: parent.id,
            name: body.name,
            level: body.level,
            type: body.type,
            divisionCode: body.divisionCode,
            hasAssistanceCentre: body.hasAssistanceCentre ?? false,
            path: `${parent.path}${id}/`,
            depth: parent.depth + 1,
            createdAt: now,
            updatedAt: now,
          });
          const created = repo.toOrg(await mustFind(tx, ctx, id));
          await audit(tx, ctx, { action: 'org.create', recordType: 'org', recordId: id, orgId: id, after: created });
          return created;
        }),
      );
    },

    async update(ctx: RequestContext, id: string, body: OrgUpdate): Promise<Org> {
      return orgChange(() =>
        db.transaction(async (tx) => {
          const org = await mustFind(tx, ctx, id);
          mustManage(ctx, org);
          if (body.name !== undefined && org.parentId) await checkSiblingName(tx, org.parentId, body.name, id);
          if (body.divisionCode !== undefined && org.parentId) {
            const parent = await mustFind(tx, ctx, org.parentId);
            checkDivision(body.divisionCode, parent);
          }
          const before = repo.toOrg(org);
          await repo.updateOrg(tx, id, { ...body, updatedAt: clock() });
          const after = repo.toOrg(await mustFind(tx, ctx, id));
          await audit(tx, ctx, { action: 'org.update', recordType: 'org', recordId: id, orgId: id, before, after });
          return after;
        }),
      );
    },

    async move(ctx: RequestContext, id: string, body: OrgMove): Promise<Org> {
      return orgChange(() =>
        db.transaction(async (tx) => {
          const org = await mustFind(tx, ctx, id);
          mustManage(ctx, org);
          const parent = await mustFind(tx, ctx, body.parentId, '/body/parentId');
          if (parent.path.startsWith(org.path)) {
            throw new RuleViolationError('An organisation cannot move under itself or its own descendants', 'MOVE_INTO_SELF', '/body/parentId');
          }
          if (!parent.active) throw new RuleViolationError('The new parent is deactivated', 'PARENT_INACTIVE', '/body/parentId');
          if (!levelFitsUnder(org.level, parent.level)) {
            throw new RuleViolationError(`A ${org.level} union cannot sit under a ${parent.level} union`, 'LEVEL_MISMATCH', '/body/parentId');
          }
          if (org.parentId === parent.id) return repo.toOrg(org);
          await checkSiblingName(tx, parent.id, org.name, id);
          const before = repo.toOrg(org);
          const now = clock();
          await repo.updateOrg(tx, id, { parentId: parent.id, updatedAt: now });
          await repo.movePaths(tx, org.path, `${parent.path}${id}/`, parent.depth + 1 - org.depth, now);
          const after = repo.toOrg(await mustFind(tx, ctx, id));
          await audit(tx, ctx, { action: 'org.move', recordType: 'org', recordId: id, orgId: id, before, after });
          return after;
        }),
      );
    },

    async setActive(ctx: RequestContext, id: string, active: boolean): Promise<Org> {
      return db.transaction(async (tx) => {
        const org = await mustFind(tx, ctx, id);
        mustManage(ctx, org);
        if (org.active === active) return repo.toOrg(org);
        if (!active) {
          const dependants = await repo.activeDependants(tx, id);
          if (dependants.children > 0 || dependants.users > 0) {
            throw new ConflictError(
              `Deactivate or move its ${dependants.children} active sub-organisations and ${dependants.users} active users first`,
              'ORG_HAS_DEPENDANTS',
            );
          }
        } else if (org.parentId) {
          const parent = await mustFind(tx, ctx, org.parentId);
          if (!parent.active) throw new RuleViolationError('Activate the parent organisation first', 'PARENT_INACTIVE');
        }
        const before = repo.toOrg(org);
        await repo.updateOrg(tx, id, { active, updatedAt: clock() });
        const after = repo.toOrg(await mustFind(tx, ctx, id));
        await audit(tx, ctx, { action: active ? 'org.activate' : 'org.deactivate', recordType: 'org', recordId: id, orgId: id, before, after });
        return after;
      });
    },
  };
}

/** Depth-first with siblings by name, so the tree reads the same on every database. */
function depthFirstByName(rows: repo.OrgRow[], rootId: string): repo.OrgRow[] {
  const children = new Map<string, repo.OrgRow[]>();
  for (const r of rows) {
    if (r.id === rootId || !r.parentId) continue;
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const out: repo.OrgRow[] = [];
  const visit = (row: repo.OrgRow) => {
    out.push(row);
    const kids = (children.get(row.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') || a.id.localeCompare(b.id));
    for (const kid of kids) visit(kid);
  };
  const root = rows.find((r) => r.id === rootId);
  if (root) visit(root);
  return out;
}

export type OrgsService = ReturnType<typeof createOrgsService>;
