import { ChangePasswordBody, LoginBody, Me, RefreshBody, TokenPair } from '@bangfu/shared/auth';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { contextOf, originOf } from '../../access/context';
import type { AuthService } from './auth.service';

export const authRoutes: FastifyPluginAsyncTypebox<{ auth: AuthService }> = async (app, { auth }) => {
  app.post(
    '/login',
    {
      config: { public: true },
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Log in with username and password',
        security: [],
        body: LoginBody,
        response: { 200: TokenPair },
      },
    },
    async (request) => auth.login(request.body, originOf(request)),
  );

  app.post(
    '/refresh',
    {
      config: { public: true },
      schema: {
        operationId: 'refreshToken',
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new token pair (the old one is revoked)',
        security: [],
        body: RefreshBody,
        response: { 200: TokenPair },
      },
    },
    async (request) => auth.refresh(request.body.refreshToken),
  );

  app.post(
    '/logout',
    {
      config: { public: true },
      schema: {
        operationId: 'logout',
        tags: ['auth'],
        summary: 'Revoke a refresh token',
        security: [],
        body: RefreshBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await auth.logout(request.body.refreshToken);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: { operationId: 'getMe', tags: ['auth'], summary: 'Who am I', response: { 200: Me } },
    },
    async (request) => auth.me(contextOf(request).principal),
  );

  app.post(
    '/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change my password; ends every other session and returns a new token pair',
        body: ChangePasswordBody,
        response: { 200: TokenPair },
      },
    },
    async (request) => auth.changePassword(contextOf(request), request.body),
  );
};
