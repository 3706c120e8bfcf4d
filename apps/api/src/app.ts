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
import { type AuthUser, createAuthService } from './modules/auth/auth.service';
import { createPrincipalCache } from './modules/auth/principal-cache';
import { createPasswordHasher } from './modules/auth/passwords';
import { accessTokens } from './modules/auth/tokens';
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
import { fundReportsRoutes } from './modules/fund-reports/fund-reports.routes';
import { createFundReportsService } from './modules/fund-reports/fund-reports.service';
import { createBudgetsService } from './modules/funds/budgets.service';
import { createFundAccountsService } from './modules/funds/fund-accounts.service';
import { fundAccountsRoutes, ledgerTransactionsRoutes } from './modules/funds/funds.routes';
import { createLedgerBookService } from './modules/funds/ledger-book.service';
import { createReceiptsService } from './modules/funds/receipts.service';
import { aidHistoryRoutes } from './modules/payments/aid-history.routes';
import { createBankBatchesService } from './modules/payments/bank-batches.service';
import { bankBatchesRoutes, paymentsRoutes } from './modules/payments/payments.routes';
import { createPaymentsService } from './modules/payments/payments.service';
import { createVouchersService } from './modules/payments/vouchers.service';
import { aidCampaignsRoutes } from './modules/aid-campaigns/aid-campaigns.routes';
import { createAidCampaignsService } from './modules/aid-campaigns/aid-campaigns.service';
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
  // One verifier for every request checks the signature; expiry is checked on the app's clock in
  // accessTokens (verify options given per call would build a new verifier each time: 0.2 ms a request).
  await app.register(jwt, { secret: jwtSecret, verify: { ignoreExpiration: true, ignoreNotBefore: true } });
  const tokens = accessTokens(app.jwt, clock);

  const passwords = createPasswordHasher(config.argon2MemoryKib);
  // The users behind access tokens, reused for PRINCIPAL_CACHE_SECONDS; user and org changes forget them.
  const principals = createPrincipalCache<AuthUser>(clock, config.principalCacheSeconds * 1000);
  const auth = createAuthService({ db, config, clock, passwords, tokens, principals });
  installAuthGate(app, auth);

  // The URL map, in one place.
  await app.register(healthRoutes, { database, version: VERSION });
  await app.register(authRoutes, { prefix: '/api/v1/auth', auth });
  await app.register(orgsRoutes, { prefix: '/api/v1/orgs', orgs: createOrgsService({ db, clock, principals }) });
  await app.register(usersRoutes, { prefix: '/api/v1/users', users: createUsersService({ db, clock, passwords, principals }) });
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
  const ledgerBook = createLedgerBookService({ db, clock });
  await app.register(fundAccountsRoutes, {
    prefix: '/api/v1/fund-accounts',
    accounts: createFundAccountsService({ db, clock }),
    receipts: createReceiptsService({ db, clock }),
    budgets: createBudgetsService({ db, clock }),
    book: ledgerBook,
  });
  await app.register(ledgerTransactionsRoutes, { prefix: '/api/v1/ledger-transactions', book: ledgerBook });
  await app.register(fundReportsRoutes, { prefix: '/api/v1/fund-accounts', reports: createFundReportsService({ db, clock }) });
  const payments = createPaymentsService(fileDeps);
  await app.register(paymentsRoutes, { prefix: '/api/v1', payments, vouchers: createVouchersService(fileDeps) });
  await app.register(bankBatchesRoutes, { prefix: '/api/v1/bank-batches', batches: createBankBatchesService(fileDeps) });
  await app.register(aidHistoryRoutes, { prefix: '/api/v1/hardship-files', payments });

  await app.register(aidCampaignsRoutes, { prefix: '/api/v1/aid-campaigns', campaigns: createAidCampaignsService({ db, clock, sharedProgress: database.driver === 'postgres' }) });

  await installWeb(app, config.webDistDir);
  return app;
}
