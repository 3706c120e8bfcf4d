import type { FastifyRequest } from 'fastify';
import { UnauthorizedError } from '../errors';
import { type Principal, scopeOf } from './principal';
import type { OrgScope } from './scope';

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  principal: Principal;
  scope: OrgScope;
  ip: string;
  requestId: string;
}

/** Where the request came from, for the audit log; known even before anyone has logged in. */
export interface RequestOrigin {
  ip: string;
  requestId: string;
}

export function originOf(request: FastifyRequest): RequestOrigin {
  return { ip: request.ip, requestId: String(request.id) };
}

export function contextOf(request: FastifyRequest): RequestContext {
  const principal = request.principal;
  if (!principal) throw new UnauthorizedError();
  return { principal, scope: scopeOf(principal), ...originOf(request) };
}
