import { AuditPage, AuditQuery } from '@bangfu/shared/audit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { Database } from '../../db/client';
import { listAudit } from './audit.repo';

export const auditRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { permission: 'audit:read' },
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Audit log of the caller’s subtree, newest first',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => listAudit(db, contextOf(request).scope, request.query),
  );
};
