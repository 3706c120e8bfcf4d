import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { Problem } from '@bangfu/shared/common';

/** OpenAPI 3.1 at /api/openapi.json, Swagger UI at /api/docs; every 4xx/5xx answer is a Problem. */
export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  app.addSchema(Problem);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bangfu API (帮扶)',
        version,
        description:
          'Hardship-worker assistance system for trade unions. Errors are RFC 9457 application/problem+json. Lists use keyset pagination: pass `nextCursor` back as `cursor`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Access token from /auth/login, or a service-account API key' },
        },
      },
      security: [{ bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  // Document the shared error body and the access rule of every route.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1') || !route.schema) return;
    const response = (route.schema.response ??= {}) as Record<string, unknown>;
    for (const status of ['4xx', '5xx']) response[status] ??= { $ref: 'Problem#' };
    const schema = route.schema as Record<string, unknown>;
    schema['x-public'] = route.config?.public === true;
    if (route.config?.permission) schema['x-permission'] = route.config.permission;
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
