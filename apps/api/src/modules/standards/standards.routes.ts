import {
  ClassificationParamsInput,
  ClassificationParamsList,
  ClassificationParamsRecord,
  MinLivingStandard,
  MinLivingStandardCreate,
  MinLivingStandardList,
  StandardsQuery,
} from '@bangfu/shared/standards';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { StandardsService } from './standards.service';

export const standardsRoutes: FastifyPluginAsyncTypebox<{ standards: StandardsService }> = async (app, { standards }) => {
  const tags = ['standards'];

  app.get(
    '/min-living-standards',
    {
      config: { permission: 'org:read' },
      schema: { operationId: 'listMinLivingStandards', tags, summary: '低保标准 by division, newest first', querystring: StandardsQuery, response: { 200: MinLivingStandardList } },
    },
    async (request) => standards.listStandards(request.query.divisionCode),
  );

  app.post(
    '/min-living-standards',
    {
      config: { permission: 'standards:manage' },
      schema: { operationId: 'createMinLivingStandard', tags, summary: 'Add a 低保标准 from a date on', body: MinLivingStandardCreate, response: { 201: MinLivingStandard } },
    },
    async (request, reply) => reply.status(201).send(await standards.addStandard(contextOf(request), request.body)),
  );

  app.get(
    '/classification-params',
    {
      config: { permission: 'org:read' },
      schema: { operationId: 'listClassificationParams', tags, summary: 'Classification parameters by division and year', querystring: StandardsQuery, response: { 200: ClassificationParamsList } },
    },
    async (request) => standards.listParams(request.query.divisionCode),
  );

  app.put(
    '/classification-params',
    {
      config: { permission: 'standards:manage' },
      schema: { operationId: 'putClassificationParams', tags, summary: 'Set the parameters of a division for a year', body: ClassificationParamsInput, response: { 200: ClassificationParamsRecord } },
    },
    async (request) => standards.putParams(contextOf(request), request.body),
  );
};
