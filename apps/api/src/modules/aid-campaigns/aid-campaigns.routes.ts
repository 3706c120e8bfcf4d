import {
  AidCampaign,
  AidCampaignPage,
  AidCampaignQuery,
  CampaignCancelInput,
  CampaignCreate,
  CampaignDraft,
  CampaignHouseholdPage,
  CampaignHouseholdQuery,
  CampaignNoticeInput,
  CampaignPreview,
} from '@bangfu/shared/aid-campaigns';
import { IdParams } from '@bangfu/shared/common';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { AidCampaignsService } from './aid-campaigns.service';

/** /api/v1/aid-campaigns: 送温暖, 金秋助学 and custom campaigns. */
export const aidCampaignsRoutes: FastifyPluginAsyncTypebox<{ campaigns: AidCampaignsService }> = async (app, { campaigns }) => {
  const tags = ['aid-campaigns'];
  const one = { 200: AidCampaign };
  const read = { permission: 'fund:read' as const };
  const manage = { permission: 'campaign:manage' as const };

  app.get('/', { config: read, schema: { operationId: 'listAidCampaigns', tags, summary: 'Campaigns in my subtree, newest first', querystring: AidCampaignQuery, response: { 200: AidCampaignPage } } },
    async (request) => campaigns.list(contextOf(request), request.query));
  app.post('/', { config: manage, schema: { operationId: 'createAidCampaign', tags, summary: 'Start a campaign (draft): org, account, rule, amounts', body: CampaignCreate, response: { 201: AidCampaign } } },
    async (request, reply) => reply.status(201).send(await campaigns.create(contextOf(request), request.body)));
  app.post('/preview', { config: manage, schema: { operationId: 'previewAidCampaignRule', tags, summary: 'What a rule would select, without saving: counts and totals per org, exclusions, the balance', body: CampaignDraft, response: { 200: CampaignPreview } } },
    async (request) => campaigns.previewDraft(contextOf(request), request.body));
  app.get('/:id', { config: read, schema: { operationId: 'getAidCampaign', tags, summary: 'A campaign with where its households stand and the progress of a running payment', params: IdParams, response: one } },
    async (request) => campaigns.get(contextOf(request), request.params.id));
  app.get('/:id/preview', { config: read, schema: { operationId: 'previewAidCampaign', tags, summary: 'What the saved rule selects now', params: IdParams, response: { 200: CampaignPreview } } },
    async (request) => campaigns.preview(contextOf(request), request.params.id));
  app.get('/:id/households', { config: read, schema: { operationId: 'listAidCampaignHouseholds', tags, summary: 'The selected households (masked names), a page at a time', params: IdParams, querystring: CampaignHouseholdQuery, response: { 200: CampaignHouseholdPage } } },
    async (request) => campaigns.households(contextOf(request), request.params.id, request.query));
  app.post('/:id/select', { config: manage, schema: { operationId: 'selectAidCampaignHouseholds', tags, summary: 'Materialise the households the rule selects (dedupe by file)', params: IdParams, response: one } },
    async (request) => campaigns.select(contextOf(request), request.params.id));
  app.post('/:id/notice', { config: manage, schema: { operationId: 'noticeAidCampaign', tags, summary: 'One application per household and one notice batch for all, published (公示)', params: IdParams, body: CampaignNoticeInput, response: one } },
    async (request) => campaigns.notice(contextOf(request), request.params.id, request.body));
  app.post('/:id/pay', { config: manage, schema: { operationId: 'payAidCampaign', tags, summary: 'Pay the approved households as one batch that books all or nothing (also needs fund:pay)', params: IdParams, response: one } },
    async (request) => campaigns.pay(contextOf(request), request.params.id));
  app.post('/:id/cancel', { config: manage, schema: { operationId: 'cancelAidCampaign', tags, summary: 'Stop a campaign before it is paid', params: IdParams, body: CampaignCancelInput, response: one } },
    async (request) => campaigns.cancel(contextOf(request), request.params.id, request.body));
};
