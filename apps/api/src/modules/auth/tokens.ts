/** Signs and verifies access tokens (JWT); backed by @fastify/jwt in the app. */
export interface AccessTokens {
  sign(payload: { sub: string; typ: 'access' }, expiresInSeconds: number): string;
  verify(token: string): { sub: string; typ: string; iat: number };
}

export const API_KEY_PREFIX = 'bfk_';
/** bfk_<12 hex: lookup prefix>_<secret>; only the SHA-256 of the whole key is stored. */
export const API_KEY_PATTERN = /^bfk_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$/;
