import { IdParams } from '@bangfu/shared/common';
import { ReviewCampaign, ReviewCampaignCreate, ReviewCampaignList } from '@bangfu/shared/review-campaigns';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { ReviewCampaignsService } from './review-campaigns.service';

export const reviewCampaignsRoutes: FastifyPluginAsyncTypebox<{ campaigns: ReviewCampaignsService }> = async (app, { campaigns }) => {
  const tags = ['hardship-files'];
  app.get('/', { config: { permission: 'file:read' }, schema: { operationId: 'listReviewCampaigns', tags, summary: 'Yearly review campaigns in my subtree, with progress', response: { 200: ReviewCampaignList } } },
    async (request) => campaigns.list(contextOf(request)));
  app.post('/', { config: { permission: 'file:lifecycle' }, schema: { operationId: 'openReviewCampaign', tags, summary: 'Open the yearly review (集中复核) of an org’s subtree', body: ReviewCampaignCreate, response: { 201: ReviewCampaign } } },
    async (request, reply) => reply.status(201).send(await campaigns.open(contextOf(request), request.body)));
  app.post('/:id/close', { config: { permission: 'file:lifecycle' }, schema: { operationId: 'closeReviewCampaign', tags, summary: 'Close a review campaign', params: IdParams, response: { 200: ReviewCampaign } } },
    async (request) => campaigns.close(contextOf(request), request.params.id));
};
