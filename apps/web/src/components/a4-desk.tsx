import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useT } from '../lib/i18n';
import { errorMessage } from '../lib/problem';
import './a4-desk.css';

interface A4DeskProps {
  /** Where the back button goes, and what it says. */
  back: { to: string; label: string };
  /** The sheet's data is still loading, or failed to. */
  pending: boolean;
  error: unknown;
  /** The sheet itself (an `A4Sheet`), once its data is there; printing is offered only then. */
  children: ReactNode | null;
}

/**
 * A page that prints one paper form: a toolbar (back, print) over the sheet on a grey desk, the sheet
 * alone on the paper. The form's own look (type size, tables) stays with the feature.
 */
export function A4Desk({ back, pending, error, children }: A4DeskProps) {
  const t = useT();
  return (
    <div className="bf-a4-desk">
      <div className="bf-a4-toolbar">
        <Link to={back.to}>
          <Button icon={<ArrowLeftOutlined />}>{back.label}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!children} data-testid="print-button">
          {t('print.button')}
        </Button>
      </div>
      {pending && <Skeleton active className="bf-a4-placeholder" />}
      {!pending && error != null && <Alert type="error" showIcon title={errorMessage(error, t)} className="bf-a4-placeholder" />}
      {children}
    </div>
  );
}

/** The A4 sheet: `className` adds the form's own typography. */
export function A4Sheet({ className, children, testId }: { className: string; children: ReactNode; testId: string }) {
  return (
    <div className={`bf-a4-sheet ${className}`} data-testid={testId}>
      {children}
    </div>
  );
}
