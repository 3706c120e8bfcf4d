import { IdParams } from '@bangfu/shared/common';
import { FilePartParams } from '@bangfu/shared/hardship-files';
import {
  NoticeBatch,
  NoticeBatchCreate,
  NoticeBatchList,
  NoticeBatchOrgs,
  NoticeItemPage,
  NoticeItemQuery,
  NoticeItemsAdd,
  ObjectionPage,
  ObjectionQuery,
  PublicNotice,
  PublicNoticeItemPage,
  PublicNoticeItemQuery,
  PublicObjection,
  PublicObjectionReceipt,
  Ruling,
  TokenParams,
} from '@bangfu/shared/notices';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf, originOf } from '../../access/context';
import type { NoticesService } from './notices.service';
import type { PublicNoticesService } from './public-notices.service';

export const noticesRoutes: FastifyPluginAsyncTypebox<{ notices: NoticesService }> = async (app, { notices }) => {
  const tags = ['notices'];
  const one = { 200: NoticeBatch };
  app.get('/', { config: { permission: 'application:read' }, schema: { operationId: 'listNoticeBatches', tags, summary: 'Notice batches in my subtree', response: { 200: NoticeBatchList } } },
    async (request) => notices.list(contextOf(request)));
  app.post('/', { config: { permission: 'notice:manage' }, schema: { operationId: 'createNoticeBatch', tags, summary: 'Start a notice batch (公示)', body: NoticeBatchCreate, response: { 201: NoticeBatch } } },
    async (request, reply) => reply.status(201).send(await notices.create(contextOf(request), request.body)));
  app.get('/:id', { config: { permission: 'application:read' }, schema: { operationId: 'getNoticeBatch', tags, summary: 'A batch with its item and objection counts (the items and objections are paged)', params: IdParams, response: one } },
    async (request) => notices.get(contextOf(request), request.params.id));
  app.get('/:id/items', { config: { permission: 'application:read' }, schema: { operationId: 'listNoticeItems', tags, summary: 'The items of a batch in notice order, a page at a time; by org, search (masked name, unit) or state', params: IdParams, querystring: NoticeItemQuery, response: { 200: NoticeItemPage } } },
    async (request) => notices.items(contextOf(request), request.params.id, request.query));
  app.get('/:id/orgs', { config: { permission: 'application:read' }, schema: { operationId: 'listNoticeBatchOrgs', tags, summary: 'The organisations of the items of a batch, with their counts', params: IdParams, response: { 200: NoticeBatchOrgs } } },
    async (request) => notices.orgs(contextOf(request), request.params.id));
  app.get('/:id/objections', { config: { permission: 'application:read' }, schema: { operationId: 'listObjections', tags, summary: 'The objections to a batch, oldest first, a page at a time', params: IdParams, querystring: ObjectionQuery, response: { 200: ObjectionPage } } },
    async (request) => notices.objections(contextOf(request), request.params.id, request.query));
  app.post('/:id/items', { config: { permission: 'notice:manage' }, schema: { operationId: 'addNoticeItems', tags, summary: 'Add applications waiting at the notice step', params: IdParams, body: NoticeItemsAdd, response: one } },
    async (request) => notices.addItems(contextOf(request), request.params.id, request.body.applicationIds));
  app.post('/:id/publish', { config: { permission: 'notice:manage' }, schema: { operationId: 'publishNoticeBatch', tags, summary: 'Publish: the window starts and the public page goes live', params: IdParams, response: one } },
    async (request) => notices.publish(contextOf(request), request.params.id));
  app.post('/:id/close', { config: { permission: 'notice:manage' }, schema: { operationId: 'closeNoticeBatch', tags, summary: 'After the window, with every objection ruled: move the items on together', params: IdParams, response: one } },
    async (request) => notices.close(contextOf(request), request.params.id));
  app.post('/:id/objections/:partId/ruling', { config: { permission: 'notice:manage' }, schema: { operationId: 'ruleObjection', tags, summary: 'Give an objection its written ruling; sustained sends the item to recheck', params: FilePartParams, body: Ruling, response: one } },
    async (request) => notices.rule(contextOf(request), request.params.id, request.params.partId, request.body));
};

/** No login: the public reads the notice and may object, anonymously too. */
export const publicNoticesRoutes: FastifyPluginAsyncTypebox<{ notices: PublicNoticesService }> = async (app, { notices }) => {
  const tags = ['public'];
  app.get('/:token', { config: { public: true }, schema: { operationId: 'readPublicNotice', tags, summary: 'A published notice: its header and how many it lists', security: [], params: TokenParams, response: { 200: PublicNotice } } },
    async (request) => notices.read(request.params.token));
  app.get('/:token/items', { config: { public: true }, schema: { operationId: 'listPublicNoticeItems', tags, summary: 'The lines of a notice, a page at a time: masked names, units, categories, aid types, amounts; by unit or by the masked name as shown', security: [], params: TokenParams, querystring: PublicNoticeItemQuery, response: { 200: PublicNoticeItemPage } } },
    async (request) => notices.items(request.params.token, request.query));
  app.get('/:token/orgs', { config: { public: true }, schema: { operationId: 'listPublicNoticeOrgs', tags, summary: 'The units a notice lists, with how many each', security: [], params: TokenParams, response: { 200: NoticeBatchOrgs } } },
    async (request) => notices.orgs(request.params.token));
  app.post('/:token/objections', { config: { public: true }, schema: { operationId: 'objectToNotice', tags, summary: 'Raise an objection while the window is open', security: [], params: TokenParams, body: PublicObjection, response: { 201: PublicObjectionReceipt } } },
    async (request, reply) => reply.status(201).send(await notices.object(request.params.token, request.body, originOf(request))));
};
