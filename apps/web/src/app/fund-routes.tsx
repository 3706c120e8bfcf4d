import type { RouteObject } from 'react-router-dom';
import { guarded, printRoute } from './guarded-route';

/**
 * 资金 inside the signed-in layout. Every page needs fund:read to be seen; what it lets one do is checked
 * on the page (fund:manage books receipts, budgets, reversals and year closes; fund:pay pays; campaign:manage
 * runs campaigns) and, again, by the API.
 */
export const fundRoutes: RouteObject[] = [
  guarded('funds', 'fund:read', () => import('../features/funds/pages/funds-page').then((m) => m.FundsPage)),
  guarded('funds/accounts/:id', 'fund:read', () => import('../features/funds/pages/fund-account-page').then((m) => m.FundAccountPage)),
  guarded('funds/year-end', 'fund:read', () => import('../features/funds/pages/year-end-page').then((m) => m.YearEndPage)),
  guarded('funds/payments', 'fund:read', () => import('../features/payments/pages/payment-queue-page').then((m) => m.PaymentQueuePage)),
  guarded('funds/bank-batches', 'fund:read', () => import('../features/payments/pages/bank-batches-page').then((m) => m.BankBatchesPage)),
  guarded('funds/bank-batches/:id', 'fund:read', () => import('../features/payments/pages/bank-batch-page').then((m) => m.BankBatchPage)),
  guarded('funds/campaigns', 'fund:read', () => import('../features/campaigns/pages/campaigns-page').then((m) => m.CampaignsPage)),
  guarded('funds/campaigns/new', 'campaign:manage', () => import('../features/campaigns/pages/campaign-new-page').then((m) => m.CampaignNewPage)),
  guarded('funds/campaigns/:id', 'fund:read', () => import('../features/campaigns/pages/campaign-page').then((m) => m.CampaignPage)),
];

/** The annual fund report prints on its own, without the menu and header. */
export const fundPrintRoutes: RouteObject[] = [
  printRoute('/funds/reports/:accountId/:year/print', 'fund:read', () => import('../features/funds/pages/annual-report-print-page').then((m) => m.AnnualReportPrintPage)),
];
