import { IdParams } from '@bangfu/shared/common';
import { PasswordReset, User, UserCreate, UserListQuery, UserPage, UserRoles, UserUpdate } from '@bangfu/shared/users';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { contextOf } from '../../access/context';
import type { UsersService } from './users.service';

export const usersRoutes: FastifyPluginAsyncTypebox<{ users: UsersService }> = async (app, { users }) => {
  const tags = ['users'];

  app.get(
    '/',
    {
      config: { permission: 'user:read' },
      schema: { operationId: 'listUsers', tags, summary: 'Users in my subtree, by username', querystring: UserListQuery, response: { 200: UserPage } },
    },
    async (request) => users.list(contextOf(request), request.query),
  );

  app.get(
    '/:id',
    {
      config: { permission: 'user:read' },
      schema: { operationId: 'getUser', tags, summary: 'One user', params: IdParams, response: { 200: User } },
    },
    async (request) => users.get(contextOf(request), request.params.id),
  );

  app.post(
    '/',
    {
      config: { permission: 'user:manage' },
      schema: { operationId: 'createUser', tags, summary: 'Create a user in an organisation of my subtree', body: UserCreate, response: { 201: User } },
    },
    async (request, reply) => reply.status(201).send(await users.create(contextOf(request), request.body)),
  );

  app.patch(
    '/:id',
    {
      config: { permission: 'user:manage' },
      schema: { operationId: 'updateUser', tags, summary: 'Rename, move or enable/disable a user', params: IdParams, body: UserUpdate, response: { 200: User } },
    },
    async (request) => users.update(contextOf(request), request.params.id, request.body),
  );

  app.put(
    '/:id/roles',
    {
      config: { permission: 'user:manage' },
      schema: { operationId: 'setUserRoles', tags, summary: 'Replace a user’s roles', params: IdParams, body: UserRoles, response: { 200: User } },
    },
    async (request) => users.setRoles(contextOf(request), request.params.id, request.body.roles),
  );

  app.post(
    '/:id/password',
    {
      config: { permission: 'user:manage' },
      schema: { operationId: 'resetUserPassword', tags, summary: 'Set a new password for a user; ends their sessions', params: IdParams, body: PasswordReset, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await users.resetPassword(contextOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
};
