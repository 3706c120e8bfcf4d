import { Type, type Static } from 'typebox';
import { Id, Nullable, Page, PageQuery, Timestamp, StringEnum } from './common';

export const ActorType = StringEnum(['user', 'service_account', 'anonymous', 'system']);
export type ActorType = Static<typeof ActorType>;

/** One append-only audit entry (审计日志). */
export const AuditEntry = Type.Object({
  id: Type.String({ description: 'Sequence number' }),
  at: Timestamp,
  actorType: ActorType,
  actorId: Nullable(Id),
  actorName: Type.String(),
  orgId: Nullable(Id),
  action: Type.String({ description: 'e.g. org.create, user.update, auth.login' }),
  recordType: Type.String(),
  recordId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  before: Nullable(Type.Record(Type.String(), Type.Unknown())),
  after: Nullable(Type.Record(Type.String(), Type.Unknown())),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Id),
    recordType: Type.Optional(Type.String({ maxLength: 50 })),
    recordId: Type.Optional(Type.String({ maxLength: 100 })),
    action: Type.Optional(Type.String({ maxLength: 50 })),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;
export const AuditPage = Page(AuditEntry);
