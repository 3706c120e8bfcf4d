import { IdParams } from '@bangfu/shared/common';
import { AidHistory } from '@bangfu/shared/payments';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { PaymentsService } from './payments.service';

/** /api/v1/hardship-files/:id/aid-history: the household's aid records and their payments. */
export const aidHistoryRoutes: FastifyPluginAsyncTypebox<{ payments: PaymentsService }> = async (app, { payments }) => {
  app.get('/:id/aid-history', { config: { permission: 'file:read' }, schema: { operationId: 'getFileAidHistory', tags: ['hardship-files'], summary: '帮扶记录: every aid record of the household with its payments', params: IdParams, response: { 200: AidHistory } } },
    async (request) => payments.aidHistory(contextOf(request), request.params.id));
};
