import { Type, type Static } from 'typebox';
import { Id, Nullable, Page, PageQuery, Timestamp } from './common';
import { Permission } from './roles';

/** A third-party system's credentials (服务账号). The key itself is shown once, at creation. */
export const ServiceAccount = Type.Object({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  name: Type.String(),
  keyPrefix: Type.String({ description: 'The first characters of the key, to recognise it' }),
  permissions: Type.Array(Permission),
  expiresAt: Nullable(Timestamp),
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
  createdAt: Timestamp,
});
export type ServiceAccount = Static<typeof ServiceAccount>;

export const ServiceAccountCreate = Type.Object(
  {
    orgId: Id,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    permissions: Type.Array(Permission, { minItems: 1, uniqueItems: true }),
    expiresAt: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
);
export type ServiceAccountCreate = Static<typeof ServiceAccountCreate>;

export const ServiceAccountCreated = Type.Object({
  serviceAccount: ServiceAccount,
  apiKey: Type.String({ description: 'Shown once: use as `Authorization: Bearer <key>`' }),
});
export type ServiceAccountCreated = Static<typeof ServiceAccountCreated>;

export const ServiceAccountListQuery = Type.Object(
  { orgId: Type.Optional(Id), includeRevoked: Type.Optional(Type.Boolean({ default: false })), ...PageQuery },
  { additionalProperties: false },
);
export type ServiceAccountListQuery = Static<typeof ServiceAccountListQuery>;
export const ServiceAccountPage = Page(ServiceAccount);
