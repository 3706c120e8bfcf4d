import { Health } from '@bangfu/shared/health';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type DatabaseHandle, pingDatabase } from '../../db/client';

export const healthRoutes: FastifyPluginAsyncTypebox<{ database: DatabaseHandle; version: string }> = async (app, { database, version }) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { operationId: 'getHealth', tags: ['health'], summary: 'Liveness and database state', security: [], response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      let latencyMs: number | null = null;
      try {
        latencyMs = Math.round((await pingDatabase(database.db)) * 100) / 100;
      } catch {
        latencyMs = null;
      }
      const up = latencyMs !== null;
      return reply.status(up ? 200 : 503).send({
        status: up ? 'ok' : 'degraded',
        version,
        database: { status: up ? 'up' : 'down', driver: database.driver, latencyMs },
      });
    },
  );
};
