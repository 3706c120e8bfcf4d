import type { Permission } from '@bangfu/shared/roles';
import type { FastifyInstance } from 'fastify';
import type { Principal } from '../access/principal';
import { ForbiddenError, UnauthorizedError } from '../errors';
import type { AuthService } from '../modules/auth/auth.service';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No credential needed (login, refresh, public notice pages). */
    public?: boolean;
    /** The permission a caller must hold; checked before the body is read. */
    permission?: Permission;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/**
 * The one gate for /api/v1: every route needs a bearer credential (access token or API key)
 * unless it says `public`, and the permission it names. Scope checks follow in the data layer.
 */
export function installAuthGate(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/') || request.is404) return;
    const config = request.routeOptions.config;
    if (config.public) return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) throw new UnauthorizedError('Send Authorization: Bearer <access token or API key>');
    request.principal = await auth.authenticate(match[1]);
    if (config.permission && !request.principal.permissions.has(config.permission)) {
      throw new ForbiddenError(`Permission ${config.permission} required`);
    }
  });
}
