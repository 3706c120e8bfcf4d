import { IdParams } from '@bangfu/shared/common';
import { FilePartParams } from '@bangfu/shared/hardship-files';
import { NoticeBatch, NoticeBatchCreate, NoticeBatchList, NoticeItemsAdd, PublicNotice, PublicObjection, PublicObjectionReceipt, Ruling, TokenParams } from '@bangfu/shared/notices';
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
  app.get('/:id', { config: { permission: 'application:read' }, schema: { operationId: 'getNoticeBatch', tags, summary: 'A batch with its items and objections', params: IdParams, response: one } },
    async (request) => notices.get(contextOf(request), request.params.id));
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
  app.get('/:token', { config: { public: true }, schema: { operationId: 'readPublicNotice', tags, summary: 'A published notice: masked names, units, categories, aid types, amounts', security: [], params: TokenParams, response: { 200: PublicNotice } } },
    async (request) => notices.read(request.params.token));
  app.post('/:token/objections', { config: { public: true }, schema: { operationId: 'objectToNotice', tags, summary: 'Raise an objection while the window is open', security: [], params: TokenParams, body: PublicObjection, response: { 201: PublicObjectionReceipt } } },
    async (request, reply) => reply.status(201).send(await notices.object(request.params.token, request.body, originOf(request))));
};
