import type { ServiceAccount, ServiceAccountCreate, ServiceAccountCreated, ServiceAccountListQuery } from '@bangfu/shared/service-accounts';
import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { randomToken, sha256 } from '../../lib/secrets';
import { audit } from '../audit/audit';
import { API_KEY_PREFIX } from '../auth/tokens';
import { findOrg } from '../orgs/orgs.repo';
import * as repo from './service-accounts.repo';

export function createServiceAccountsService({ db, clock }: { db: Database; clock: Clock }) {
  async function mustFind(exec: Executor, ctx: RequestContext, id: string) {
    const account = await repo.findServiceAccount(exec, ctx.scope, id);
    if (!account) throw new NotFoundError('Service account');
    return account;
  }

  return {
    list: (ctx: RequestContext, query: ServiceAccountListQuery) => repo.listServiceAccounts(db, ctx.scope, query),

    async create(ctx: RequestContext, body: ServiceAccountCreate): Promise<ServiceAccountCreated> {
      const beyond = body.permissions.filter((p) => !ctx.principal.permissions.has(p));
      if (beyond.length) throw new ForbiddenError(`You cannot grant permissions you do not hold: ${beyond.join(', ')}`);
      const now = clock();
      if (body.expiresAt && new Date(body.expiresAt) <= now) {
        throw ValidationError.field('/body/expiresAt', 'must be in the future');
      }
      return db.transaction(async (tx) => {
        const org = await findOrg(tx, ctx.scope, body.orgId);
        if (!org) throw new NotFoundError('Organisation', '/body/orgId');
        if (!org.active) throw new RuleViolationError('The organisation is deactivated', 'ORG_INACTIVE', '/body/orgId');
        const keyPrefix = randomBytes(6).toString('hex');
        const apiKey = `${API_KEY_PREFIX}${keyPrefix}_${randomToken(32)}`;
        const id = randomUUID();
        await repo.insertServiceAccount(tx, {
          id,
          orgId: org.id,
          name: body.name,
          keyPrefix,
          keyHash: sha256(apiKey),
          permissions: [...body.permissions],
          expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
          createdBy: ctx.principal.kind === 'user' ? ctx.principal.id : null,
          createdAt: now,
        });
        const serviceAccount = repo.toServiceAccount(await mustFind(tx, ctx, id));
        await audit(tx, ctx, { action: 'service_account.create', recordType: 'service_account', recordId: id, orgId: org.id, after: serviceAccount });
        return { serviceAccount, apiKey };
      });
    },

    async revoke(ctx: RequestContext, id: string): Promise<ServiceAccount> {
      return db.transaction(async (tx) => {
        const account = await mustFind(tx, ctx, id);
        if (account.revokedAt) return repo.toServiceAccount(account);
        const before = repo.toServiceAccount(account);
        await repo.revokeServiceAccount(tx, id, clock());
        const after = repo.toServiceAccount(await mustFind(tx, ctx, id));
        await audit(tx, ctx, { action: 'service_account.revoke', recordType: 'service_account', recordId: id, orgId: account.orgId, before, after });
        return after;
      });
    },
  };
}

export type ServiceAccountsService = ReturnType<typeof createServiceAccountsService>;
