import type { AnnualFundReport } from '@bangfu/shared/fund-reports';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { codeLabel } from './fund-labels';
import './report-print.css';

/** 帮扶资金年度报表 as a paper form: the year's flows by source, income by kind, expense by aid type, budgets and households. */
export function AnnualReportSheet({ report }: { report: AnnualFundReport }) {
  const t = useT();
  const locale = useLocale();
  const m = (fen: number) => formatFen(fen, '');
  return (
    <div className="bf-report-sheet" data-testid="annual-report">
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
      <table>
        <thead>
          <tr>
            <th>{t('fund.source')}</th>
            <th className="num">{t('yearEnd.opening')}</th>
            <th className="num">{t('yearEnd.in')}</th>
            <th className="num">{t('yearEnd.out')}</th>
            <th className="num">{t('yearEnd.closing')}</th>
          </tr>
        </thead>
        <tbody>
          {report.sources.map((s) => (
            <tr key={s.source}>
              <td>{codeLabel(t, 'fundSource', s.source)}</td>
              <td className="num">{m(s.openingFen)}</td>
              <td className="num">{m(s.inFen)}</td>
              <td className="num">{m(s.outFen)}</td>
              <td className="num">{m(s.closingFen)}</td>
            </tr>
          ))}
          <tr>
            <th>{t('fund.total')}</th>
            <th className="num">{m(report.openingBalanceFen)}</th>
            <th className="num">{m(report.inFen)}</th>
            <th className="num">{m(report.outFen)}</th>
            <th className="num" data-testid="report-closing">
              {m(report.closingBalanceFen)}
            </th>
          </tr>
        </tbody>
      </table>
      {report.priorYearCorrectionsFen !== 0 && <p>{t('report.priorCorrections', { amount: formatFen(report.priorYearCorrectionsFen) })}</p>}

      <h2>{t('report.income')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('fund.source')}</th>
            <th>{t('receipt.kind')}</th>
            <th className="num">{t('report.receiptCount')}</th>
            <th className="num">{t('report.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {report.income.length === 0 && (
            <tr>
              <td colSpan={4}>{t('report.none')}</td>
            </tr>
          )}
          {report.income.map((l) => (
            <tr key={`${l.source}-${l.kind}`}>
              <td>{codeLabel(t, 'fundSource', l.source)}</td>
              <td>{codeLabel(t, 'receiptKind', l.kind)}</td>
              <td className="num">{l.receiptCount}</td>
              <td className="num">{m(l.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('report.expense')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('fund.source')}</th>
            <th>{t('ledger.aidType')}</th>
            <th className="num">{t('report.recordCount')}</th>
            <th className="num">{t('report.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {report.expense.length === 0 && (
            <tr>
              <td colSpan={4}>{t('report.none')}</td>
            </tr>
          )}
          {report.expense.map((l) => (
            <tr key={`${l.source}-${l.aidType}`}>
              <td>{codeLabel(t, 'fundSource', l.source)}</td>
              <td>{codeLabel(t, 'aidType', l.aidType)}</td>
              <td className="num">{l.recordCount}</td>
              <td className="num">{m(l.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {report.budgets.length > 0 && (
        <>
          <h2>{t('report.budgets')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('fund.source')}</th>
                <th>{t('budget.aidType')}</th>
                <th className="num">{t('budget.amount')}</th>
                <th className="num">{t('budget.used')}</th>
                <th className="num">{t('budget.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {report.budgets.map((b) => (
                <tr key={`${b.source}-${b.aidType}`}>
                  <td>{codeLabel(t, 'fundSource', b.source)}</td>
                  <td>{b.aidType === 'any' ? t('budget.any') : codeLabel(t, 'aidType', b.aidType)}</td>
                  <td className="num">{m(b.budgetFen)}</td>
                  <td className="num">{m(b.usedFen)}</td>
                  <td className="num">{m(b.remainingFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>{t('report.households', { n: report.households.length })}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('report.fileNo')}</th>
            <th>{t('report.name')}</th>
            <th>{t('fund.org')}</th>
            <th>{t('ledger.aidType')}</th>
            <th className="num">{t('report.recordCount')}</th>
            <th className="num">{t('report.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {report.households.length === 0 && (
            <tr>
              <td colSpan={6}>{t('report.none')}</td>
            </tr>
          )}
          {report.households.map((h, i) => (
            <tr key={h.fileId ?? `${h.maskedName}-${i}`}>
              <td>{h.fileNo ?? '—'}</td>
              <td>{h.maskedName}</td>
              <td>{h.orgName}</td>
              <td>{h.aidTypes.map((a) => codeLabel(t, 'aidType', a)).join('、')}</td>
              <td className="num">{h.recordCount}</td>
              <td className="num">{m(h.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="signatures">
        <span>{t('report.signPreparer')}</span>
        <span>{t('report.signReviewer')}</span>
        <span>{t('report.signHead')}</span>
      </div>
      <p style={{ marginTop: '6mm', fontSize: '9pt' }}>{t('report.generated', { at: formatDateTime(report.generatedAt, locale) })}</p>
    </div>
  );
}
