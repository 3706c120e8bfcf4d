import { ROLE_PERMISSIONS, type Permission } from '@bangfu/shared/roles';
import { describe, expect, it } from 'vitest';
import { testClock, useTestApp } from './helpers/app';
import { fundSnapshot, payByBank, payCash, receipt } from './helpers/fund-activity';
import { approvedAids } from './helpers/payments';

// 审计监督: the auditor reads everything about the funds in its subtree and changes nothing.
const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock });

const FUND_PERMISSIONS = new Set<Permission>(['fund:read', 'fund:manage', 'fund:pay', 'campaign:manage']);
/** Fund reads guarded by another permission that the auditor holds. */
const ALSO_FUNDS = new Set(['getFileAidHistory']);

interface Op {
  operationId: string;
  method: string;
  path: string;
  permission: Permission;
}

const auditorMay = (op: Op) => ROLE_PERMISSIONS.auditor.includes(op.permission);

/** Every funds operation of the OpenAPI document: new ones join the walk by themselves. */
function fundOperations(): Op[] {
  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, { operationId: string; 'x-permission'?: Permission }>> };
  const ops: Op[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const permission = op['x-permission'];
      if (permission && (FUND_PERMISSIONS.has(permission) || ALSO_FUNDS.has(op.operationId))) ops.push({ operationId: op.operationId, method: method.toUpperCase(), path, permission });
    }
  }
  return ops;
}

interface Records {
  accountId: string;
  txnId: string;
  budgetId: string;
  paymentId: string;
  voucherId: string;
  batchId: string;
  campaignId: string;
  fileId: string;
  aidRecordId: string;
}

/** Fills a path's parameters with A's records, by the collection each {id} belongs to. */
function url(op: Op, x: Records): string {
  const ids: [string, string][] = [
    ['/api/v1/fund-accounts/{id}', x.accountId],
    ['/api/v1/ledger-transactions/{id}', x.txnId],
    ['/api/v1/payments/{id}', x.paymentId],
    ['/api/v1/payment-vouchers/{id}', x.voucherId],
    ['/api/v1/bank-batches/{id}', x.batchId],
    ['/api/v1/aid-campaigns/{id}', x.campaignId],
    ['/api/v1/hardship-files/{id}', x.fileId],
    ['/api/v1/aid-records/{id}', x.aidRecordId],
  ];
  let path = op.path;
  if (path.includes('{id}')) {
    const hit = ids.find(([prefix]) => path.startsWith(prefix));
    if (!hit) throw new Error(`${op.operationId}: tell the audit walk which record {id} is in ${path}`);
    path = path.replace('{id}', hit[1]);
  }
  path = path.replace('{budgetId}', x.budgetId).replace('{year}', '2025');
  if (/\{\w+\}/.test(path)) throw new Error(`${op.operationId}: tell the audit walk how to fill ${path}`);
  const query: Record<string, string> = { getAnnualFundReport: '?year=2026' };
  return path + (query[op.operationId] ?? '');
}

/** A's funds at work: an account, a receipt, a budget, a cash payment, a bank transfer in a bank file, one aid waiting, a campaign. */
async function fundsOfA(): Promise<Records> {
  const finance = t.tree.users.finance;
  const acc = await t.as(finance, { method: 'POST', url: '/api/v1/fund-accounts', payload: { orgId: t.tree.orgs.A.id, name: '甲区帮扶资金专户', bankName: '中国工商银行', accountNo: '6222000011112222', openedOn: '2026-01-01' } });
  expect(acc.statusCode, acc.body).toBe(201);
  const accountId = acc.json().id as string;
  const r = await receipt(t, accountId, { source: 'union_funds', kind: 'appropriation', amountFen: 5_000_000, receivedOn: '2026-03-01' });
  const budget = await t.as(finance, { method: 'PUT', url: `/api/v1/fund-accounts/${accountId}/budgets`, payload: { year: 2026, source: 'union_funds', aidType: 'any', amountFen: 4_000_000 } });
  expect(budget.statusCode, budget.body).toBe(200);
  const [cash, bank, waiting] = await approvedAids(t, time, [{ amountFen: 100_000 }, { amountFen: 200_000 }, { amountFen: 50_000 }]);
  const paid = await payCash(t, accountId, cash!.aidRecordId);
  await payByBank(t, accountId, bank!.aidRecordId);
  const batch = await t.as(finance, { method: 'POST', url: '/api/v1/bank-batches', payload: { accountId } });
  expect(batch.statusCode, batch.body).toBe(201);
  const payment = (await t.as(finance, { method: 'GET', url: `/api/v1/payments/${paid.id}` })).json();
  const campaign = await t.as(finance, {
    method: 'POST',
    url: '/api/v1/aid-campaigns',
    payload: { orgId: t.tree.orgs.A.id, accountId, name: '2026年春节送温暖', kind: 'sending_warmth', year: 2026, rule: {}, amounts: { perHouseholdFen: 300_000 } },
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  return {
    accountId,
    txnId: r.txnId,
    budgetId: budget.json().lines[0].id,
    paymentId: paid.id,
    voucherId: payment.voucherId,
    batchId: batch.json().id,
    campaignId: campaign.json().id,
    fileId: cash!.fileId!,
    aidRecordId: waiting!.aidRecordId,
  };
}

describe('the auditor (审计监督)', () => {
  it('reads every funds endpoint in its subtree, the XLSX reports too; the auditor of another county finds none of it', async () => {
    const x = await fundsOfA();
    const reads = fundOperations().filter(auditorMay);
    expect(reads.length).toBeGreaterThanOrEqual(15);
    // what an auditor may do is read
    expect(reads.filter((o) => o.method !== 'GET').map((o) => o.operationId)).toEqual([]);
    for (const op of reads) {
      const res = await t.as(t.tree.users.aAuditor, { method: 'GET', url: url(op, x) });
      expect(res.statusCode, `${op.operationId} by A's auditor: ${res.body.slice(0, 200)}`).toBe(200);
      // a list of the subtree shows A's records
      if (!op.path.includes('{') && String(res.headers['content-type']).includes('json') && Array.isArray(res.json().items)) {
        expect(res.json().items.length, `${op.operationId} lists A's records`).toBeGreaterThan(0);
      }
      const foreign = await t.as(t.tree.users.bAuditor, { method: 'GET', url: url(op, x) });
      const label = `${op.operationId} by B's auditor: ${foreign.body.slice(0, 200)}`;
      if (foreign.statusCode === 200) {
        expect(op.path.includes('{'), label).toBe(false);
        expect(foreign.json().items, label).toEqual([]);
      } else {
        expect(foreign.statusCode, label).toBe(404);
      }
    }
    for (const report of ['annual?year=2026&format=xlsx', 'reconciliation?format=xlsx']) {
      const res = await t.as(t.tree.users.aAuditor, { method: 'GET', url: `/api/v1/fund-accounts/${x.accountId}/reports/${report}` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; /);
    }
  });

  it('is refused every write (403), at home and elsewhere, and nothing changes', async () => {
    const x = await fundsOfA();
    const writes = fundOperations().filter((o) => !auditorMay(o));
    expect(writes.length).toBeGreaterThanOrEqual(15);
    const before = await fundSnapshot(t);
    for (const op of writes) {
      for (const auditor of [t.tree.users.aAuditor, t.tree.users.bAuditor]) {
        const res = await t.as(auditor, { method: op.method as 'POST', url: url(op, x), ...(op.method === 'GET' ? {} : { payload: {} }) });
        expect(res.statusCode, `${op.operationId} by ${auditor}`).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
      }
    }
    // the bank file (full names and card numbers for the bank) is a payment step, not a read
    expect(writes.map((o) => o.operationId)).toContain('downloadBankFile');
    expect(await fundSnapshot(t)).toEqual(before);
  });
});
