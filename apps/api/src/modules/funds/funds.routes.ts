import { IdParams } from '@bangfu/shared/common';
import {
  BudgetParams,
  BudgetPut,
  BudgetQuery,
  BudgetReport,
  FundAccount,
  FundAccountCreate,
  FundAccountList,
  LedgerPage,
  LedgerQuery,
  LedgerTxn,
  Receipt,
  ReceiptCreate,
  ReceiptPage,
  ReceiptQuery,
  ReverseBody,
} from '@bangfu/shared/funds';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../access/context';
import type { BudgetsService } from './budgets.service';
import type { FundAccountsService } from './fund-accounts.service';
import type { LedgerBookService } from './ledger-book.service';
import type { ReceiptsService } from './receipts.service';

interface Services {
  accounts: FundAccountsService;
  receipts: ReceiptsService;
  budgets: BudgetsService;
  book: LedgerBookService;
}

/** /api/v1/fund-accounts: 帮扶资金专户, 收款, 年度预算, 账簿. */
export const fundAccountsRoutes: FastifyPluginAsyncTypebox<Services> = async (app, { accounts, receipts, budgets, book }) => {
  const tags = ['funds'];
  const read = { permission: 'fund:read' } as const;
  const manage = { permission: 'fund:manage' } as const;

  app.get('/', { config: read, schema: { operationId: 'listFundAccounts', tags, summary: 'Special accounts in my subtree, with balances per source and closed years', response: { 200: FundAccountList } } },
    async (request) => accounts.list(contextOf(request)));
  app.post('/', { config: manage, schema: { operationId: 'createFundAccount', tags, summary: 'Open the special account (帮扶资金专户) of an organisation: one per organisation', body: FundAccountCreate, response: { 201: FundAccount } } },
    async (request, reply) => reply.status(201).send(await accounts.create(contextOf(request), request.body)));
  app.get('/:id', { config: read, schema: { operationId: 'getFundAccount', tags, summary: 'One special account with its balances', params: IdParams, response: { 200: FundAccount } } },
    async (request) => accounts.get(contextOf(request), request.params.id));

  app.get('/:id/receipts', { config: read, schema: { operationId: 'listFundReceipts', tags, summary: 'Receipts (收款), latest first', params: IdParams, querystring: ReceiptQuery, response: { 200: ReceiptPage } } },
    async (request) => receipts.list(contextOf(request), request.params.id, request.query));
  app.post('/:id/receipts', { config: manage, schema: { operationId: 'createFundReceipt', tags, summary: 'Book a receipt: an appropriation (with 文号), a donation (with receipt number and donor), interest', params: IdParams, body: ReceiptCreate, response: { 201: Receipt } } },
    async (request, reply) => reply.status(201).send(await receipts.create(contextOf(request), request.params.id, request.body)));

  app.get('/:id/budgets', { config: read, schema: { operationId: 'getFundBudgets', tags, summary: 'A year’s budget lines with their use, and totals per source', params: IdParams, querystring: BudgetQuery, response: { 200: BudgetReport } } },
    async (request) => budgets.report(contextOf(request), request.params.id, request.query.year));
  app.put('/:id/budgets', { config: manage, schema: { operationId: 'putFundBudget', tags, summary: 'Set the budget of a source for an aid type (or "any" for the whole source) in a year', params: IdParams, body: BudgetPut, response: { 200: BudgetReport } } },
    async (request) => budgets.put(contextOf(request), request.params.id, request.body));
  app.delete('/:id/budgets/:budgetId', { config: manage, schema: { operationId: 'deleteFundBudget', tags, summary: 'Remove one budget line', params: BudgetParams, response: { 200: BudgetReport } } },
    async (request) => budgets.remove(contextOf(request), request.params.id, request.params.budgetId));

  app.get('/:id/ledger', { config: read, schema: { operationId: 'listLedgerTransactions', tags, summary: 'The ledger (记账凭证 with their lines), newest first, with filters', params: IdParams, querystring: LedgerQuery, response: { 200: LedgerPage } } },
    async (request) => book.list(contextOf(request), request.params.id, request.query));
};

/** /api/v1/ledger-transactions: one transaction, and its reversal (红字冲销). */
export const ledgerTransactionsRoutes: FastifyPluginAsyncTypebox<{ book: LedgerBookService }> = async (app, { book }) => {
  const tags = ['funds'];
  app.get('/:id', { config: { permission: 'fund:read' }, schema: { operationId: 'getLedgerTransaction', tags, summary: 'One ledger transaction with every line', params: IdParams, response: { 200: LedgerTxn } } },
    async (request) => book.get(contextOf(request), request.params.id));
  app.post('/:id/reverse', { config: { permission: 'fund:manage' }, schema: { operationId: 'reverseLedgerTransaction', tags, summary: 'Reverse a transaction into the current open year (payments: use the payment flow)', params: IdParams, body: ReverseBody, response: { 201: LedgerTxn } } },
    async (request, reply) => reply.status(201).send(await book.reverse(contextOf(request), request.params.id, request.body.reason)));
};
