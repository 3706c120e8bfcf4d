import type { Config } from '../config';
import type { DatabaseHandle } from '../db/client';
import { orgs } from '../db/schema/index';
import { createPasswordHasher } from '../modules/auth/passwords';
import { seedStandards } from './standards';
import { addOrg, addUser } from './tree';

export const DEMO_PASSWORD = 'Bangfu@2026';
const SEED_LOCK = 0x6261_6e68;

/**
 * On first start: a province → city → county → grassroots tree and one user per role.
 * Runs once per database, whichever process gets there first.
 */
export async function seedDemoIfEmpty(database: DatabaseHandle, config: Pick<Config, 'argon2MemoryKib'>): Promise<boolean> {
  return database.withLock(SEED_LOCK, async () => {
    const { db } = database;
    const [existing] = await db.select({ id: orgs.id }).from(orgs).limit(1);
    if (existing) return false;
    const passwordHash = await createPasswordHasher(config.argon2MemoryKib).hash(DEMO_PASSWORD);
    await db.transaction(async (tx) => {
      await seedStandards(tx);
      const province = await addOrg(tx, null, { name: '广东省总工会', level: 'province', divisionCode: '440000', hasAssistanceCentre: true });
      const city = await addOrg(tx, province, { name: '深圳市总工会', level: 'city', divisionCode: '440300', hasAssistanceCentre: true });
      const nanshan = await addOrg(tx, city, { name: '南山区总工会', level: 'county', divisionCode: '440305', hasAssistanceCentre: true });
      const futian = await addOrg(tx, city, { name: '福田区总工会', level: 'county', divisionCode: '440304', hasAssistanceCentre: true });
      await addOrg(tx, nanshan, { name: '粤海街道总工会', level: 'grassroots', type: 'street', divisionCode: '440305' });
      const factory = await addOrg(tx, nanshan, { name: '南山示范电子有限公司工会', level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
      await addOrg(tx, nanshan, { name: '深圳市南山区建筑业工会', level: 'grassroots', type: 'industry', divisionCode: '440305' });
      await addOrg(tx, futian, { name: '华富街道总工会', level: 'grassroots', type: 'street', divisionCode: '440304' });
      await addOrg(tx, futian, { name: '福田示范物流有限公司工会', level: 'grassroots', type: 'enterprise', divisionCode: '440304' });

      const people = [
        { org: province, username: 'admin', displayName: '省总系统管理员', roles: ['admin'] },
        { org: city, username: 'city_admin', displayName: '市总系统管理员', roles: ['admin'] },
        { org: city, username: 'committee', displayName: '资金委员 陈立', roles: ['fund_committee'] },
        { org: city, username: 'auditor', displayName: '审计监督 周敏', roles: ['auditor'] },
        { org: nanshan, username: 'reviewer', displayName: '复核人 李华', roles: ['upper_reviewer'] },
        { org: nanshan, username: 'approver', displayName: '帮扶中心 王芳', roles: ['centre_approver'] },
        { org: nanshan, username: 'finance', displayName: '财务 刘洋', roles: ['finance'] },
        { org: factory, username: 'operator', displayName: '经办人 张伟', roles: ['grassroots_operator'] },
        { org: factory, username: 'chair', displayName: '工会主席 赵强', roles: ['grassroots_chair'] },
      ] as const;
      for (const p of people) {
        await addUser(tx, p.org, { username: p.username, displayName: p.displayName, roles: [...p.roles], passwordHash });
      }
    });
    return true;
  });
}
