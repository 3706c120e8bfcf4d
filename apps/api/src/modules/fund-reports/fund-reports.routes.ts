import { IdParams } from '@bangfu/shared/common';
import { AnnualFundReport, AnnualReportQuery, FundYear, FundYearList, FundYearParams, ReconciliationQuery, ReconciliationStatement } from '@bangfu/shared/fund-reports';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { contextOf } from '../../access/context';
import type { FundReportsService } from './fund-reports.service';
import { annualReportXlsx, attachmentHeader, reconciliationXlsx, XLSX_TYPE } from './fund-reports.xlsx';

/** 200 as JSON, or as an XLSX download with ?format=xlsx. */
const jsonOrXlsx = (schema: TSchema) => ({
  200: {
    description: 'The report as JSON; with ?format=xlsx, the same report as an XLSX workbook (one sheet per section)',
    content: { 'application/json': { schema }, [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  },
});

/** Year close (结账) and the fund reports of one special account; registered under /api/v1/fund-accounts. */
export const fundReportsRoutes: FastifyPluginAsyncTypebox<{ reports: FundReportsService }> = async (app, { reports }) => {
  const tags = ['fund-reports'];

  app.get(
    '/:id/years',
    { config: { permission: 'fund:read' }, schema: { operationId: 'listFundYears', tags, summary: 'The account’s years: open or closed, opening balance, in, out, closing balance', params: IdParams, response: { 200: FundYearList } } },
    async (request) => reports.years(contextOf(request), request.params.id),
  );

  app.post(
    '/:id/years/:year/close',
    {
      config: { permission: 'fund:manage' },
      schema: {
        operationId: 'closeFundYear',
        tags,
        summary: 'Close (结账) a year that is over: its ledger then refuses every posting; corrections go into the open year as reversals',
        params: FundYearParams,
        response: { 200: FundYear },
      },
    },
    async (request) => reports.close(contextOf(request), request.params.id, request.params.year),
  );

  app.get(
    '/:id/reports/annual',
    {
      config: { permission: 'fund:read' },
      schema: {
        operationId: 'getAnnualFundReport',
        tags,
        summary: '帮扶资金年度报表: in and out by source and aid type, budgets and their use, per-household totals (JSON or XLSX)',
        params: IdParams,
        querystring: AnnualReportQuery,
        response: jsonOrXlsx(AnnualFundReport),
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const report = await reports.annual(ctx, request.params.id, request.query.year);
      if (request.query.format !== 'xlsx') return report;
      const content = await annualReportXlsx(report);
      await reports.auditExport(ctx, report.account, 'annual', report.year);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentHeader(`帮扶资金年度报表-${report.account.orgName}-${report.year}.xlsx`, `fund-annual-report-${report.year}.xlsx`))
        .send(content as unknown as AnnualFundReport); // a Buffer goes out as is, past the serializer
    },
  );

  app.get(
    '/:id/reports/reconciliation',
    {
      config: { permission: 'fund:read' },
      schema: {
        operationId: 'getFundReconciliation',
        tags,
        summary: '对账单: account balance vs ledger vs documents (receipts, payments), per source, with the differences and the payments awaiting the bank (JSON or XLSX)',
        params: IdParams,
        querystring: ReconciliationQuery,
        response: jsonOrXlsx(ReconciliationStatement),
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const statement = await reports.reconciliation(ctx, request.params.id, request.query.year ?? null);
      if (request.query.format !== 'xlsx') return statement;
      const content = await reconciliationXlsx(statement);
      await reports.auditExport(ctx, statement.account, 'reconciliation', statement.year);
      const period = statement.year ?? statement.asOf;
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentHeader(`帮扶资金对账单-${statement.account.orgName}-${period}.xlsx`, `fund-reconciliation-${period}.xlsx`))
        .send(content as unknown as ReconciliationStatement);
    },
  );
};
