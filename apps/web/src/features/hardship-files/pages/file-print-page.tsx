import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { A4Desk } from '../../../components/a4-desk';
import { useT } from '../../../lib/i18n';
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
    <A4Desk back={{ to: `/hardship-files/${id}`, label: t('print.back') }} pending={file.isPending} error={file.error}>
      {file.data ? <PrintSheet file={file.data} /> : null}
    </A4Desk>
  );
}
