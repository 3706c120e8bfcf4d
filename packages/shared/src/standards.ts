import { Type, type Static } from 'typebox';
import { Id, Timestamp } from './common';
import { DivisionCode } from './orgs';

const DateOnly = Type.String({ format: 'date' });

/** 低保标准: urban monthly minimum-living standard of a division from a date on. */
export const MinLivingStandard = Type.Object({
  id: Id,
  divisionCode: Type.String(),
  effectiveFrom: DateOnly,
  monthlyFen: Type.Integer(),
  note: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
});
export type MinLivingStandard = Static<typeof MinLivingStandard>;

export const MinLivingStandardCreate = Type.Object(
  {
    divisionCode: DivisionCode,
    effectiveFrom: DateOnly,
    monthlyFen: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type MinLivingStandardCreate = Static<typeof MinLivingStandardCreate>;

export const StandardsQuery = Type.Object(
  { divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,6}$' })) },
  { additionalProperties: false },
);
export const MinLivingStandardList = Type.Object({ items: Type.Array(MinLivingStandard) });

/** Classification parameters of a division for a year (DOMAIN.md §3). */
export const ClassificationParamsInput = Type.Object(
  {
    divisionCode: DivisionCode,
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    relativeMultipleBp: Type.Integer({ minimum: 10_000, maximum: 50_000, description: '20000 = 2 × L' }),
    accidentRatioBp: Type.Integer({ minimum: 1, maximum: 100_000, description: '8000 = 80% of annual income' }),
    minimumWageMonthlyFen: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
    workingAgeMin: Type.Integer({ minimum: 14, maximum: 25 }),
    retirementAgeMale: Type.Integer({ minimum: 45, maximum: 75 }),
    retirementAgeFemale: Type.Integer({ minimum: 45, maximum: 75 }),
    migrantMinEmploymentMonths: Type.Integer({ minimum: 0, maximum: 120 }),
    reviewMonths: Type.Integer({ minimum: 1, maximum: 60 }),
  },
  { additionalProperties: false },
);
export type ClassificationParamsInput = Static<typeof ClassificationParamsInput>;
export const ClassificationParamsRecord = Type.Object({ id: Id, ...ClassificationParamsInput.properties, createdAt: Timestamp });
export type ClassificationParamsRecord = Static<typeof ClassificationParamsRecord>;
export const ClassificationParamsList = Type.Object({ items: Type.Array(ClassificationParamsRecord) });
