import jwt from '@fastify/jwt';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { settingOrCreate } from './lib/app-settings';
import { type Clock, systemClock } from './lib/clock';
import { applicationsRoutes } from './modules/applications/applications.routes';
import { createApplicationsService } from './modules/applications/applications.service';
import { createDecisionsService } from './modules/applications/decisions.service';
import { createInboxService } from './modules/applications/inbox.service';
import { workflowSettingsRoutes } from './modules/applications/workflow-settings.routes';
import { createWorkflowSettingsService } from './modules/applications/workflow-settings.service';
import { noticesRoutes, publicNoticesRoutes } from './modules/notices/notices.routes';
import { createNoticesService } from './modules/notices/notices.service';
import { createPublicNoticesService } from './modules/notices/public-notices.service';
import { auditRoutes } from './modules/audit/audit.routes';
import { attachmentsRoutes } from './modules/hardship-files/attachments.routes';
import { createAttachmentsService } from './modules/hardship-files/attachments.service';
import { createFileLifecycleService } from './modules/hardship-files/file-lifecycle.service';
import { createFilePartsService } from './modules/hardship-files/file-parts.service';
import { hardshipFilesRoutes } from './modules/hardship-files/hardship-files.routes';
import { createHardshipFilesService } from './modules/hardship-files/hardship-files.service';
import { reviewCampaignsRoutes } from './modules/review-campaigns/review-campaigns.routes';
import { createReviewCampaignsService } from './modules/review-campaigns/review-campaigns.service';
import { standardsRoutes } from './modules/standards/standards.routes';
import { createStandardsService } from './modules/standards/standards.service';
import { loadFieldCrypto } from './lib/secrets-file';
import type { FieldCrypto } from './lib/field-crypto';
import { authRoutes } from './modules/auth/auth.routes';
import { createAuthService } from './modules/auth/auth.service';
import { createPasswordHasher } from './modules/auth/passwords';
import type { AccessTokens } from './modules/auth/tokens';
import { healthRoutes } from './modules/health/health.routes';
import { orgsRoutes } from './modules/orgs/orgs.routes';
import { createOrgsService } from './modules/orgs/orgs.service';
import { serviceAccountsRoutes } from './modules/service-accounts/service-accounts.routes';
import { createServiceAccountsService } from './modules/service-accounts/service-accounts.service';
import { usersRoutes } from './modules/users/users.routes';
import { createUsersService } from './modules/users/users.service';
import { installAuthGate } from './plugins/auth';
import { installErrorHandler } from './plugins/error-handler';
import { installOpenApi } from './plugins/openapi';
import { installValidation } from './plugins/validation';
import { installWeb } from './plugins/web';
import { installNoticeSweep } from './plugins/notice-sweep';
import { VERSION } from './version';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** Encryption of sensitive fields; loaded from configuration (or the secrets file) when not given. */
  crypto?: FieldCrypto;
  /** Pino logger options, or false for silence (tests). */
  logger?: boolean | object;
}

/** Builds the whole API (and the web app when built); never listens. */
export async function buildApp({ config, database, clock = systemClock, logger, crypto = loadFieldCrypto(config) }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  installValidation(app);
  installErrorHandler(app);
  await installOpenApi(app, VERSION);

  const { db } = database;
  const jwtSecret = config.jwtSecret ?? (await settingOrCreate(db, 'jwt_secret'));
  await app.register(jwt, { secret: jwtSecret });
  const tokens: AccessTokens = {
    // Both sides read the injected clock, so token times agree with everything else the app stamps.
    sign: (payload, expiresIn) => app.jwt.sign({ ...payload, iat: Math.floor(clock().getTime() / 1000) }, { expiresIn }),
    verify: (token) => app.jwt.verify(token, { clockTimestamp: clock().getTime() }),
  };

  const passwords = createPasswordHasher(config.argon2MemoryKib);
  const auth = createAuthService({ db, config, clock, passwords, tokens });
  installAuthGate(app, auth);

  // The URL map, in one place.
  await app.register(healthRoutes, { database, version: VERSION });
  await app.register(authRoutes, { prefix: '/api/v1/auth', auth });
  await app.register(orgsRoutes, { prefix: '/api/v1/orgs', orgs: createOrgsService({ db, clock }) });
  await app.register(usersRoutes, { prefix: '/api/v1/users', users: createUsersService({ db, clock, passwords }) });
  await app.register(serviceAccountsRoutes, { prefix: '/api/v1/service-accounts', serviceAccounts: createServiceAccountsService({ db, clock }) });
  await app.register(auditRoutes, { prefix: '/api/v1/audit', db });
  await app.register(standardsRoutes, { prefix: '/api/v1', standards: createStandardsService({ db }) });
  const fileDeps = { db, clock, crypto };
  await app.register(hardshipFilesRoutes, {
    prefix: '/api/v1/hardship-files',
    files: createHardshipFilesService(fileDeps),
    parts: createFilePartsService(fileDeps),
    lifecycle: createFileLifecycleService(fileDeps),
  });
  await app.register(multipart, { limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 5, parts: 6 } });
  await app.register(reviewCampaignsRoutes, { prefix: '/api/v1/review-campaigns', campaigns: createReviewCampaignsService({ db, clock }) });
  await app.register(attachmentsRoutes, { prefix: '/api/v1/hardship-files', attachments: createAttachmentsService(fileDeps) });

  await app.register(applicationsRoutes, {
    prefix: '/api/v1',
    applications: createApplicationsService(fileDeps),
    decisions: createDecisionsService({ db, clock }),
    inbox: createInboxService({ db }),
  });
  await app.register(workflowSettingsRoutes, { prefix: '/api/v1', settings: createWorkflowSettingsService({ db }) });
  const notices = createNoticesService({ db, clock });
  await app.register(noticesRoutes, { prefix: '/api/v1/notice-batches', notices });
  installNoticeSweep(app, notices, config.noticeSweepSeconds);
  await app.register(publicNoticesRoutes, {
    prefix: '/api/v1/public/notices',
    notices: createPublicNoticesService({ db, clock, maxObjectionsPerDay: config.objectionMaxPerDay }),
  });

  await installWeb(app, config.webDistDir);
  return app;
}
