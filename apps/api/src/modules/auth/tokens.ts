import type { JWT } from '@fastify/jwt';
import type { Clock } from '../../lib/clock';

/** Signs and verifies access tokens (JWT); backed by @fastify/jwt in the app. */
export interface AccessTokens {
  sign(payload: { sub: string; typ: 'access' }, expiresInSeconds: number): string;
  /** The claims of a token signed here and not expired on the app's clock; throws otherwise. */
  verify(token: string): { sub: string; typ: string; iat: number };
}

/**
 * Access tokens on the app's clock (tests and the demo move it): `iat` and `exp` are stamped from it,
 * and a token counts as expired once that clock reaches `exp`. `jwt` must be registered with
 * `ignoreExpiration` (and `ignoreNotBefore`): its one verifier checks signature and algorithm only, and the
 * time is checked here, so no verifier is built per request.
 */
export function accessTokens(jwt: JWT, clock: Clock): AccessTokens {
  // Tokens whose signature checked out, with their claims: a caller's next requests skip the HMAC and the
  // decoding (about 50 µs a request). Whether the token has expired, and whether its user may still act
  // (auth.service), is decided again on every request.
  const verified = new Map<string, Readonly<Claims>>();
  return {
    sign: (payload, expiresIn) => jwt.sign({ ...payload, iat: Math.floor(clock().getTime() / 1000) }, { expiresIn }),
    verify(token) {
      let claims = verified.get(token);
      if (!claims) {
        claims = Object.freeze(jwt.verify<Claims>(token));
        if (verified.size >= VERIFIED_TOKENS) verified.delete(verified.keys().next().value!); // the oldest
        verified.set(token, claims);
      }
      if (typeof claims.exp !== 'number' || clock().getTime() >= claims.exp * 1000) {
        verified.delete(token);
        throw new Error('The token has expired');
      }
      return claims;
    },
  };
}

type Claims = { sub: string; typ: string; iat: number; exp?: unknown };
/** How many verified tokens are remembered: about one per user active in the last while. */
const VERIFIED_TOKENS = 10_000;

export const API_KEY_PREFIX = 'bfk_';
/** bfk_<12 hex: lookup prefix>_<secret>; only the SHA-256 of the whole key is stored. */
export const API_KEY_PATTERN = /^bfk_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$/;
