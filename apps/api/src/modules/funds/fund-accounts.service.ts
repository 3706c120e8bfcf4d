import type { FundAccount, FundAccountCreate } from '@bangfu/shared/funds';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ConflictError, NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { constraintOf, sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors';
import { audit } from '../audit/audit';
import { findOrg } from '../orgs/orgs.repo';
import * as repo from './fund-accounts.repo';

/** The account if it lies in the caller's subtree; 404 otherwise (never a 403 that reveals it). */
export async function mustFindAccount(exec: Executor, ctx: Pick<RequestContext, 'scope'>, id: string): Promise<repo.ScopedAccount> {
  const account = await repo.findAccount(exec, ctx.scope, id);
  if (!account) throw new NotFoundError('Fund account');
  return account;
}

/** 帮扶资金专户: one special account per organisation. */
export function createFundAccountsService({ db, clock }: { db: Database; clock: Clock }) {
  async function one(exec: Executor, ctx: RequestContext, id: string): Promise<FundAccount> {
    const [account] = await repo.toFundAccounts(exec, [await mustFindAccount(exec, ctx, id)]);
    return account!;
  }

  return {
    get: (ctx: RequestContext, id: string) => one(db, ctx, id),
    list: async (ctx: RequestContext) => ({ items: await repo.toFundAccounts(db, await repo.listAccounts(db, ctx.scope)) }),

    async create(ctx: RequestContext, body: FundAccountCreate): Promise<FundAccount> {
      const id = await db
        .transaction(async (tx) => {
          const org = await findOrg(tx, ctx.scope, body.orgId);
          if (!org) throw new NotFoundError('Organisation', '/body/orgId');
          if (await repo.accountByOrg(tx, org.id)) throw new ConflictError(`${org.name} has its special account already`, 'ACCOUNT_EXISTS', '/body/orgId');
          const now = clock();
          const accountId = await repo.insertAccount(tx, { ...body, orgId: org.id, createdByName: ctx.principal.name, createdAt: now, updatedAt: now });
          await audit(tx, ctx, { action: 'fund_account.create', recordType: 'fund_account', recordId: accountId, orgId: org.id, after: body });
          return accountId;
        })
        .catch((e: unknown) => {
          // two requests at once: the unique index decides
          if (sqlState(e) === UNIQUE_VIOLATION && constraintOf(e) === 'fund_accounts_org_uq') throw new ConflictError('That organisation has its special account already', 'ACCOUNT_EXISTS', '/body/orgId');
          throw e;
        });
      return one(db, ctx, id);
    },
  };
}
export type FundAccountsService = ReturnType<typeof createFundAccountsService>;
