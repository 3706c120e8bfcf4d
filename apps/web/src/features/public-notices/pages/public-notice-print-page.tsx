import { Link, useParams } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { usePublicNotice } from '../api/get-public-notice';
import { itemTexts, longDateTime } from '../components/notice-labels';
import { PRINT_CSS } from '../components/print-styles';

/** The notice for the notice board: A4, big table, the window, how to object, signature and seal lines. */
export function PublicNoticePrintPage() {
  const t = useT();
  const locale = useLocale();
  const { token = '' } = useParams();
  const query = usePublicNotice(token);

  if (query.isPending) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  if (query.isError) return <Result status="warning" title={t('common.loadFailed')} subTitle={errorMessage(query.error, t)} />;
  const notice = query.data;
  const totalFen = notice.items.reduce((sum, item) => sum + (item.amountFen ?? 0), 0);
  const anyAmount = notice.items.some((item) => item.amountFen !== null);

  return (
    <div className="notice-print" data-testid="notice-print">
      <style>{PRINT_CSS}</style>
      <div className="toolbar">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('publicNotice.printNow')}
        </Button>
        <Link to={`/public/notices/${token}`}>{t('publicNotice.backToNotice')}</Link>
      </div>
      <h1>{notice.title}</h1>
      <p className="meta">
        {t('publicNotice.window')}：{longDateTime(notice.publishedAt, locale)} {t('publicNotice.to')} {longDateTime(notice.closesAt, locale)}
      </p>
      <p>{t('publicNotice.printIntro', { org: notice.orgName, n: notice.items.length })}</p>
      <table>
        <thead>
          <tr>
            <th className="center">{t('publicNotice.no')}</th>
            <th>{t('publicNotice.name')}</th>
            <th>{t('publicNotice.unit')}</th>
            <th>{t('publicNotice.category')}</th>
            <th>{t('publicNotice.aidType')}</th>
            <th className="num">{t('publicNotice.amountYuan')}</th>
          </tr>
        </thead>
        <tbody>
          {notice.items.map((item, index) => {
            const text = itemTexts(item, t);
            return (
              <tr key={item.id}>
                <td className="center">{index + 1}</td>
                <td>
                  {item.maskedName}
                  {item.underRecheck && `（${t('publicNotice.underRecheck')}）`}
                </td>
                <td>{item.unit}</td>
                <td>{text.category}</td>
                <td>{text.aidType}</td>
                <td className="num">{text.amount}</td>
              </tr>
            );
          })}
          {anyAmount && (
            <tr>
              <td className="center" colSpan={5}>
                {t('publicNotice.total')}
              </td>
              <td className="num">{formatFen(totalFen, '')}</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="contact">
        {t('publicNotice.printObject')}
        {'\n'}
        {notice.objectionContact}
      </div>
      <div className="signature">
        <div>{t('publicNotice.signHandler')}：______________</div>
        <div>{t('publicNotice.signChief')}：______________</div>
      </div>
      <div className="seal">
        <div>
          {t('publicNotice.sealOrg')}：{notice.orgName}
          {t('publicNotice.seal')}
        </div>
        <div>{t('publicNotice.sealDate')}</div>
      </div>
    </div>
  );
}
