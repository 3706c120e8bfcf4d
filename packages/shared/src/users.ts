import { Type, type Static } from 'typebox';
import { Id, Nullable, Page, PageQuery, Timestamp } from './common';
import { NewPassword, Username } from './auth';
import { Role } from './roles';

export const User = Type.Object({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Role),
  active: Type.Boolean(),
  lastLoginAt: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type User = Static<typeof User>;

const DisplayName = Type.String({ minLength: 1, maxLength: 50 });
const Roles = Type.Array(Role, { minItems: 1, maxItems: 8, uniqueItems: true });

export const UserCreate = Type.Object(
  { orgId: Id, username: Username, displayName: DisplayName, password: NewPassword, roles: Roles },
  { additionalProperties: false },
);
export type UserCreate = Static<typeof UserCreate>;

export const UserUpdate = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    orgId: Type.Optional(Id),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UserUpdate = Static<typeof UserUpdate>;

export const UserRoles = Type.Object({ roles: Roles }, { additionalProperties: false });
export type UserRoles = Static<typeof UserRoles>;

export const PasswordReset = Type.Object({ newPassword: NewPassword }, { additionalProperties: false });
export type PasswordReset = Static<typeof PasswordReset>;

export const UserListQuery = Type.Object(
  {
    orgId: Type.Optional(Id),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    role: Type.Optional(Role),
    active: Type.Optional(Type.Boolean()),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type UserListQuery = Static<typeof UserListQuery>;
export const UserPage = Page(User);
