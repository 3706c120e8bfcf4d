import { ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '@bangfu/shared/roles';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/lib/secrets';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import type { Tree } from './helpers/fixtures';
import { householdBody, person } from './helpers/households';
import { multipartFile, tinyPdf } from './helpers/multipart';
import { insertApprovedAids } from './helpers/payments';

const t = useTestApp();

interface Operation {
  operationId: string;
  method: string;
  path: string;
  permission?: Permission;
  public: boolean;
}

function operations(): Operation[] {
  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1')) continue;
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        public: op['x-public'] === true,
        ...(op['x-permission'] ? { permission: op['x-permission'] as Permission } : {}),
      });
    }
  }
  return ops;
}

const fill = (path: string, id = '00000000-0000-4000-8000-000000000000') => path.replace('{id}', id);

/** Someone in sibling subtree B tries each operation on a record of subtree A. */
type Foreign = { url: string; payload?: unknown; headers?: Record<string, string>; expect: 'denied' | 'empty' | 'own-only' | 'shared' };
/** Records of subtree A that the walk aims at. */
/** Records of A's special account (帮扶资金专户). */
interface FundTargets {
  fundAccountId: string;
  ledgerTxnId: string;
  budgetId: string;
}
/** Payments of A's account: an aid record waiting, a cash payment with its voucher, an exported bank batch. */
interface PaymentTargets {
  aidRecordId: string;
  paymentId: string;
  transferId: string;
  voucherId: string;
  bankBatchId: string;
}
interface Targets extends FundTargets, PaymentTargets {
  saId: string;
  fileId: string;
  personId: string;
  incomeId: string;
  expenseId: string;
  attachmentId: string;
  campaignId: string;
  applicationId: string;
  batchId: string;
  capId: string;
  escalationId: string;
  aidCampaignId: string;
}
const f = (x: Targets, rest = '') => `/api/v1/hardship-files/${x.fileId}${rest}`;
const foreignCases: Record<string, (tr: Tree, x: Targets) => Foreign> = {
  getMe: () => ({ url: '/api/v1/auth/me', expect: 'own-only' }),
  changePassword: () => ({ url: '/api/v1/auth/password', payload: { currentPassword: 'x', newPassword: 'Another-1x' }, expect: 'own-only' }),
  listOrgs: () => ({ url: '/api/v1/orgs?limit=200', expect: 'empty' }),
  getOrgTree: (tr) => ({ url: `/api/v1/orgs/tree?rootId=${tr.orgs.A.id}`, expect: 'denied' }),
  getOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A1.id}`, expect: 'denied' }),
  createOrg: (tr) => ({ url: '/api/v1/orgs', payload: { parentId: tr.orgs.A.id, name: '入侵', level: 'grassroots', type: 'enterprise', divisionCode: '440305' }, expect: 'denied' }),
  updateOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A1.id}`, payload: { name: '改名' }, expect: 'denied' }),
  moveOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A1.id}/move`, payload: { parentId: tr.orgs.B.id }, expect: 'denied' }),
  deactivateOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A2.id}/deactivate`, expect: 'denied' }),
  activateOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A2.id}/activate`, expect: 'denied' }),
  listUsers: (tr) => ({ url: `/api/v1/users?orgId=${tr.orgs.A1.id}`, expect: 'empty' }),
  getUser: (tr) => ({ url: `/api/v1/users/${tr.users.operator}`, expect: 'denied' }),
  createUser: (tr) => ({ url: '/api/v1/users', payload: { orgId: tr.orgs.A1.id, username: 'intruder', displayName: 'x', password: 'Password-123', roles: ['admin'] }, expect: 'denied' }),
  updateUser: (tr) => ({ url: `/api/v1/users/${tr.users.operator}`, payload: { active: false }, expect: 'denied' }),
  setUserRoles: (tr) => ({ url: `/api/v1/users/${tr.users.operator}/roles`, payload: { roles: ['admin'] }, expect: 'denied' }),
  resetUserPassword: (tr) => ({ url: `/api/v1/users/${tr.users.operator}/password`, payload: { newPassword: 'Password-123' }, expect: 'denied' }),
  listServiceAccounts: (tr) => ({ url: `/api/v1/service-accounts?orgId=${tr.orgs.A.id}&includeRevoked=true`, expect: 'empty' }),
  createServiceAccount: (tr) => ({ url: '/api/v1/service-accounts', payload: { orgId: tr.orgs.A.id, name: 'x', permissions: ['org:read'] }, expect: 'denied' }),
  revokeServiceAccount: (_tr, x) => ({ url: `/api/v1/service-accounts/${x.saId}/revoke`, expect: 'denied' }),
  listAuditEntries: (tr) => ({ url: `/api/v1/audit?recordId=${tr.orgs.A1.id}`, expect: 'empty' }),
  // reference data shared by the whole region: readable by all, writable only inside one's region
  listMinLivingStandards: () => ({ url: '/api/v1/min-living-standards', expect: 'shared' }),
  listClassificationParams: () => ({ url: '/api/v1/classification-params', expect: 'shared' }),
  createMinLivingStandard: () => ({ url: '/api/v1/min-living-standards', payload: { divisionCode: '440305', effectiveFrom: '2026-01-01', monthlyFen: 1 }, expect: 'denied' }),
  putClassificationParams: () => ({
    url: '/api/v1/classification-params',
    payload: { divisionCode: '440305', year: 2026, relativeMultipleBp: 20000, accidentRatioBp: 1, minimumWageMonthlyFen: 1, workingAgeMin: 16, retirementAgeMale: 60, retirementAgeFemale: 55, migrantMinEmploymentMonths: 12, reviewMonths: 12 },
    expect: 'denied',
  }),
  searchHardshipFiles: () => ({ url: '/api/v1/hardship-files?limit=200', expect: 'empty' }),
  listSuspectedDuplicateFiles: () => ({ url: '/api/v1/hardship-files/suspected-duplicates', expect: 'empty' }),
  createHardshipFile: (tr) => ({ url: '/api/v1/hardship-files', payload: householdBody(tr.orgs.A1.id), expect: 'denied' }),
  getHardshipFile: (_tr, x) => ({ url: f(x), expect: 'denied' }),
  updateHardshipFile: (_tr, x) => ({ url: f(x), payload: { notes: '越权' }, expect: 'denied' }),
  getHardshipFileHistory: (_tr, x) => ({ url: f(x, '/history'), expect: 'denied' }),
  addFileMember: (_tr, x) => ({ url: f(x, '/members'), payload: person('王五', 'male', '1990-01-01', { relation: 'child' }), expect: 'denied' }),
  updateFileMember: (_tr, x) => ({ url: f(x, `/members/${x.personId}`), payload: { name: '改名' }, expect: 'denied' }),
  removeFileMember: (_tr, x) => ({ url: f(x, `/members/${x.personId}`), expect: 'denied' }),
  addFileIncome: (_tr, x) => ({ url: f(x, '/incomes'), payload: { type: 'wages', amountFen: 1, period: 'monthly' }, expect: 'denied' }),
  updateFileIncome: (_tr, x) => ({ url: f(x, `/incomes/${x.incomeId}`), payload: { type: 'wages', amountFen: 1, period: 'monthly' }, expect: 'denied' }),
  removeFileIncome: (_tr, x) => ({ url: f(x, `/incomes/${x.incomeId}`), expect: 'denied' }),
  addFileExpense: (_tr, x) => ({ url: f(x, '/expenses'), payload: { type: 'education', amountFen: 1, period: 'annual' }, expect: 'denied' }),
  updateFileExpense: (_tr, x) => ({ url: f(x, `/expenses/${x.expenseId}`), payload: { type: 'education', amountFen: 1, period: 'annual' }, expect: 'denied' }),
  removeFileExpense: (_tr, x) => ({ url: f(x, `/expenses/${x.expenseId}`), expect: 'denied' }),
  confirmFileCategory: (_tr, x) => ({ url: f(x, '/confirm-category'), payload: { category: 'deep', note: 'x' }, expect: 'denied' }),
  formalizeFile: (_tr, x) => ({ url: f(x, '/formalize'), expect: 'denied' }),
  exitFile: (_tr, x) => ({ url: f(x, '/exit'), payload: { exitType: 'moved', exitedOn: '2026-01-01', evidence: '迁出' }, expect: 'denied' }),
  cancelFile: (_tr, x) => ({ url: f(x, '/cancel'), payload: { reason: '越权注销' }, expect: 'denied' }),
  refileFile: (_tr, x) => ({ url: f(x, '/refile'), expect: 'denied' }),
  reviewFile: (_tr, x) => ({ url: f(x, '/review'), expect: 'denied' }),
  listFileAttachments: (_tr, x) => ({ url: f(x, '/attachments'), expect: 'denied' }),
  addFileAttachment: (_tr, x) => ({ url: f(x, '/attachments?kind=other'), ...multipartFile('a.pdf', tinyPdf()), expect: 'denied' }),
  downloadFileAttachment: (_tr, x) => ({ url: f(x, `/attachments/${x.attachmentId}/content`), expect: 'denied' }),
  removeFileAttachment: (_tr, x) => ({ url: f(x, `/attachments/${x.attachmentId}`), expect: 'denied' }),
  listReviewCampaigns: () => ({ url: '/api/v1/review-campaigns', expect: 'empty' }),
  openReviewCampaign: (tr) => ({ url: '/api/v1/review-campaigns', payload: { orgId: tr.orgs.A1.id, year: 2027, name: 'x' }, expect: 'denied' }),
  closeReviewCampaign: (_tr, x) => ({ url: `/api/v1/review-campaigns/${x.campaignId}/close`, expect: 'denied' }),
  getInbox: () => ({ url: '/api/v1/inbox', expect: 'empty' }),
  listApplications: () => ({ url: '/api/v1/applications?limit=200', expect: 'empty' }),
  createApplication: (_tr, x) => ({ url: '/api/v1/applications', payload: { kind: 'new_file', fileId: x.fileId, reason: '越权申请' }, expect: 'denied' }),
  getApplication: (_tr, x) => ({ url: `/api/v1/applications/${x.applicationId}`, expect: 'denied' }),
  updateApplication: (_tr, x) => ({ url: `/api/v1/applications/${x.applicationId}`, payload: { reason: '越权修改' }, expect: 'denied' }),
  submitApplication: (_tr, x) => ({ url: `/api/v1/applications/${x.applicationId}/submit`, expect: 'denied' }),
  withdrawApplication: (_tr, x) => ({ url: `/api/v1/applications/${x.applicationId}/withdraw`, payload: {}, expect: 'denied' }),
  recordHomeVisit: (_tr, x) => ({ url: `/api/v1/applications/${x.applicationId}/home-visits`, payload: { visitedOn: '2026-01-01', visitors: ['x'], findings: '越权记录', consentSigned: true }, expect: 'denied' }),
  decideApplication: (_tr, x) => ({ url: `/api/v1/applications/${x.applicationId}/decisions`, payload: { decision: 'pass' }, expect: 'denied' }),
  getWorkflow: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A1.id}/workflow`, expect: 'denied' }),
  putWorkflow: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A.id}/workflow`, payload: { economicCheck: true, noticePlacement: 'after_approval', noticeDays: 3 }, expect: 'denied' }),
  listApprovalEscalations: () => ({ url: '/api/v1/approval-escalations', expect: 'empty' }),
  deleteApprovalEscalation: (_tr, x) => ({ url: `/api/v1/approval-escalations/${x.escalationId}`, expect: 'denied' }),
  addApprovalEscalation: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A.id}/approval-escalations`, payload: { aidType: 'any', overAmountFen: 1, requiredLevel: 'national' }, expect: 'denied' }),
  listAidCaps: () => ({ url: '/api/v1/aid-caps', expect: 'empty' }),
  deleteAidCap: (_tr, x) => ({ url: `/api/v1/aid-caps/${x.capId}`, expect: 'denied' }),
  putAidCap: () => ({ url: '/api/v1/aid-caps', payload: { divisionCode: '440305', year: 2026, category: 'any', aidType: 'any', maxAmountFen: 0, maxItems: 0 }, expect: 'denied' }),
  listNoticeBatches: () => ({ url: '/api/v1/notice-batches', expect: 'empty' }),
  createNoticeBatch: (tr) => ({ url: '/api/v1/notice-batches', payload: { orgId: tr.orgs.A1.id, title: '越权公示', objectionContact: '电话' }, expect: 'denied' }),
  getNoticeBatch: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}`, expect: 'denied' }),
  listNoticeItems: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}/items`, expect: 'denied' }),
  listNoticeBatchOrgs: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}/orgs`, expect: 'denied' }),
  listObjections: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}/objections`, expect: 'denied' }),
  addNoticeItems: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}/items`, payload: { applicationIds: [x.applicationId] }, expect: 'denied' }),
  publishNoticeBatch: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}/publish`, expect: 'denied' }),
  closeNoticeBatch: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}/close`, expect: 'denied' }),
  ruleObjection: (_tr, x) => ({ url: `/api/v1/notice-batches/${x.batchId}/objections/${x.applicationId}/ruling`, payload: { outcome: 'sustained', ruling: '越权裁定' }, expect: 'denied' }),
  listFundAccounts: () => ({ url: '/api/v1/fund-accounts', expect: 'empty' }),
  createFundAccount: (tr) => ({ url: '/api/v1/fund-accounts', payload: { orgId: tr.orgs.A1.id, name: '越权专户', bankName: '某银行', accountNo: '622200001111', openedOn: '2026-01-01' }, expect: 'denied' }),
  getFundAccount: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}`, expect: 'denied' }),
  listFundReceipts: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/receipts`, expect: 'denied' }),
  createFundReceipt: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/receipts`, payload: { source: 'union_funds', kind: 'appropriation', amountFen: 1, receivedOn: '2026-01-02', documentNo: 'x' }, expect: 'denied' }),
  getFundBudgets: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/budgets`, expect: 'denied' }),
  putFundBudget: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/budgets`, payload: { year: 2026, source: 'union_funds', aidType: 'any', amountFen: 0 }, expect: 'denied' }),
  deleteFundBudget: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/budgets/${x.budgetId}`, expect: 'denied' }),
  listLedgerTransactions: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/ledger`, expect: 'denied' }),
  getLedgerTransaction: (_tr, x) => ({ url: `/api/v1/ledger-transactions/${x.ledgerTxnId}`, expect: 'denied' }),
  reverseLedgerTransaction: (_tr, x) => ({ url: `/api/v1/ledger-transactions/${x.ledgerTxnId}/reverse`, payload: { reason: '越权冲销' }, expect: 'denied' }),
  listFundYears: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/years`, expect: 'denied' }),
  closeFundYear: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/years/2025/close`, expect: 'denied' }),
  getAnnualFundReport: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/reports/annual?year=2026`, expect: 'denied' }),
  getFundReconciliation: (_tr, x) => ({ url: `/api/v1/fund-accounts/${x.fundAccountId}/reports/reconciliation?format=xlsx`, expect: 'denied' }),
  revealFileField: (_tr, x) => ({ url: f(x, '/reveal'), payload: { field: 'idNumber', personId: x.personId }, expect: 'denied' }),
  listPaymentQueue: () => ({ url: '/api/v1/payment-queue?limit=200', expect: 'empty' }),
  uploadPaymentVoucher: () => ({ url: '/api/v1/payment-vouchers', ...multipartFile('v.pdf', tinyPdf()), expect: 'own-only' }),
  downloadPaymentVoucher: (_tr, x) => ({ url: `/api/v1/payment-vouchers/${x.voucherId}/content`, expect: 'denied' }),
  listPayments: () => ({ url: '/api/v1/payments?limit=200', expect: 'empty' }),
  createPayment: (_tr, x) => ({ url: '/api/v1/payments', payload: { aidRecordId: x.aidRecordId, method: 'bank_transfer', accountId: x.fundAccountId, bankName: '某银行', bankCard: '6222000011112222' }, expect: 'denied' }),
  getPayment: (_tr, x) => ({ url: `/api/v1/payments/${x.paymentId}`, expect: 'denied' }),
  recordPaymentResult: (_tr, x) => ({ url: `/api/v1/payments/${x.transferId}/result`, payload: { outcome: 'failed', reason: '越权退汇' }, expect: 'denied' }),
  returnAidRecord: (_tr, x) => ({ url: `/api/v1/aid-records/${x.aidRecordId}/return`, payload: { opinion: '越权退回' }, expect: 'denied' }),
  listBankBatches: () => ({ url: '/api/v1/bank-batches', expect: 'empty' }),
  createBankBatch: (_tr, x) => ({ url: '/api/v1/bank-batches', payload: { accountId: x.fundAccountId }, expect: 'denied' }),
  getBankBatch: (_tr, x) => ({ url: `/api/v1/bank-batches/${x.bankBatchId}`, expect: 'denied' }),
  downloadBankFile: (_tr, x) => ({ url: `/api/v1/bank-batches/${x.bankBatchId}/file`, expect: 'denied' }),
  recordBankBatchResults: (_tr, x) => ({ url: `/api/v1/bank-batches/${x.bankBatchId}/results`, payload: { failed: [] }, expect: 'denied' }),
  getFileAidHistory: (_tr, x) => ({ url: f(x, '/aid-history'), expect: 'denied' }),
  listAidCampaigns: () => ({ url: '/api/v1/aid-campaigns?limit=200', expect: 'empty' }),
  createAidCampaign: (tr) => ({ url: '/api/v1/aid-campaigns', payload: { orgId: tr.orgs.A.id, name: '越权送温暖', kind: 'sending_warmth', year: 2026, rule: {}, amounts: { perHouseholdFen: 100 } }, expect: 'denied' }),
  previewAidCampaignRule: (tr) => ({ url: '/api/v1/aid-campaigns/preview', payload: { orgId: tr.orgs.A.id, kind: 'sending_warmth', year: 2026, rule: {}, amounts: { perHouseholdFen: 100 } }, expect: 'denied' }),
  getAidCampaign: (_tr, x) => ({ url: `/api/v1/aid-campaigns/${x.aidCampaignId}`, expect: 'denied' }),
  previewAidCampaign: (_tr, x) => ({ url: `/api/v1/aid-campaigns/${x.aidCampaignId}/preview`, expect: 'denied' }),
  listAidCampaignHouseholds: (_tr, x) => ({ url: `/api/v1/aid-campaigns/${x.aidCampaignId}/households`, expect: 'denied' }),
  selectAidCampaignHouseholds: (_tr, x) => ({ url: `/api/v1/aid-campaigns/${x.aidCampaignId}/select`, expect: 'denied' }),
  noticeAidCampaign: (_tr, x) => ({ url: `/api/v1/aid-campaigns/${x.aidCampaignId}/notice`, payload: { title: '越权公示', objectionContact: '电话 123' }, expect: 'denied' }),
  payAidCampaign: (_tr, x) => ({ url: `/api/v1/aid-campaigns/${x.aidCampaignId}/pay`, expect: 'denied' }),
  cancelAidCampaign: (_tr, x) => ({ url: `/api/v1/aid-campaigns/${x.aidCampaignId}/cancel`, payload: { reason: '越权取消' }, expect: 'denied' }),
};

/** A file in A1 with a second member, an income and an expense; a duplicate-name file too. */
async function foreignFile(tr: Tree): Promise<Omit<Targets, 'saId' | 'aidCampaignId' | keyof FundTargets | keyof PaymentTargets>> {
  const res = await t.as(tr.users.operator, { method: 'POST', url: '/api/v1/hardship-files', payload: householdBody(tr.orgs.A1.id) });
  expect(res.statusCode, res.body).toBe(201);
  const file = res.json();
  const attachment = await t.as(tr.users.operator, { method: 'POST', url: `/api/v1/hardship-files/${file.id}/attachments?kind=consent_form`, ...multipartFile('c.pdf', tinyPdf()) });
  const campaign = await t.as(tr.users.approver, { method: 'POST', url: '/api/v1/review-campaigns', payload: { orgId: tr.orgs.A.id, year: 2026, name: '甲区复核' } });
  expect(attachment.statusCode).toBe(201);
  expect(campaign.statusCode).toBe(201);
  const application = await t.as(tr.users.operator, { method: 'POST', url: '/api/v1/applications', payload: { kind: 'new_file', fileId: file.id, reason: '申请建档' } });
  expect(application.statusCode, application.body).toBe(201);
  await t.as(tr.users.operator, { method: 'POST', url: `/api/v1/applications/${application.json().id}/submit` });
  const batch = await t.as(tr.users.operator, { method: 'POST', url: '/api/v1/notice-batches', payload: { orgId: tr.orgs.A1.id, title: '甲一公示', objectionContact: '电话 123' } });
  expect(batch.statusCode, batch.body).toBe(201);
  // A's own workflow rules: a cap in A's region and an escalation threshold set by A
  const cap = await t.as(tr.users.aAdmin, { method: 'PUT', url: '/api/v1/aid-caps', payload: { divisionCode: '440305', year: 2026, category: 'any', aidType: 'medical', maxAmountFen: 2_000_000, maxItems: null } });
  const escalation = await t.as(tr.users.aAdmin, { method: 'POST', url: `/api/v1/orgs/${tr.orgs.A.id}/approval-escalations`, payload: { aidType: 'medical', overAmountFen: 1_000_000, requiredLevel: 'city' } });
  expect(cap.statusCode, cap.body).toBe(200);
  expect(escalation.statusCode, escalation.body).toBe(201);
  return {
    fileId: file.id,
    personId: file.members[1].id,
    incomeId: file.incomes[0].id,
    expenseId: file.expenses[0].id,
    attachmentId: attachment.json().id,
    campaignId: campaign.json().id,
    applicationId: application.json().id,
    batchId: batch.json().id,
    capId: cap.json().id,
    escalationId: escalation.json().id,
  };
}

/** A's special account with a receipt and a budget line. */
async function foreignFunds(tr: Tree): Promise<FundTargets> {
  const account = await t.as(tr.users.finance, { method: 'POST', url: '/api/v1/fund-accounts', payload: { orgId: tr.orgs.A.id, name: '甲区帮扶资金专户', bankName: '工商银行', accountNo: '622200001111', openedOn: '2026-01-01' } });
  expect(account.statusCode, account.body).toBe(201);
  const id = account.json().id;
  const receipt = await t.as(tr.users.finance, { method: 'POST', url: `/api/v1/fund-accounts/${id}/receipts`, payload: { source: 'union_funds', kind: 'appropriation', amountFen: 100_000, receivedOn: '2026-01-02', documentNo: '甲工发1号' } });
  const budget = await t.as(tr.users.finance, { method: 'PUT', url: `/api/v1/fund-accounts/${id}/budgets`, payload: { year: 2026, source: 'union_funds', aidType: 'any', amountFen: 100_000 } });
  expect(receipt.statusCode, receipt.body).toBe(201);
  expect(budget.statusCode, budget.body).toBe(200);
  return { fundAccountId: id, ledgerTxnId: receipt.json().txnId, budgetId: budget.json().lines[0].id };
}

/** Three approved aid records in A1 paid from A's account: one waits, one paid in cash, one exported to the bank. */
async function foreignPayments(tr: Tree, funds: FundTargets): Promise<PaymentTargets> {
  const [waiting, cash, transfer] = await insertApprovedAids(t.database.handle.db, { orgId: tr.orgs.A1.id, count: 3, amountFen: 10_000 });
  const voucher = await t.as(tr.users.finance, { method: 'POST', url: '/api/v1/payment-vouchers', ...multipartFile('签收单.pdf', tinyPdf()) });
  expect(voucher.statusCode, voucher.body).toBe(201);
  const paid = await t.as(tr.users.finance, { method: 'POST', url: '/api/v1/payments', payload: { aidRecordId: cash!.aidRecordId, method: 'cash', voucherId: voucher.json().id, accountId: funds.fundAccountId } });
  const booked = await t.as(tr.users.finance, { method: 'POST', url: '/api/v1/payments', payload: { aidRecordId: transfer!.aidRecordId, method: 'bank_transfer', accountId: funds.fundAccountId, bankName: '工商银行', bankCard: '6222000011113333' } });
  expect(paid.statusCode, paid.body).toBe(201);
  expect(booked.statusCode, booked.body).toBe(201);
  const batch = await t.as(tr.users.finance, { method: 'POST', url: '/api/v1/bank-batches', payload: { accountId: funds.fundAccountId } });
  expect(batch.statusCode, batch.body).toBe(201);
  return { aidRecordId: waiting!.aidRecordId, paymentId: paid.json().id, transferId: booked.json().id, voucherId: voucher.json().id, bankBatchId: batch.json().id };
}

/** A draft 送温暖 campaign of A (paid from A's special account, which foreignFunds opened). */
async function foreignAidCampaign(tr: Tree): Promise<string> {
  const res = await t.as(tr.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns', payload: { orgId: tr.orgs.A.id, name: '甲区送温暖', kind: 'sending_warmth', year: 2026, rule: {}, amounts: { perHouseholdFen: 300_000 } } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function foreignServiceAccount(tr: Tree): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.handle.db,
    sql`insert into service_accounts (org_id, name, key_prefix, key_hash, permissions)
        values (${tr.orgs.A.id}, '甲区对接', 'aaaaaaaaaaaa', ${sha256('x')}, '{org:read}') returning id`,
  );
  return row!.id;
}

async function snapshot() {
  const db = t.database.handle.db;
  return {
    orgs: await queryRows(db, sql`select id, parent_id, name, path, active from orgs order by id`),
    users: await queryRows(db, sql`select id, org_id, username, roles, active, password_hash from users order by id`),
    serviceAccounts: await queryRows(db, sql`select id, revoked_at from service_accounts order by id`),
    files: await queryRows(db, sql`select id, status, category, head_name, notes, updated_at::text from hardship_files order by id`),
    persons: await queryRows(db, sql`select id, file_id, name, id_hash, open from persons order by id`),
    incomes: await queryRows(db, sql`select id, amount_fen from income_items order by id`),
    expenses: await queryRows(db, sql`select id, amount_fen from rigid_expenses order by id`),
    standards: await queryRows(db, sql`select id from min_living_standards order by id`),
    params: await queryRows(db, sql`select id, accident_ratio_bp from classification_params order by id`),
    reveals: await queryRows(db, sql`select id from audit_log where action in ('file.reveal', 'file.attachment_download')`),
    attachments: await queryRows(db, sql`select id from file_attachments order by id`),
    campaigns: await queryRows(db, sql`select id, closed_on from review_campaigns order by id`),
    applications: await queryRows(db, sql`select id, state, reason, updated_at::text from applications order by id`),
    visits: await queryRows(db, sql`select id from home_visits order by id`),
    batches: await queryRows(db, sql`select id, state from notice_batches order by id`),
    workflow: await queryRows(db, sql`select org_id, notice_days from workflow_configs order by org_id`),
    escalations: await queryRows(db, sql`select id from approval_escalations order by id`),
    caps: await queryRows(db, sql`select id, max_amount_fen from aid_caps order by id`),
    aidCampaigns: await queryRows(db, sql`select id, state, selected_count, notice_batch_id from aid_campaigns order by id`),
    fundAccounts: await queryRows(db, sql`select id, balance_fen, name from fund_accounts order by id`),
    fundBudgets: await queryRows(db, sql`select id, amount_fen from fund_budgets order by id`),
    ledger: await queryRows(db, sql`select id from ledger_transactions order by id`),
    receipts: await queryRows(db, sql`select id from fund_receipts order by id`),
    aidRecords: await queryRows(db, sql`select id, status from aid_records order by id`),
    payments: await queryRows(db, sql`select id, status, bank_batch_id from payments order by id`),
    bankBatches: await queryRows(db, sql`select id from bank_batches order by id`),
  };
}

describe('access follows the union tree', () => {
  it('every operation is either public or needs a credential, and the walk covers every operation', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(20);
    const guarded = ops.filter((o) => !o.public).map((o) => o.operationId).sort();
    expect(guarded).toEqual(Object.keys(foreignCases).sort());
    for (const op of ops.filter((o) => !o.public)) {
      const res = await t.app.inject({ method: op.method, url: fill(op.path) });
      expect(res.statusCode, `${op.operationId} without a credential`).toBe(401);
    }
  });

  it('an admin of a sibling subtree can neither read nor change any record of another subtree', async () => {
    const funds = await foreignFunds(t.tree);
    const targets: Targets = { saId: await foreignServiceAccount(t.tree), ...(await foreignFile(t.tree)), ...funds, ...(await foreignPayments(t.tree, funds)), aidCampaignId: await foreignAidCampaign(t.tree) };
    // something to find in A's audit log
    await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A1.id}`, payload: { hasAssistanceCentre: false } });
    const before = await snapshot();
    for (const op of operations().filter((o) => !o.public)) {
      const c = foreignCases[op.operationId]!(t.tree, targets);
      for (const actor of [t.tree.users.bAdmin, t.tree.users.bAuditor, t.tree.users.bOperator, t.tree.users.bApprover]) {
        const res = await t.as(actor, { method: op.method, url: c.url, ...(c.payload ? { payload: c.payload as string } : {}), ...(c.headers ? { headers: c.headers } : {}) });
        const label = `${op.operationId} by ${actor}: ${res.body.slice(0, 200)}`;
        if (c.expect === 'denied') {
          expect([403, 404], label).toContain(res.statusCode);
        } else if (c.expect === 'empty') {
          if (res.statusCode === 200) {
            const items = res.json().items as { id: string; name?: string }[];
            const aIds = new Set([t.tree.orgs.A.id, t.tree.orgs.A1.id, t.tree.orgs.A2.id, t.tree.users.operator, targets.saId, targets.fileId, targets.campaignId, targets.applicationId, targets.batchId, targets.capId, targets.escalationId, targets.aidRecordId, targets.paymentId, targets.transferId, targets.bankBatchId, targets.aidCampaignId]);
            expect(items.filter((i) => aIds.has(i.id) || aIds.has((i as { aidRecordId?: string }).aidRecordId ?? '') || i.name?.startsWith('甲')), label).toEqual([]);
          } else {
            expect([403, 404], label).toContain(res.statusCode);
          }
        } else if (c.expect === 'shared') {
          expect(res.statusCode, label).toBe(200);
        } else {
          // own-only: acts on the caller alone; never on someone else
          expect([200, 400, 403], label).toContain(res.statusCode);
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('each role is refused what its permissions do not allow', async () => {
    const roleUser: Record<Role, string> = {
      grassroots_operator: t.tree.users.operator,
      grassroots_chair: t.tree.users.chair,
      upper_reviewer: t.tree.users.reviewer,
      centre_approver: t.tree.users.approver,
      fund_committee: t.tree.users.committee,
      finance: t.tree.users.finance,
      auditor: t.tree.users.aAuditor,
      admin: t.tree.users.aAdmin,
    };
    const before = await snapshot();
    let refusals = 0;
    for (const op of operations().filter((o) => o.permission)) {
      for (const role of ROLES) {
        if (ROLE_PERMISSIONS[role].includes(op.permission!)) continue;
        const res = await t.as(roleUser[role], { method: op.method, url: fill(op.path, t.tree.orgs.A1.id), payload: {} });
        expect(res.statusCode, `${role} → ${op.operationId}`).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
        refusals++;
      }
    }
    expect(refusals).toBeGreaterThan(50);
    expect(await snapshot()).toEqual(before);
  });

  it('an admin may change organisations below its own, but not its own or those above', async () => {
    const own = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A.id}`, payload: { name: '自改' } });
    expect(own.statusCode).toBe(403);
    const above = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.C.id}`, payload: { name: '越级' } });
    expect(above.statusCode).toBe(404);
    const below = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A1.id}`, payload: { name: '甲一新名' } });
    expect(below.statusCode).toBe(200);
    const fromCity = await t.as(t.tree.users.cityAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A.id}`, payload: { name: '甲区新名' } });
    expect(fromCity.statusCode).toBe(200);
  });
});
