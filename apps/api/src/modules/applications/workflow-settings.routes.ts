import { AidCap, AidCapInput, AidCapList, Escalation, EscalationInput, EscalationList, WorkflowConfig, WorkflowConfigInput } from '@bangfu/shared/applications';
import { IdParams } from '@bangfu/shared/common';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { contextOf } from '../../access/context';
import type { WorkflowSettingsService } from './workflow-settings.service';

export const workflowSettingsRoutes: FastifyPluginAsyncTypebox<{ settings: WorkflowSettingsService }> = async (app, { settings }) => {
  const tags = ['workflow'];
  app.get('/orgs/:id/workflow', { config: { permission: 'org:read' }, schema: { operationId: 'getWorkflow', tags, summary: 'The workflow in force for an organisation (own or inherited)', params: IdParams, response: { 200: WorkflowConfig } } },
    async (request) => settings.get(contextOf(request), request.params.id));
  app.put('/orgs/:id/workflow', { config: { permission: 'workflow:manage' }, schema: { operationId: 'putWorkflow', tags, summary: 'Set an organisation’s workflow; its subtree inherits it', params: IdParams, body: WorkflowConfigInput, response: { 200: WorkflowConfig } } },
    async (request) => settings.put(contextOf(request), request.params.id, request.body));
  app.get('/approval-escalations', { config: { permission: 'org:read' }, schema: { operationId: 'listApprovalEscalations', tags, summary: 'Amount thresholds that need a higher-level approver', response: { 200: EscalationList } } },
    async (request) => settings.listEscalations(contextOf(request)));
  app.post('/orgs/:id/approval-escalations', { config: { permission: 'workflow:manage' }, schema: { operationId: 'addApprovalEscalation', tags, summary: 'Add a threshold for an organisation’s subtree', params: IdParams, body: EscalationInput, response: { 201: Escalation } } },
    async (request, reply) => reply.status(201).send(await settings.addEscalation(contextOf(request), request.params.id, request.body)));
  app.delete('/approval-escalations/:id', { config: { permission: 'workflow:manage' }, schema: { operationId: 'deleteApprovalEscalation', tags, summary: 'Remove a threshold set by an organisation in my subtree', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await settings.deleteEscalation(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    });
  app.get('/aid-caps', { config: { permission: 'org:read' }, schema: { operationId: 'listAidCaps', tags, summary: 'The caps that can bind applications in my subtree (its regions and those above), and every cap in my region', querystring: Type.Object({ divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,6}$', description: 'Only caps whose division code starts with this' })) }, { additionalProperties: false }), response: { 200: AidCapList } } },
    async (request) => settings.listCaps(contextOf(request), request.query.divisionCode));
  app.put('/aid-caps', { config: { permission: 'workflow:manage' }, schema: { operationId: 'putAidCap', tags, summary: 'Set a cap in my region', body: AidCapInput, response: { 200: AidCap } } },
    async (request) => settings.putCap(contextOf(request), request.body));
  app.delete('/aid-caps/:id', { config: { permission: 'workflow:manage' }, schema: { operationId: 'deleteAidCap', tags, summary: 'Remove a cap in my region', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await settings.deleteCap(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    });
};
