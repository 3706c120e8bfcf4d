import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { A4Desk } from '../../../components/a4-desk';
import { useT } from '../../../lib/i18n';
import { useAnnualReport } from '../api/get-reports';
import { AnnualReportSheet } from '../components/annual-report-sheet';

/** /funds/reports/:accountId/:year/print: the annual fund report alone on the page, for the auditors' file and the wall. */
export function AnnualReportPrintPage() {
  const t = useT();
  const { accountId = '', year = '' } = useParams();
  const report = useAnnualReport(accountId, /^\d{4}$/.test(year) ? Number(year) : null);

  useEffect(() => {
    if (!report.data) return;
    const previous = document.title;
    document.title = `${t('report.title', { year: report.data.year })}-${report.data.account.orgName}`;
    return () => {
      document.title = previous;
    };
  }, [report.data, t]);

  return (
    <A4Desk back={{ to: '/funds/year-end', label: t('report.back') }} pending={report.isPending} error={report.error}>
      {report.data ? <AnnualReportSheet report={report.data} /> : null}
    </A4Desk>
  );
}
