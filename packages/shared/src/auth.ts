import { Type, type Static } from 'typebox';
import { Id, Timestamp, StringEnum } from './common';
import { OrgLevel } from './orgs';
import { Permission, Role } from './roles';

export const Username = Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' });
/** At least 8 characters with a letter and a digit. */
export const NewPassword = Type.String({ minLength: 8, maxLength: 128, pattern: '^(?=.*[A-Za-z])(?=.*[0-9]).*$' });

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const TokenPair = Type.Object({
  accessToken: Type.String(),
  accessTokenExpiresAt: Timestamp,
  refreshToken: Type.String(),
  refreshTokenExpiresAt: Timestamp,
  tokenType: Type.Literal('Bearer'),
});
export type TokenPair = Static<typeof TokenPair>;

export const RefreshBody = Type.Object(
  { refreshToken: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export type RefreshBody = Static<typeof RefreshBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 128 }), newPassword: NewPassword },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** Who is calling: a user or a service account. */
export const Me = Type.Object({
  kind: StringEnum(['user', 'service_account']),
  id: Id,
  name: Type.String(),
  username: Type.Union([Type.String(), Type.Null()]),
  org: Type.Object({ id: Id, name: Type.String(), level: OrgLevel }),
  roles: Type.Array(Role),
  permissions: Type.Array(Permission),
});
export type Me = Static<typeof Me>;
