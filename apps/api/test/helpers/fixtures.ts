import type { Role } from '@bangfu/shared/roles';
import type { Database } from '../../src/db/client';
import { createPasswordHasher } from '../../src/modules/auth/passwords';
import { seedStandards } from '../../src/seed/standards';
import { addOrg, addUser, type SeedOrg } from '../../src/seed/tree';

export const PASSWORD = 'Test-pass-2026';
let cachedHash: Promise<string> | null = null;
export const testPasswordHash = () => (cachedHash ??= createPasswordHasher(1024).hash(PASSWORD));

/**
 * A small tree with two sibling subtrees:
 *   province P ─ city C ─┬ county A ─┬ grassroots A1
 *                        │           └ grassroots A2
 *                        └ county B ── grassroots B1
 * and users: one per role in A/A1, an admin at P, C, A and B, an auditor at B.
 */
export async function seedTree(db: Database) {
  await seedStandards(db);
  const P = await addOrg(db, null, { name: '测试省总工会', level: 'province', divisionCode: '440000', hasAssistanceCentre: true });
  const C = await addOrg(db, P, { name: '测试市总工会', level: 'city', divisionCode: '440300', hasAssistanceCentre: true });
  const A = await addOrg(db, C, { name: '甲区总工会', level: 'county', divisionCode: '440305', hasAssistanceCentre: true });
  const B = await addOrg(db, C, { name: '乙区总工会', level: 'county', divisionCode: '440304', hasAssistanceCentre: true });
  const A1 = await addOrg(db, A, { name: '甲一公司工会', level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
  const A2 = await addOrg(db, A, { name: '甲二街道工会', level: 'grassroots', type: 'street', divisionCode: '440305' });
  const B1 = await addOrg(db, B, { name: '乙一公司工会', level: 'grassroots', type: 'enterprise', divisionCode: '440304' });
  const passwordHash = await testPasswordHash();
  const user = (org: SeedOrg, username: string, roles: Role[], active = true) =>
    addUser(db, org, { username, displayName: username, roles, passwordHash, active, passwordChangedAt: new Date(0) });
  const users = {
    provinceAdmin: await user(P, 'p_admin', ['admin']),
    cityAdmin: await user(C, 'c_admin', ['admin']),
    aAdmin: await user(A, 'a_admin', ['admin']),
    bAdmin: await user(B, 'b_admin', ['admin']),
    bAuditor: await user(B, 'b_auditor', ['auditor']),
    aAuditor: await user(A, 'a_auditor', ['auditor']),
    operator: await user(A1, 'a1_operator', ['grassroots_operator']),
    aOperator: await user(A, 'a_operator', ['grassroots_operator']),
    chair: await user(A1, 'a1_chair', ['grassroots_chair']),
    reviewer: await user(A, 'a_reviewer', ['upper_reviewer']),
    approver: await user(A, 'a_approver', ['centre_approver']),
    committee: await user(A, 'a_committee', ['fund_committee']),
    finance: await user(A, 'a_finance', ['finance']),
    disabled: await user(A1, 'a1_disabled', ['grassroots_operator'], false),
    bOperator: await user(B1, 'b1_operator', ['grassroots_operator']),
    bApprover: await user(B, 'b_approver', ['centre_approver']),
    bFinance: await user(B, 'b_finance', ['finance']),
    cFinance: await user(C, 'c_finance', ['finance']),
  };
  return { orgs: { P, C, A, B, A1, A2, B1 }, users };
}
export type Tree = Awaited<ReturnType<typeof seedTree>>;
