import { IdParams } from '@bangfu/shared/common';
import { ServiceAccount, ServiceAccountCreate, ServiceAccountCreated, ServiceAccountListQuery, ServiceAccountPage } from '@bangfu/shared/service-accounts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { ServiceAccountsService } from './service-accounts.service';

export const serviceAccountsRoutes: FastifyPluginAsyncTypebox<{ serviceAccounts: ServiceAccountsService }> = async (app, { serviceAccounts }) => {
  const tags = ['service-accounts'];

  app.get(
    '/',
    {
      config: { permission: 'service-account:manage' },
      schema: { operationId: 'listServiceAccounts', tags, summary: 'Service accounts in my subtree, newest first', querystring: ServiceAccountListQuery, response: { 200: ServiceAccountPage } },
    },
    async (request) => serviceAccounts.list(contextOf(request), request.query),
  );

  app.post(
    '/',
    {
      config: { permission: 'service-account:manage' },
      schema: { operationId: 'createServiceAccount', tags, summary: 'Create a service account; the API key is returned once', body: ServiceAccountCreate, response: { 201: ServiceAccountCreated } },
    },
    async (request, reply) => reply.status(201).send(await serviceAccounts.create(contextOf(request), request.body)),
  );

  app.post(
    '/:id/revoke',
    {
      config: { permission: 'service-account:manage' },
      schema: { operationId: 'revokeServiceAccount', tags, summary: 'Revoke a service account’s key', params: IdParams, response: { 200: ServiceAccount } },
    },
    async (request) => serviceAccounts.revoke(contextOf(request), request.params.id),
  );
};
