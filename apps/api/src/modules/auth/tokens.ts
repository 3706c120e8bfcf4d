/** Signs and verifies access tokens (JWT); backed by @fastify/jwt in the app. */
export interface AccessTokens {
  sign(payload: { sub: string; typ: 'access' }, expiresInSeconds: number): string;
  verify(token: string): { sub: string; typ: string; iat: number };
}

export const API_KEY_PREFIX = 'bfk_';
