import type { Role } from '@bangfu/shared/roles';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/client';
import { orgs } from '../db/schema/index';
import type { FieldCrypto } from '../lib/field-crypto';
import { createPasswordHasher } from '../modules/auth/passwords';
import { type DemoActor, type DemoDesk, type DemoFilesOptions, type DemoOrg, seedDemoFiles } from './demo-files';
import { seedDemoFunds } from './demo-funds';
import { seedStandards } from './standards';
import { addOrg, addUser, type OrgSpec, type SeedOrg } from './tree';

export const DEMO_PASSWORD = 'Bangfu@2026';
const SEED_LOCK = 0x6261_6e68;

export interface DemoSeedResult {
  seeded: boolean;
  files: number;
  millis: number;
}

/**
 * On first start: a province → city → county → grassroots tree, one user per role, an operator for
 * every grassroots union, and `seedDemoFiles` synthetic hardship files filed through the real service.
 * Runs once per database, whichever process gets there first.
 */
export async function seedDemoIfEmpty(
  database: DatabaseHandle,
  config: Pick<Config, 'argon2MemoryKib' | 'seedDemoFiles'>,
  crypto: FieldCrypto,
  options: DemoFilesOptions = {},
): Promise<DemoSeedResult> {
  return database.withLock(SEED_LOCK, async () => {
    const started = performance.now();
    const { db } = database;
    const [existing] = await db.select({ id: orgs.id }).from(orgs).limit(1);
    if (existing) return { seeded: false, files: 0, millis: 0 };
    const passwordHash = await createPasswordHasher(config.argon2MemoryKib).hash(DEMO_PASSWORD);
    const desks = await db.transaction(async (tx) => {
      await seedStandards(tx);
      const org = async (parent: DemoOrg | null, spec: OrgSpec): Promise<DemoOrg> => {
        const added: SeedOrg = await addOrg(tx, parent, spec);
        return { ...added, name: spec.name, level: spec.level, type: spec.type ?? 'local', divisionCode: spec.divisionCode };
      };
      const province = await org(null, { name: '广东省总工会', level: 'province', divisionCode: '440000', hasAssistanceCentre: true });
      const city = await org(province, { name: '深圳市总工会', level: 'city', divisionCode: '440300', hasAssistanceCentre: true });
      const nanshan = await org(city, { name: '南山区总工会', level: 'county', divisionCode: '440305', hasAssistanceCentre: true });
      const futian = await org(city, { name: '福田区总工会', level: 'county', divisionCode: '440304', hasAssistanceCentre: true });
      const yuehai = await org(nanshan, { name: '粤海街道总工会', level: 'grassroots', type: 'street', divisionCode: '440305' });
      const factory = await org(nanshan, { name: '南山示范电子有限公司工会', level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
      const building = await org(nanshan, { name: '深圳市南山区建筑业工会', level: 'grassroots', type: 'industry', divisionCode: '440305' });
      const huafu = await org(futian, { name: '华富街道总工会', level: 'grassroots', type: 'street', divisionCode: '440304' });
      const logistics = await org(futian, { name: '福田示范物流有限公司工会', level: 'grassroots', type: 'enterprise', divisionCode: '440304' });

      const people: { org: DemoOrg; username: string; displayName: string; roles: Role[] }[] = [
        { org: province, username: 'admin', displayName: '省总系统管理员', roles: ['admin'] },
        { org: city, username: 'city_admin', displayName: '市总系统管理员', roles: ['admin'] },
        { org: city, username: 'committee', displayName: '资金委员 陈立', roles: ['fund_committee'] },
        { org: city, username: 'auditor', displayName: '审计监督 周敏', roles: ['auditor'] },
        { org: nanshan, username: 'reviewer', displayName: '复核人 李华', roles: ['upper_reviewer'] },
        { org: nanshan, username: 'approver', displayName: '帮扶中心 王芳', roles: ['centre_approver'] },
        { org: nanshan, username: 'finance', displayName: '财务 刘洋', roles: ['finance'] },
        { org: city, username: 'city_finance', displayName: '市总财务 何静', roles: ['finance'] },
        { org: futian, username: 'futian_finance', displayName: '财务 孙敏', roles: ['finance'] },
        { org: factory, username: 'operator', displayName: '经办人 张伟', roles: ['grassroots_operator'] },
        { org: factory, username: 'chair', displayName: '工会主席 赵强', roles: ['grassroots_chair'] },
        // Who files and approves the demo households of the other unions.
        { org: futian, username: 'futian_approver', displayName: '帮扶中心 郑丽', roles: ['centre_approver'] },
        { org: yuehai, username: 'yuehai_operator', displayName: '经办人 陈静', roles: ['grassroots_operator'] },
        { org: building, username: 'building_operator', displayName: '经办人 黄志强', roles: ['grassroots_operator'] },
        { org: huafu, username: 'huafu_operator', displayName: '经办人 林晓燕', roles: ['grassroots_operator'] },
        { org: logistics, username: 'logistics_operator', displayName: '经办人 吴俊', roles: ['grassroots_operator'] },
      ];
      const actors = new Map<string, DemoActor>();
      for (const p of people) {
        const id = await addUser(tx, p.org, { username: p.username, displayName: p.displayName, roles: p.roles, passwordHash });
        actors.set(p.username, { id, name: p.displayName, username: p.username, roles: p.roles, org: p.org });
      }
      const actor = (username: string) => actors.get(username)!;
      // 帮扶资金专户 with receipts from several sources and this year's budgets
      await seedDemoFunds(tx, [
        { finance: actor('city_finance'), org: city, bankName: '中国工商银行深圳市分行营业部', accountNo: '4000 0230 0920 0088 168', scale: 2 },
        { finance: actor('finance'), org: nanshan, bankName: '中国工商银行深圳南山支行', accountNo: '4000 0210 0910 0123 456', scale: 1 },
        { finance: actor('futian_finance'), org: futian, bankName: '中国建设银行深圳福田支行', accountNo: '4420 1500 0400 5200 7788', scale: 0.8 },
      ], options.now ?? new Date());
      return [
        { org: yuehai, operator: actor('yuehai_operator'), approver: actor('approver'), weight: 25 },
        { org: factory, operator: actor('operator'), approver: actor('approver'), weight: 20 },
        { org: building, operator: actor('building_operator'), approver: actor('approver'), weight: 20 },
        { org: huafu, operator: actor('huafu_operator'), approver: actor('futian_approver'), weight: 20 },
        { org: logistics, operator: actor('logistics_operator'), approver: actor('futian_approver'), weight: 15 },
      ] satisfies DemoDesk[];
    });
    const files = await seedDemoFiles(database, crypto, desks, config.seedDemoFiles, options);
    return { seeded: true, files, millis: Math.round(performance.now() - started) };
  });
}
