import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
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
    <div className="bf-report-desk">
      <div className="bf-report-toolbar">
        <Link to="/funds/year-end">
          <Button icon={<ArrowLeftOutlined />}>{t('report.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!report.data} data-testid="print-button">
          {t('print.button')}
        </Button>
      </div>
      {report.isPending && <Skeleton active style={{ width: '210mm', margin: '0 auto' }} />}
      {report.isError && <Alert type="error" showIcon title={errorMessage(report.error, t)} style={{ width: '210mm', margin: '0 auto' }} />}
      {report.data && <AnnualReportSheet report={report.data} />}
    </div>
  );
}
