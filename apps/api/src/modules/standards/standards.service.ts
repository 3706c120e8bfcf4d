import type { ClassificationParamsInput, MinLivingStandardCreate } from '@bangfu/shared/standards';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { ConflictError, ForbiddenError } from '../../errors';
import { divisionInRegion } from '../orgs/org-rules';
import { findOrg } from '../orgs/orgs.repo';
import type { Executor } from '../../db/client';
import { audit } from '../audit/audit';
import * as repo from './standards.repo';

async function assertRegion(exec: Executor, ctx: RequestContext, divisionCode: string) {
  const org = await findOrg(exec, ctx.scope, ctx.scope.rootOrgId);
  if (!org || !divisionInRegion(divisionCode, org)) {
    throw new ForbiddenError(`Division ${divisionCode} lies outside the region of ${org?.name ?? 'your organisation'}`);
  }
}

/** 低保标准 and classification parameters: region-wide reference data, edited by admins of the region. */
export function createStandardsService({ db }: { db: Database }) {
  return {
    async listStandards(divisionCode?: string) {
      return { items: (await repo.listStandards(db, divisionCode)).map(repo.toStandard) };
    },

    async addStandard(ctx: RequestContext, body: MinLivingStandardCreate) {
      return db.transaction(async (tx) => {
        await assertRegion(tx, ctx, body.divisionCode);
        if (await repo.findStandardByKey(tx, body.divisionCode, body.effectiveFrom)) {
          throw new ConflictError(`A standard for ${body.divisionCode} from ${body.effectiveFrom} exists already`, 'DUPLICATE_STANDARD', '/body/effectiveFrom');
        }
        const row = repo.toStandard(await repo.insertStandard(tx, { ...body, note: body.note ?? null }));
        await audit(tx, ctx, { action: 'standard.create', recordType: 'min_living_standard', recordId: row.id, orgId: ctx.principal.org.id, after: row });
        return row;
      });
    },

    async listParams(divisionCode?: string) {
      return { items: (await repo.listParams(db, divisionCode)).map(repo.toParams) };
    },

    async putParams(ctx: RequestContext, body: ClassificationParamsInput) {
      return db.transaction(async (tx) => {
        await assertRegion(tx, ctx, body.divisionCode);
        const row = repo.toParams(await repo.upsertParams(tx, body));
        await audit(tx, ctx, { action: 'classification_params.put', recordType: 'classification_params', recordId: row.id, orgId: ctx.principal.org.id, after: row });
        return row;
      });
    },
  };
}

export type StandardsService = ReturnType<typeof createStandardsService>;
