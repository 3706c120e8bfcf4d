import type { Executor } from '../db/client';
import { classificationParams, minLivingStandards } from '../db/schema/index';

/** Example values (yuan × 100). Real deployments enter their own through the API. */
export async function seedStandards(exec: Executor): Promise<void> {
  await exec
    .insert(minLivingStandards)
    .values([
      { divisionCode: '440000', effectiveFrom: '2024-01-01', monthlyFen: 105_000, note: '示例: 广东省城镇低保最低标准' },
      { divisionCode: '440300', effectiveFrom: '2024-07-01', monthlyFen: 140_000, note: '示例: 深圳市' },
      { divisionCode: '440300', effectiveFrom: '2025-07-01', monthlyFen: 145_000, note: '示例: 深圳市 (调整)' },
      { divisionCode: '110000', effectiveFrom: '2025-07-01', monthlyFen: 145_000, note: '示例: 北京市' },
    ])
    .onConflictDoNothing();
  const base = { relativeMultipleBp: 20_000, accidentRatioBp: 8_000, workingAgeMin: 16, retirementAgeMale: 60, retirementAgeFemale: 55, migrantMinEmploymentMonths: 12, reviewMonths: 12 };
  await exec
    .insert(classificationParams)
    .values([
      { ...base, divisionCode: '440000', year: 2024, minimumWageMonthlyFen: 230_000 },
      { ...base, divisionCode: '440300', year: 2025, minimumWageMonthlyFen: 252_000 },
      { ...base, divisionCode: '110000', year: 2025, minimumWageMonthlyFen: 254_000 },
    ])
    .onConflictDoNothing();
}
