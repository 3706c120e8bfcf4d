import type { Role } from '@bangfu/shared/roles';
import type { PasswordReset, User, UserCreate, UserListQuery, UserUpdate } from '@bangfu/shared/users';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors';
import { audit } from '../audit/audit';
import { revokeAllRefreshTokens } from '../auth/auth.repo';
import type { PasswordHasher } from '../auth/passwords';
import { NO_INVALIDATION, type PrincipalInvalidation } from '../auth/principal-cache';
import { findOrg, type OrgRow } from '../orgs/orgs.repo';
import * as repo from './users.repo';

interface Deps {
  db: Database;
  clock: Clock;
  passwords: PasswordHasher;
  /** Forgets cached principals after a change to a user (auth/principal-cache.ts). */
  principals?: PrincipalInvalidation;
}

/** Roles that only make sense at an organisation running an assistance centre (帮扶中心). */
const CENTRE_ROLES: readonly Role[] = ['centre_approver'];

export function createUsersService({ db, clock, passwords, principals = NO_INVALIDATION }: Deps) {
  async function mustFind(exec: Executor, ctx: RequestContext, id: string) {
    const user = await repo.findUser(exec, ctx.scope, id);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  async function mustFindOrg(exec: Executor, ctx: RequestContext, orgId: string, field: string) {
    const org = await findOrg(exec, ctx.scope, orgId);
    if (!org) throw new NotFoundError('Organisation', field);
    if (!org.active) throw new RuleViolationError('The organisation is deactivated', 'ORG_INACTIVE', field);
    return org;
  }

  function checkRolesFit(roles: readonly Role[], org: Pick<OrgRow, 'hasAssistanceCentre'>, field: string) {
    const misplaced = roles.filter((r) => CENTRE_ROLES.includes(r));
    if (misplaced.length && !org.hasAssistanceCentre) {
      throw new RuleViolationError(`Role ${misplaced.join(', ')} needs an organisation that runs an assistance centre`, 'ROLE_NEEDS_CENTRE', field);
    }
  }

  /** Once a change to the user has committed, the next request looks the user up afresh. */
  async function committed<T>(userId: string, change: Promise<T>): Promise<T> {
    const result = await change;
    principals.forget(userId);
    return result;
  }

  function notSelf(ctx: RequestContext, id: string, what: string) {
    if (ctx.principal.id === id) throw new ConflictError(`You cannot ${what} your own account`, 'SELF_CHANGE');
  }

  return {
    list: (ctx: RequestContext, query: UserListQuery) => repo.listUsers(db, ctx.scope, query),

    async get(ctx: RequestContext, id: string): Promise<User> {
      return repo.toUser(await mustFind(db, ctx, id));
    },

    async create(ctx: RequestContext, body: UserCreate): Promise<User> {
      const username = body.username.toLowerCase();
      const passwordHash = await passwords.hash(body.password);
      try {
        return await db.transaction(async (tx) => {
          const org = await mustFindOrg(tx, ctx, body.orgId, '/body/orgId');
          checkRolesFit(body.roles, org, '/body/roles');
          if (await repo.usernameTaken(tx, username)) {
            throw new ConflictError(`Username ${username} is taken`, 'USERNAME_TAKEN', '/body/username');
          }
          const id = randomUUID();
          const now = clock();
          await repo.insertUser(tx, {
            id,
            orgId: org.id,
            username,
            displayName: body.displayName,
            passwordHash,
            roles: [...body.roles],
            createdAt: now,
            updatedAt: now,
            passwordChangedAt: now,
          });
          const created = repo.toUser(await mustFind(tx, ctx, id));
          await audit(tx, ctx, { action: 'user.create', recordType: 'user', recordId: id, orgId: org.id, after: created });
          return created;
        });
      } catch (error) {
        if (sqlState(error) === UNIQUE_VIOLATION) {
          throw new ConflictError(`Username ${username} is taken`, 'USERNAME_TAKEN', '/body/username');
        }
        throw error;
      }
    },

    async update(ctx: RequestContext, id: string, body: UserUpdate): Promise<User> {
      return committed(id, db.transaction(async (tx) => {
        const user = await mustFind(tx, ctx, id);
        if (body.active === false) notSelf(ctx, id, 'disable');
        if (body.orgId !== undefined && body.orgId !== user.orgId) {
          notSelf(ctx, id, 'move');
          const org = await mustFindOrg(tx, ctx, body.orgId, '/body/orgId');
          checkRolesFit(user.roles, org, '/body/orgId');
        }
        const before = repo.toUser(user);
        const now = clock();
        await repo.updateUser(tx, id, { ...body, updatedAt: now });
        if (body.active === false) await revokeAllRefreshTokens(tx, id, now);
        const after = repo.toUser(await mustFind(tx, ctx, id));
        await audit(tx, ctx, { action: 'user.update', recordType: 'user', recordId: id, orgId: after.orgId, before, after });
        return after;
      }));
    },

    async setRoles(ctx: RequestContext, id: string, roles: Role[]): Promise<User> {
      return committed(id, db.transaction(async (tx) => {
        const user = await mustFind(tx, ctx, id);
        if (ctx.principal.id === id && !roles.includes('admin')) notSelf(ctx, id, 'remove the admin role from');
        checkRolesFit(roles, { hasAssistanceCentre: user.orgHasCentre }, '/body/roles');
        const before = repo.toUser(user);
        await repo.updateUser(tx, id, { roles: [...roles], updatedAt: clock() });
        const after = repo.toUser(await mustFind(tx, ctx, id));
        await audit(tx, ctx, { action: 'user.roles', recordType: 'user', recordId: id, orgId: user.orgId, before, after });
        return after;
      }));
    },

    async resetPassword(ctx: RequestContext, id: string, body: PasswordReset): Promise<void> {
      const passwordHash = await passwords.hash(body.newPassword);
      await committed(id, db.transaction(async (tx) => {
        const user = await mustFind(tx, ctx, id);
        const now = clock();
        await repo.updateUser(tx, id, { passwordHash, passwordChangedAt: now, updatedAt: now });
        await revokeAllRefreshTokens(tx, id, now);
        await audit(tx, ctx, { action: 'user.password_reset', recordType: 'user', recordId: id, orgId: user.orgId });
      }));
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
