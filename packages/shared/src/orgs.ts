import { Type, type Static } from 'typebox';
import { Id, Nullable, Page, PageQuery, Timestamp, StringEnum } from './common';

/** 工会组织 levels, top to bottom. */
export const ORG_LEVELS = ['national', 'province', 'city', 'county', 'grassroots'] as const;
export const OrgLevel = StringEnum([...ORG_LEVELS]);
export type OrgLevel = Static<typeof OrgLevel>;

/** 地方工会 / 产业工会 / 街道(乡镇)工会 / 企业工会 */
export const ORG_TYPES = ['local', 'industry', 'street', 'enterprise'] as const;
export const OrgType = StringEnum([...ORG_TYPES]);
export type OrgType = Static<typeof OrgType>;

/** GB/T 2260 administrative-division code: six digits. */
export const DivisionCode = Type.String({ pattern: '^[1-9][0-9]{5}$', description: 'GB/T 2260 division code' });

export const Org = Type.Object({
  id: Id,
  parentId: Nullable(Id),
  name: Type.String(),
  level: OrgLevel,
  type: OrgType,
  divisionCode: DivisionCode,
  hasAssistanceCentre: Type.Boolean({ description: '设有困难职工帮扶中心' }),
  active: Type.Boolean(),
  depth: Type.Integer({ minimum: 0 }),
  childCount: Type.Integer({ minimum: 0 }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Org = Static<typeof Org>;

const OrgName = Type.String({ minLength: 1, maxLength: 100 });

export const OrgCreate = Type.Object(
  {
    parentId: Id,
    name: OrgName,
    level: OrgLevel,
    type: OrgType,
    divisionCode: DivisionCode,
    hasAssistanceCentre: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type OrgCreate = Static<typeof OrgCreate>;

export const OrgUpdate = Type.Object(
  {
    name: Type.Optional(OrgName),
    type: Type.Optional(OrgType),
    divisionCode: Type.Optional(DivisionCode),
    hasAssistanceCentre: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OrgUpdate = Static<typeof OrgUpdate>;

export const OrgMove = Type.Object({ parentId: Id }, { additionalProperties: false });
export type OrgMove = Static<typeof OrgMove>;

export const OrgListQuery = Type.Object(
  {
    parentId: Type.Optional(Id),
    level: Type.Optional(OrgLevel),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    includeInactive: Type.Optional(Type.Boolean({ default: false })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type OrgListQuery = Static<typeof OrgListQuery>;
export const OrgPage = Page(Org);

/** The tree is sent flat, ordered depth-first (by materialized path); the client nests it by parentId. */
export const OrgTree = Type.Object({
  rootId: Id,
  truncated: Type.Boolean({ description: 'true when more nodes exist below the depth or size limit' }),
  nodes: Type.Array(Org),
});
export type OrgTree = Static<typeof OrgTree>;

export const OrgTreeQuery = Type.Object(
  {
    rootId: Type.Optional(Id),
    depth: Type.Optional(Type.Integer({ minimum: 0, maximum: 6, default: 6 })),
    includeInactive: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type OrgTreeQuery = Static<typeof OrgTreeQuery>;
