import type { Category } from '@bangfu/shared/classification';
import type { OrgLevel } from '@bangfu/shared/orgs';
import { permissionsOf, type Role } from '@bangfu/shared/roles';
import type { RequestContext } from '../access/context';
import { OrgScope } from '../access/scope';
import type { DatabaseHandle } from '../db/client';
import type { Clock } from '../lib/clock';
import { localDay } from '../lib/dates';
import type { FieldCrypto } from '../lib/field-crypto';
import { createFileLifecycleService } from '../modules/hardship-files/file-lifecycle.service';
import { createHardshipFilesService } from '../modules/hardship-files/hardship-files.service';
import { dayBetween } from './synthetic/days';
import { createHouseholdGenerator } from './synthetic/household';
import { type LifecyclePlan, officeHours, planLifecycle } from './synthetic/lifecycle-plan';
import { StandardsBook } from './synthetic/standards-book';
import { type BulkDemoItem, bulkDemoFiles } from './demo-bulk';
import type { SeedOrg } from './tree';

export interface DemoOrg extends SeedOrg {
  name: string;
  level: OrgLevel;
  type: string;
  divisionCode: string;
}

export interface DemoActor {
  id: string;
  name: string;
  username: string;
  roles: Role[];
  org: DemoOrg;
}

/** Where demo files go: a grassroots union, its operator (who files) and the approver above it. */
export interface DemoDesk {
  org: DemoOrg;
  operator: DemoActor;
  approver: DemoActor;
  /** Share of the demo files this union holds. */
  weight: number;
}

/** A request context for seeding: a real demo user, scoped to that user's org, marked as from the seed. */
export function seedContext(actor: DemoActor): RequestContext {
  const { org } = actor;
  return {
    principal: {
      kind: 'user',
      id: actor.id,
      name: actor.name,
      username: actor.username,
      org: { id: org.id, name: org.name, level: org.level, path: org.path },
      roles: actor.roles,
      permissions: new Set(permissionsOf(actor.roles)),
    },
    scope: new OrgScope(org.id, org.path),
    ip: 'seed',
    requestId: 'seed',
  };
}

const FIRST_FILING_DAY = '2024-01-02';
/** The newest files go through the services one by one; older ones in bulk (see demo-bulk.ts). */
const SERVICE_FILES = 200;
const BATCH = 100;

export interface DemoFilesOptions {
  now?: Date;
  /** How many of the newest files go through the services (the rest in bulk). */
  serviceFiles?: number;
}

/**
 * Files `count` synthetic households backdated over the last years, in filing order, and takes most
 * of them through confirmation and formalization; some are reviewed, a few exit or are cancelled.
 * The newest SERVICE_FILES go through the real services (classification, encryption, file numbers,
 * history and audit as in use; a batch of files shares a transaction, each file a savepoint in it);
 * the older ones are written in bulk with the same encoders and rules, so first start stays quick.
 */
export async function seedDemoFiles(
  database: DatabaseHandle,
  crypto: FieldCrypto,
  desks: DemoDesk[],
  count: number,
  { now = new Date(), serviceFiles = SERVICE_FILES }: DemoFilesOptions = {},
): Promise<number> {
  if (count <= 0 || desks.length === 0) return 0;
  const generator = createHouseholdGenerator({ seed: 'bangfu-demo' });
  const rng = generator.rng;
  const today = localDay(now);
  const from = FIRST_FILING_DAY < today ? FIRST_FILING_DAY : today;
  const plan = Array.from({ length: count }, () => ({ desk: rng.weighted(desks.map((d) => [d, d.weight] as const)), filedOn: dayBetween(rng, from, today) }));
  plan.sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
  const notAfterNow = (when: Date) => (when > now ? now : when);

  const split = Math.max(0, count - serviceFiles);
  const bulk: BulkDemoItem[] = plan.slice(0, split).map(({ desk, filedOn }) => {
    const filedAt = notAfterNow(officeHours(rng, filedOn));
    const body = generator.next(desk.org, filedOn);
    return { desk, filedAt, body, plan: (proposed) => clampPlan(planLifecycle(rng, proposed as Category, filedOn, today), notAfterNow) };
  });
  if (bulk.length) await database.db.transaction(async (tx) => bulkDemoFiles(tx, crypto, await StandardsBook.load(tx), bulk));

  let instant = now;
  const clock: Clock = () => instant;
  let created = bulk.length;
  const servicePlan = plan.slice(split);
  for (let start = 0; start < servicePlan.length; start += BATCH) {
    await database.db.transaction(async (tx) => {
      const deps = { db: tx, clock, crypto };
      const files = createHardshipFilesService(deps);
      const lifecycle = createFileLifecycleService(deps);
      for (const { desk, filedOn } of servicePlan.slice(start, start + BATCH)) {
        instant = notAfterNow(officeHours(rng, filedOn));
        const body = generator.next(desk.org, filedOn);
        const file = await files.create(seedContext(desk.operator), body);
        created++;
        const steps = clampPlan(planLifecycle(rng, file.proposedCategory ?? 'not_eligible', filedOn, today), notAfterNow);
        const approver = seedContext(desk.approver);
        if (steps.confirm) {
          instant = steps.confirm.at;
          await lifecycle.confirm(approver, file.id, { category: steps.confirm.category });
        }
        if (steps.formalize) {
          instant = steps.formalize.at;
          await lifecycle.formalize(approver, file.id);
        }
        if (steps.review) {
          instant = steps.review.at;
          await lifecycle.review(approver, file.id);
        }
        if (steps.exit) {
          instant = steps.exit.at;
          await lifecycle.exit(approver, file.id, { exitType: steps.exit.exitType, exitedOn: localDay(steps.exit.at), evidence: steps.exit.evidence });
        }
        if (steps.cancel) {
          instant = steps.cancel.at;
          await lifecycle.cancel(approver, file.id, { reason: steps.cancel.reason });
        }
      }
    });
  }
  return created;
}

/** Steps planned for later today happen "now" at the latest. */
function clampPlan(plan: LifecyclePlan, notAfterNow: (d: Date) => Date): LifecyclePlan {
  for (const step of Object.values(plan) as { at: Date }[]) step.at = notAfterNow(step.at);
  return plan;
}
