import { Type, type Static } from 'typebox';
import { Id, Nullable, PageQuery, Timestamp, StringEnum } from './common';

/** 公示批次: a batch of filings or aid results shown to the public for a window. */
export const NoticeBatchState = StringEnum(['draft', 'published', 'closed']);
export const NoticeItemState = StringEnum(['pending', 'cleared', 'recheck']);

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
  itemName: Nullable(Type.String({ description: 'The masked name of the item objected to; null for an objection to the whole batch' })),
  content: Type.String(),
  contact: Nullable(Type.String()),
  anonymous: Type.Boolean(),
  createdAt: Timestamp,
  outcome: Nullable(StringEnum(['sustained', 'dismissed'])),
  ruling: Nullable(Type.String()),
  ruledBy: Nullable(Type.String()),
  ruledAt: Nullable(Timestamp),
});
export type Objection = Static<typeof Objection>;

/** How many items a batch holds, by state. */
export const NoticeItemCounts = Type.Object({
  total: Type.Integer(),
  pending: Type.Integer(),
  cleared: Type.Integer(),
  recheck: Type.Integer(),
});
export type NoticeItemCounts = Static<typeof NoticeItemCounts>;

const noticeBatchFields = {
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
  createdAt: Timestamp,
};

/** A batch in a list: no counts. */
export const NoticeBatchSummary = Type.Object(noticeBatchFields);
export type NoticeBatchSummary = Static<typeof NoticeBatchSummary>;

/**
 * One batch (and the answer of every change to it): its counts, never its items or objections — a
 * batch may hold 100,000 items. Page through them with GET /notice-batches/:id/items and /objections.
 */
export const NoticeBatch = Type.Object({
  ...noticeBatchFields,
  itemCounts: NoticeItemCounts,
  objectionCounts: Type.Object({ total: Type.Integer(), open: Type.Integer({ description: 'Without a written ruling yet' }) }),
});
export type NoticeBatch = Static<typeof NoticeBatch>;

/** Search as the public may (DOMAIN.md §5): only by what the notice itself shows. */
const itemSearch = {
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 50,
      description: 'Masked name as shown (张*明, or part of it: 张) or unit; a full name matches its masked form (张小明 → 张*明). Never an ID number: the notice holds none',
    }),
  ),
  orgId: Type.Optional(Type.String({ format: 'uuid', description: 'Only the items of this organisation (one of the batch orgs)' })),
};

/** The items of a batch in notice order, a page at a time (keyset: the cursor is stable while filters change nothing). */
export const NoticeItemQuery = Type.Object({ ...itemSearch, state: Type.Optional(NoticeItemState), ...PageQuery }, { additionalProperties: false });
export type NoticeItemQuery = Static<typeof NoticeItemQuery>;
export const NoticeItemPage = Type.Object({ items: Type.Array(NoticeItem), nextCursor: Nullable(Type.String({ description: 'Pass back as cursor for the next page; null on the last' })) });
export type NoticeItemPage = Static<typeof NoticeItemPage>;

/** The organisations (units) of a batch's items, with how many each has: for the org filter and the print view. */
export const NoticeBatchOrg = Type.Object({ orgId: Id, name: Type.String(), items: Type.Integer() });
export type NoticeBatchOrg = Static<typeof NoticeBatchOrg>;
export const NoticeBatchOrgs = Type.Object({ items: Type.Array(NoticeBatchOrg) });
export type NoticeBatchOrgs = Static<typeof NoticeBatchOrgs>;

export const ObjectionQuery = Type.Object(
  { open: Type.Optional(Type.Boolean({ description: 'true: only those without a ruling; false: only ruled ones' })), ...PageQuery },
  { additionalProperties: false },
);
export type ObjectionQuery = Static<typeof ObjectionQuery>;
export const ObjectionPage = Type.Object({ items: Type.Array(Objection), nextCursor: Nullable(Type.String()) });
export type ObjectionPage = Static<typeof ObjectionPage>;

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
export const NoticeBatchList = Type.Object({ items: Type.Array(NoticeBatchSummary) });

export const Ruling = Type.Object(
  { outcome: StringEnum(['sustained', 'dismissed']), ruling: Type.String({ minLength: 2, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type Ruling = Static<typeof Ruling>;

/** One line of the public notice: nothing but the masked name, unit, category, aid type and amount. */
export const PublicNoticeItem = Type.Object({
  id: Id,
  maskedName: Type.String(),
  unit: Type.String(),
  category: Nullable(Type.String()),
  aidType: Nullable(Type.String()),
  amountFen: Nullable(Type.Integer()),
  underRecheck: Type.Boolean({ description: 'An objection to it was sustained: it is being rechecked (复核中) and will be noticed again; it does not move on with this batch' }),
});
export type PublicNoticeItem = Static<typeof PublicNoticeItem>;

/** What the public sees of a notice: its header and how many it lists; the lines come a page at a time from /items. */
export const PublicNotice = Type.Object({
  title: Type.String(),
  orgName: Type.String(),
  publishedAt: Timestamp,
  closesAt: Timestamp,
  open: Type.Boolean(),
  objectionContact: Type.String(),
  itemCount: Type.Integer({ description: 'How many people (households) the notice lists' }),
});
export type PublicNotice = Static<typeof PublicNotice>;
export const PublicNoticeItemQuery = Type.Object({ ...itemSearch, ...PageQuery }, { additionalProperties: false });
export type PublicNoticeItemQuery = Static<typeof PublicNoticeItemQuery>;
export const PublicNoticeItemPage = Type.Object({ items: Type.Array(PublicNoticeItem), nextCursor: Nullable(Type.String({ description: 'Pass back as cursor for the next page; null on the last' })) });
export type PublicNoticeItemPage = Static<typeof PublicNoticeItemPage>;
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
