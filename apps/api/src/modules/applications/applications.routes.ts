import {
  Application,
  ApplicationCreate,
  ApplicationPage,
  ApplicationQuery,
  ApplicationUpdate,
  DecisionBody,
  HomeVisitInput,
  Inbox,
  InboxQuery,
  OpinionBody,
} from '@bangfu/shared/applications';
import { IdParams } from '@bangfu/shared/common';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { ApplicationsService } from './applications.service';
import type { DecisionsService } from './decisions.service';
import type { InboxService } from './inbox.service';

interface Services {
  applications: ApplicationsService;
  decisions: DecisionsService;
  inbox: InboxService;
}

/** /api/v1/applications (帮扶申请) and /api/v1/inbox (待办). */
export const applicationsRoutes: FastifyPluginAsyncTypebox<Services> = async (app, { applications, decisions, inbox }) => {
  const tags = ['applications'];
  const one = { 200: Application };

  app.get('/inbox', { config: { permission: 'application:read' }, schema: { operationId: 'getInbox', tags, summary: 'What waits for my action now, with counts; items a page at a time', querystring: InboxQuery, response: { 200: Inbox } } },
    async (request) => inbox.inbox(contextOf(request), request.query));
  app.get('/applications', { config: { permission: 'application:read' }, schema: { operationId: 'listApplications', tags, summary: 'Applications in my subtree, newest activity first', querystring: ApplicationQuery, response: { 200: ApplicationPage } } },
    async (request) => applications.list(contextOf(request), request.query));
  app.post('/applications', { config: { permission: 'application:write' }, schema: { operationId: 'createApplication', tags, summary: 'Draft an application (aid needs a formal file, except temporary aid)', body: ApplicationCreate, response: { 201: Application } } },
    async (request, reply) => reply.status(201).send(await applications.create(contextOf(request), request.body)));
  app.get('/applications/:id', { config: { permission: 'application:read' }, schema: { operationId: 'getApplication', tags, summary: 'One application with its timeline and home visits', params: IdParams, response: one } },
    async (request) => applications.get(contextOf(request), request.params.id));
  app.patch('/applications/:id', { config: { permission: 'application:write' }, schema: { operationId: 'updateApplication', tags, summary: 'Change a draft or returned application', params: IdParams, body: ApplicationUpdate, response: one } },
    async (request) => applications.update(contextOf(request), request.params.id, request.body));
  app.post('/applications/:id/submit', { config: { permission: 'application:write' }, schema: { operationId: 'submitApplication', tags, summary: 'Submit (or resubmit after correction) into the org’s workflow', params: IdParams, response: one } },
    async (request) => applications.submit(contextOf(request), request.params.id));
  app.post('/applications/:id/withdraw', { config: { permission: 'application:write' }, schema: { operationId: 'withdrawApplication', tags, summary: 'Withdraw an application still with the grassroots (before the upper review)', params: IdParams, body: OpinionBody, response: one } },
    async (request) => applications.withdraw(contextOf(request), request.params.id, request.body.opinion));
  app.post('/applications/:id/home-visits', { config: { permission: 'application:write' }, schema: { operationId: 'recordHomeVisit', tags, summary: 'Record the home visit (入户核实) and whether the consent was signed', params: IdParams, body: HomeVisitInput, response: one } },
    async (request) => applications.recordVisit(contextOf(request), request.params.id, request.body));
  app.post('/applications/:id/decisions', { config: { permission: 'application:decide' }, schema: { operationId: 'decideApplication', tags, summary: 'Pass, return or reject the current step, in order and by its role', params: IdParams, body: DecisionBody, response: one } },
    async (request) => {
      const ctx = contextOf(request);
      return decisions.decide(ctx, request.params.id, request.body, (id) => applications.get(ctx, id));
    });
};
