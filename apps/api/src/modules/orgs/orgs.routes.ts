import { IdParams } from '@bangfu/shared/common';
import { Org, OrgCreate, OrgListQuery, OrgMove, OrgPage, OrgTree, OrgTreeQuery, OrgUpdate } from '@bangfu/shared/orgs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { OrgsService } from './orgs.service';

export const orgsRoutes: FastifyPluginAsyncTypebox<{ orgs: OrgsService }> = async (app, { orgs }) => {
  const tags = ['orgs'];

  app.get(
    '/',
    {
      config: { permission: 'org:read' },
      schema: { operationId: 'listOrgs', tags, summary: 'Organisations in my subtree, by name', querystring: OrgListQuery, response: { 200: OrgPage } },
    },
    async (request) => orgs.list(contextOf(request), request.query),
  );

  app.get(
    '/tree',
    {
      config: { permission: 'org:read' },
      schema: { operationId: 'getOrgTree', tags, summary: 'The union tree below a node (my own org by default), depth-first', querystring: OrgTreeQuery, response: { 200: OrgTree } },
    },
    async (request) => orgs.tree(contextOf(request), request.query),
  );

  app.get(
    '/:id',
    {
      config: { permission: 'org:read' },
      schema: { operationId: 'getOrg', tags, summary: 'One organisation', params: IdParams, response: { 200: Org } },
    },
    async (request) => orgs.get(contextOf(request), request.params.id),
  );

  app.post(
    '/',
    {
      config: { permission: 'org:manage' },
      schema: { operationId: 'createOrg', tags, summary: 'Create an organisation under a parent in my subtree', body: OrgCreate, response: { 201: Org } },
    },
    async (request, reply) => reply.status(201).send(await orgs.create(contextOf(request), request.body)),
  );

  app.patch(
    '/:id',
    {
      config: { permission: 'org:manage' },
      schema: { operationId: 'updateOrg', tags, summary: 'Update an organisation below mine', params: IdParams, body: OrgUpdate, response: { 200: Org } },
    },
    async (request) => orgs.update(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/move',
    {
      config: { permission: 'org:manage' },
      schema: { operationId: 'moveOrg', tags, summary: 'Move an organisation (with its subtree) under another parent', params: IdParams, body: OrgMove, response: { 200: Org } },
    },
    async (request) => orgs.move(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/deactivate',
    {
      config: { permission: 'org:manage' },
      schema: { operationId: 'deactivateOrg', tags, summary: 'Deactivate an organisation that has no active children or users', params: IdParams, response: { 200: Org } },
    },
    async (request) => orgs.setActive(contextOf(request), request.params.id, false),
  );

  app.post(
    '/:id/activate',
    {
      config: { permission: 'org:manage' },
      schema: { operationId: 'activateOrg', tags, summary: 'Reactivate an organisation', params: IdParams, response: { 200: Org } },
    },
    async (request) => orgs.setActive(contextOf(request), request.params.id, true),
  );
};
