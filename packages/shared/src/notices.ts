import { Type, type Static } from 'typebox';
import { Id, Nullable, Timestamp } from './common';

/** 公示批次: a batch of filings or aid results shown to the public for a window. */
export const NoticeBatchState = Type.Enum(['draft', 'published', 'closed']);
export const NoticeItemState = Type.Enum(['pending', 'cleared', 'recheck']);

export const NoticeItem = Type.Object({
  id: Id,
  applicationId: Id,
  maskedName: Type.String(),
  unit: Type.String(),
  category: Nullable(Type.String()),
  aidType: Nullable(Type.String()),
  amountFen: Nullable(Type.Integer()),
  state: NoticeItemState,
  openObjections: Type.Integer(),
});
export type NoticeItem = Static<typeof NoticeItem>;

export const Objection = Type.Object({
  id: Id,
  itemId: Nullable(Id),
  content: Type.String(),
  contact: Nullable(Type.String()),
  anonymous: Type.Boolean(),
  createdAt: Timestamp,
  outcome: Nullable(Type.Enum(['sustained', 'dismissed'])),
  ruling: Nullable(Type.String()),
  ruledBy: Nullable(Type.String()),
  ruledAt: Nullable(Timestamp),
});
export type Objection = Static<typeof Objection>;

export const NoticeBatch = Type.Object({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  title: Type.String(),
  state: NoticeBatchState,
  windowDays: Type.Integer(),
  publicToken: Nullable(Type.String()),
  publishedAt: Nullable(Timestamp),
  closesAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
  objectionContact: Type.String(),
  items: Type.Array(NoticeItem),
  objections: Type.Array(Objection),
  createdAt: Timestamp,
});
export type NoticeBatch = Static<typeof NoticeBatch>;

export const NoticeBatchCreate = Type.Object(
  {
    orgId: Id,
    title: Type.String({ minLength: 2, maxLength: 100 }),
    objectionContact: Type.String({ minLength: 2, maxLength: 300, description: 'How to object: phone, address, mailbox' }),
    windowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  },
  { additionalProperties: false },
);
export type NoticeBatchCreate = Static<typeof NoticeBatchCreate>;
export const NoticeItemsAdd = Type.Object({ applicationIds: Type.Array(Id, { minItems: 1, maxItems: 500, uniqueItems: true }) }, { additionalProperties: false });
export const NoticeBatchList = Type.Object({ items: Type.Array(Type.Omit(NoticeBatch, ['items', 'objections'])) });

export const Ruling = Type.Object(
  { outcome: Type.Enum(['sustained', 'dismissed']), ruling: Type.String({ minLength: 2, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type Ruling = Static<typeof Ruling>;

/** What the public sees: nothing but the masked name, unit, category, aid type, amount and how to object. */
export const PublicNotice = Type.Object({
  title: Type.String(),
  orgName: Type.String(),
  publishedAt: Timestamp,
  closesAt: Timestamp,
  open: Type.Boolean(),
  objectionContact: Type.String(),
  items: Type.Array(
    Type.Object({
      id: Id,
      maskedName: Type.String(),
      unit: Type.String(),
      category: Nullable(Type.String()),
      aidType: Nullable(Type.String()),
      amountFen: Nullable(Type.Integer()),
      underRecheck: Type.Boolean({ description: 'An objection to it was sustained: it is being rechecked (复核中) and will be noticed again; it does not move on with this batch' }),
    }),
  ),
});
export type PublicNotice = Static<typeof PublicNotice>;
export const PublicObjection = Type.Object(
  {
    itemId: Type.Optional(Id),
    content: Type.String({ minLength: 5, maxLength: 2000 }),
    contact: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export const PublicObjectionReceipt = Type.Object({ id: Id, receivedAt: Timestamp, message: Type.String() });
export const TokenParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' }) }, { additionalProperties: false });
