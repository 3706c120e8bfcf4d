import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useHardshipFile } from '../api/get-hardship-file';
import { PrintSheet } from '../components/print-sheet';

/** /hardship-files/:id/print: the 困难职工档案表 alone on the page, ready for the browser's print dialog. */
export function FilePrintPage() {
  const t = useT();
  const { id = '' } = useParams();
  const file = useHardshipFile(id);

  useEffect(() => {
    if (!file.data) return;
    const previous = document.title;
    // The title becomes the default file name of "Save as PDF".
    document.title = `${t('print.title')}-${file.data.fileNo}`;
    return () => {
      document.title = previous;
    };
  }, [file.data, t]);

  return (
    <div className="bf-print-desk">
      <div className="bf-print-toolbar bf-no-print">
        <Link to={`/hardship-files/${id}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('print.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!file.data} data-testid="print-button">
          {t('print.button')}
        </Button>
      </div>
      {file.isPending && <Skeleton active style={{ width: '210mm', margin: '0 auto' }} />}
      {file.isError && <Alert type="error" showIcon title={errorMessage(file.error, t)} style={{ width: '210mm', margin: '0 auto' }} />}
      {file.data && <PrintSheet file={file.data} />}
    </div>
  );
}
