import { A4Sheet } from '../../../components/a4-desk';
import type { AnnualFundReport } from '@bangfu/shared/fund-reports';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { codeLabel } from './fund-labels';
import { SheetTable } from './sheet-table';
import './report-print.css';

/** 帮扶资金年度报表 as a paper form: the year's flows by source, income by kind, expense by aid type, budgets and households. */
export function AnnualReportSheet({ report }: { report: AnnualFundReport }) {
  const t = useT();
  const locale = useLocale();
  const m = (fen: number) => formatFen(fen, '');
  return (
    <A4Sheet className="bf-report-sheet" testId="annual-report">
      <h1>{t('report.title', { year: report.year })}</h1>
      <div className="meta">
        <span>
          {t('fund.org')}：{report.account.orgName}
        </span>
        <span>
          {t('fund.accountNo')}：{report.account.bankName} {report.account.accountNo}
        </span>
        <span>
          {t('report.state')}：{report.state === 'closed' ? t('report.closedOn', { at: formatDateTime(report.closedAt, locale), by: report.closedBy ?? '' }) : t('report.openYear')}
        </span>
        <span>{t('report.unit')}</span>
      </div>

      <h2>{t('report.summary')}</h2>
      <SheetTable
        columns={[{ title: t('fund.source') }, { title: t('yearEnd.opening'), num: true }, { title: t('yearEnd.in'), num: true }, { title: t('yearEnd.out'), num: true }, { title: t('yearEnd.closing'), num: true }]}
        rows={report.sources.map((s) => ({ key: s.source, cells: [codeLabel(t, 'fundSource', s.source), m(s.openingFen), m(s.inFen), m(s.outFen), m(s.closingFen)] }))}
        total={[t('fund.total'), m(report.openingBalanceFen), m(report.inFen), m(report.outFen), m(report.closingBalanceFen)]}
      />
      {report.priorYearCorrectionsFen !== 0 && <p>{t('report.priorCorrections', { amount: formatFen(report.priorYearCorrectionsFen) })}</p>}

      <h2>{t('report.income')}</h2>
      <SheetTable
        columns={[{ title: t('fund.source') }, { title: t('receipt.kind') }, { title: t('report.receiptCount'), num: true }, { title: t('report.amount'), num: true }]}
        rows={report.income.map((l) => ({ key: `${l.source}-${l.kind}`, cells: [codeLabel(t, 'fundSource', l.source), codeLabel(t, 'receiptKind', l.kind), l.receiptCount, m(l.amountFen)] }))}
        empty={t('report.none')}
      />

      <h2>{t('report.expense')}</h2>
      <SheetTable
        columns={[{ title: t('fund.source') }, { title: t('ledger.aidType') }, { title: t('report.recordCount'), num: true }, { title: t('report.amount'), num: true }]}
        rows={report.expense.map((l) => ({ key: `${l.source}-${l.aidType}`, cells: [codeLabel(t, 'fundSource', l.source), codeLabel(t, 'aidType', l.aidType), l.recordCount, m(l.amountFen)] }))}
        empty={t('report.none')}
      />

      {report.budgets.length > 0 && (
        <>
          <h2>{t('report.budgets')}</h2>
          <SheetTable
            columns={[{ title: t('fund.source') }, { title: t('budget.aidType') }, { title: t('budget.amount'), num: true }, { title: t('budget.used'), num: true }, { title: t('budget.remaining'), num: true }]}
            rows={report.budgets.map((b) => ({
              key: `${b.source}-${b.aidType}`,
              cells: [codeLabel(t, 'fundSource', b.source), b.aidType === 'any' ? t('budget.any') : codeLabel(t, 'aidType', b.aidType), m(b.budgetFen), m(b.usedFen), m(b.remainingFen)],
            }))}
          />
        </>
      )}

      <h2>{t('report.households', { n: report.households.length })}</h2>
      <SheetTable
        columns={[{ title: t('report.fileNo') }, { title: t('report.name') }, { title: t('fund.org') }, { title: t('ledger.aidType') }, { title: t('report.recordCount'), num: true }, { title: t('report.amount'), num: true }]}
        rows={report.households.map((h, i) => ({
          key: h.fileId ?? `${h.maskedName}-${i}`,
          cells: [h.fileNo ?? '—', h.maskedName, h.orgName, h.aidTypes.map((a) => codeLabel(t, 'aidType', a)).join('、'), h.recordCount, m(h.amountFen)],
        }))}
        empty={t('report.none')}
      />

      <div className="signatures">
        <span>{t('report.signPreparer')}</span>
        <span>{t('report.signReviewer')}</span>
        <span>{t('report.signHead')}</span>
      </div>
      <p style={{ marginTop: '6mm', fontSize: '9pt' }}>{t('report.generated', { at: formatDateTime(report.generatedAt, locale) })}</p>
    </A4Sheet>
  );
}
