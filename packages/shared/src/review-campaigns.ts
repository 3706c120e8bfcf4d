import { Type, type Static } from 'typebox';
import { Id, Nullable } from './common';

const DateOnly = Type.String({ format: 'date' });

/** 集中复核: the yearly review of every open file in a subtree. */
export const ReviewCampaign = Type.Object({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  year: Type.Integer(),
  name: Type.String(),
  openedOn: DateOnly,
  closedOn: Nullable(DateOnly),
  openedBy: Type.String(),
  progress: Type.Object({ openFiles: Type.Integer(), reviewed: Type.Integer() }),
});
export type ReviewCampaign = Static<typeof ReviewCampaign>;
export const ReviewCampaignCreate = Type.Object(
  { orgId: Id, year: Type.Integer({ minimum: 2000, maximum: 2100 }), name: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type ReviewCampaignCreate = Static<typeof ReviewCampaignCreate>;
export const ReviewCampaignList = Type.Object({ items: Type.Array(ReviewCampaign) });
