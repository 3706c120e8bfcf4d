import type { ChangePasswordBody, LoginBody, Me, TokenPair } from '@bangfu/shared/auth';
import { permissionsOf } from '@bangfu/shared/roles';
import type { RequestContext, RequestOrigin } from '../../access/context';
import type { Principal } from '../../access/principal';
import type { Config } from '../../config';
import type { Database, Executor } from '../../db/client';
import { AppError, ForbiddenError, TooManyRequestsError, UnauthorizedError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { randomToken, sameHash, sha256 } from '../../lib/secrets';
import { audit, auditAnonymous } from '../audit/audit';
import * as repo from './auth.repo';
import { createPrincipalCache, type PrincipalCache } from './principal-cache';
import type { PasswordHasher } from './passwords';
import { API_KEY_PATTERN, API_KEY_PREFIX, type AccessTokens } from './tokens';

type AuthConfig = Pick<
  Config,
  'accessTokenTtlSeconds' | 'refreshTokenTtlSeconds' | 'loginMaxFailures' | 'loginIpMaxFailures' | 'loginLockSeconds'
>;

export interface AuthDeps {
  db: Database;
  config: AuthConfig;
  clock: Clock;
  passwords: PasswordHasher;
  tokens: AccessTokens;
  /** Recent user rows behind access tokens; none when not given. */
  principals?: PrincipalCache<AuthUser>;
}

/** The user row authentication needs, without the password hash (the cache never holds hashes). */
export type AuthUser = Omit<NonNullable<Awaited<ReturnType<typeof repo.findUserForAuth>>>, 'passwordHash'>;

const invalidCredentials = () => new UnauthorizedError('Wrong username or password', 'INVALID_CREDENTIALS');

export function createAuthService({ db, config, clock, passwords, tokens, principals = createPrincipalCache<AuthUser>(clock, 0) }: AuthDeps) {
  // A real hash to verify against when the user does not exist, so timing does not reveal usernames.
  const dummyHash = passwords.hash(randomToken());

  async function issueTokens(userId: string, exec: Executor = db): Promise<TokenPair> {
    const now = clock();
    const refreshToken = randomToken();
    const refreshExpires = new Date(now.getTime() + config.refreshTokenTtlSeconds * 1000);
    await repo.insertRefreshToken(exec, userId, sha256(refreshToken), refreshExpires);
    return {
      accessToken: tokens.sign({ sub: userId, typ: 'access' }, config.accessTokenTtlSeconds),
      accessTokenExpiresAt: new Date(now.getTime() + config.accessTokenTtlSeconds * 1000).toISOString(),
      refreshToken,
      refreshTokenExpiresAt: refreshExpires.toISOString(),
      tokenType: 'Bearer',
    };
  }

  function toPrincipal(row: AuthUser): Principal {
    return {
      kind: 'user',
      id: row.id,
      name: row.name,
      username: row.username,
      org: { id: row.orgId, name: row.orgName, level: row.orgLevel, path: row.orgPath },
      roles: row.roles,
      permissions: new Set(permissionsOf(row.roles)),
    };
  }

  return {
    async login(body: LoginBody, origin: RequestOrigin): Promise<TokenPair> {
      const username = body.username.trim().toLowerCase();
      const keys = [`user:${username}`, `ip:${origin.ip}`];
      const now = clock();
      const locked = await repo.lockedUntil(db, keys, now);
      if (locked) {
        throw new TooManyRequestsError(
          'Too many failed logins; wait before trying again',
          (locked.getTime() - now.getTime()) / 1000,
        );
      }
      const user = await repo.findUserForAuth(db, { username });
      const ok = await passwords.verify(user?.passwordHash ?? (await dummyHash), body.password);
      if (!user || !ok) {
        await db.transaction(async (tx) => {
          await repo.recordFailure(tx, keys[0]!, now, config.loginMaxFailures, config.loginLockSeconds);
          await repo.recordFailure(tx, keys[1]!, now, config.loginIpMaxFailures, config.loginLockSeconds);
          await auditAnonymous(tx, origin, username, {
            action: 'auth.login_failed',
            recordType: 'user',
            recordId: user?.id ?? null,
            orgId: user?.orgId ?? null,
          });
        });
        throw invalidCredentials();
      }
      if (!user.active) throw new AppError(403, 'ACCOUNT_DISABLED', 'Forbidden', 'This account is disabled');
      return db.transaction(async (tx) => {
        await repo.clearFailures(tx, keys[0]!);
        await repo.markLogin(tx, user.id, now);
        await audit(tx, { principal: toPrincipal(user), ...origin }, {
          action: 'auth.login',
          recordType: 'user',
          recordId: user.id,
          orgId: user.orgId,
        });
        return issueTokens(user.id, tx);
      });
    },

    async refresh(refreshToken: string): Promise<TokenPair> {
      const now = clock();
      const stored = await repo.findRefreshToken(db, sha256(refreshToken));
      if (!stored || stored.expiresAt <= now) throw new UnauthorizedError('Refresh token is not valid', 'INVALID_REFRESH_TOKEN');
      if (stored.revokedAt) {
        // A revoked token presented again: treat it as stolen and end every session of that user.
        await repo.revokeAllRefreshTokens(db, stored.userId, now);
        throw new UnauthorizedError('Refresh token is not valid', 'INVALID_REFRESH_TOKEN');
      }
      const user = await repo.findUserForAuth(db, { id: stored.userId });
      if (!user?.active) throw new UnauthorizedError('Refresh token is not valid', 'INVALID_REFRESH_TOKEN');
      return db.transaction(async (tx) => {
        if (!(await repo.revokeRefreshToken(tx, stored.id, now))) {
          throw new UnauthorizedError('Refresh token is not valid', 'INVALID_REFRESH_TOKEN');
        }
        return issueTokens(user.id, tx);
      });
    },

    async logout(refreshToken: string): Promise<void> {
      const stored = await repo.findRefreshToken(db, sha256(refreshToken));
      if (stored) await repo.revokeRefreshToken(db, stored.id, clock());
    },

    async changePassword(ctx: RequestContext, body: ChangePasswordBody): Promise<TokenPair> {
      if (ctx.principal.kind !== 'user') throw new ForbiddenError('Service accounts have no password');
      const user = await repo.findUserForAuth(db, { id: ctx.principal.id });
      if (!user?.passwordHash || !(await passwords.verify(user.passwordHash, body.currentPassword))) {
        throw ValidationError.field('/body/currentPassword', 'current password is wrong');
      }
      if (body.newPassword === body.currentPassword) {
        throw ValidationError.field('/body/newPassword', 'new password must differ from the current one');
      }
      const newHash = await passwords.hash(body.newPassword);
      const now = clock();
      const pair = await db.transaction(async (tx) => {
        await repo.setPassword(tx, user.id, newHash, now);
        await repo.revokeAllRefreshTokens(tx, user.id, now);
        await audit(tx, ctx, { action: 'auth.password_change', recordType: 'user', recordId: user.id, orgId: user.orgId });
        return issueTokens(user.id, tx);
      });
      principals.forget(user.id);
      return pair;
    },

    /** Resolves a bearer credential (access JWT or API key) to the principal behind it. */
    async authenticate(credential: string): Promise<Principal> {
      if (credential.startsWith(API_KEY_PREFIX)) return authenticateApiKey(credential);
      let claims: { sub: string; typ: string; iat: number };
      try {
        claims = tokens.verify(credential);
      } catch {
        throw new UnauthorizedError('Access token is invalid or expired', 'INVALID_TOKEN');
      }
      if (claims.typ !== 'access') throw new UnauthorizedError('Access token is invalid or expired', 'INVALID_TOKEN');
      let user = principals.get(claims.sub);
      if (!user) {
        const found = await repo.findUserForAuth(db, { id: claims.sub });
        if (found) {
          const { passwordHash: _hash, ...row } = found;
          user = row;
          if (row.active) principals.put(claims.sub, row);
        }
      }
      if (!user || !user.active) throw new UnauthorizedError('Account is not active', 'INVALID_TOKEN');
      if (user.passwordChangedAt && claims.iat < Math.floor(user.passwordChangedAt.getTime() / 1000)) {
        throw new UnauthorizedError('Password changed since this token was issued', 'INVALID_TOKEN');
      }
      return toPrincipal(user);
    },

    me(principal: Principal): Me {
      return {
        kind: principal.kind,
        id: principal.id,
        name: principal.name,
        username: principal.username,
        org: { id: principal.org.id, name: principal.org.name, level: principal.org.level },
        roles: principal.roles,
        permissions: [...principal.permissions].sort(),
      };
    },
  };

  async function authenticateApiKey(key: string): Promise<Principal> {
    const prefix = API_KEY_PATTERN.exec(key)?.[1];
    const invalid = new UnauthorizedError('API key is invalid, revoked or expired', 'INVALID_API_KEY');
    if (!prefix) throw invalid;
    const account = await repo.findServiceAccountByPrefix(db, prefix);
    const now = clock();
    if (!account || !sameHash(account.keyHash, sha256(key)) || account.revokedAt || (account.expiresAt && account.expiresAt <= now)) {
      throw invalid;
    }
    if (!account.lastUsedAt || now.getTime() - account.lastUsedAt.getTime() > 60_000) {
      await repo.touchServiceAccount(db, account.id, now);
    }
    return {
      kind: 'service_account',
      id: account.id,
      name: account.name,
      username: null,
      org: { id: account.orgId, name: account.orgName, level: account.orgLevel, path: account.orgPath },
      roles: [],
      permissions: new Set(account.permissions),
    };
  }
}

export type AuthService = ReturnType<typeof createAuthService>;
