import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Result, Select, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useAllPublicItems } from '../api/get-public-items';
import { usePublicNotice } from '../api/get-public-notice';
import { usePublicOrgs } from '../api/get-public-orgs';
import { itemTexts, longDateTime } from '../components/notice-labels';
import { ALL_UNITS, printChoices, printScope } from '../components/print-scope';
import { PRINT_CSS } from '../components/print-styles';

/**
 * The notice for the notice board: A4, big table, the window, how to object, signature and seal lines.
 * Each grassroots union posts its own part, so it prints one unit at a time (?org=; the only unit by
 * default, or the whole notice when it is small, as before), with the title and unit atop every sheet.
 */
export function PublicNoticePrintPage() {
  const t = useT();
  const locale = useLocale();
  const { token = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = usePublicNotice(token);
  const orgs = usePublicOrgs(token);
  const units = orgs.data?.items ?? [];
  const scope = query.data && orgs.data ? printScope(units, query.data.itemCount, params.get('org')) : null;
  const unit = units.find((o) => o.orgId === scope) ?? null;
  const items = useAllPublicItems(token, scope === ALL_UNITS ? undefined : (scope ?? undefined), scope !== null);

  if (query.isPending || orgs.isPending) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  if (query.isError || orgs.isError) return <Result status="warning" title={t('common.loadFailed')} subTitle={errorMessage(query.error ?? orgs.error, t)} />;
  const notice = query.data;
  const rows = items.data ?? [];
  const totalFen = rows.reduce((sum, item) => sum + (item.amountFen ?? 0), 0);
  const anyAmount = rows.some((item) => item.amountFen !== null);
  const choices = printChoices(units, notice.itemCount);
  const windowText = `${longDateTime(notice.publishedAt, locale)} ${t('publicNotice.to')} ${longDateTime(notice.closesAt, locale)}`;

  return (
    <div className="notice-print" data-testid="notice-print">
      <style>{PRINT_CSS}</style>
      <div className="toolbar">
        {choices.length > 1 && (
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('publicNotice.printChooseUnit')}
            value={scope ?? undefined}
            onChange={(org: string) => setParams({ org }, { replace: true })}
            options={choices.map((c) => {
              const o = units.find((u) => u.orgId === c);
              return { value: c, label: o ? `${o.name}（${o.items}）` : t('publicNotice.allUnits') };
            })}
            style={{ minWidth: 260 }}
            data-testid="print-unit"
          />
        )}
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!items.data}>
          {t('publicNotice.printNow')}
        </Button>
        <Link to={`/public/notices/${token}`}>{t('publicNotice.backToNotice')}</Link>
      </div>
      <h1>{notice.title}</h1>
      <p className="meta">
        {t('publicNotice.window')}：{windowText}
      </p>
      {scope === null ? (
        <Alert type="info" showIcon title={t('publicNotice.printChooseUnitHint', { n: units.length })} className="toolbar" data-testid="print-choose" />
      ) : items.isPending ? (
        <Spin size="large" style={{ display: 'block', margin: '40px auto' }} />
      ) : items.isError ? (
        <Result status="warning" title={t('common.loadFailed')} subTitle={errorMessage(items.error, t)} />
      ) : (
        <>
          <p>
            {t('publicNotice.printIntro', { org: notice.orgName, n: rows.length })}
            {unit && units.length > 1 && <span data-testid="print-unit-line">{t('publicNotice.printUnit', { unit: unit.name })}</span>}
          </p>
          <table>
            <thead>
              <tr className="sheet-head">
                <th colSpan={6}>
                  {notice.title}
                  {unit && units.length > 1 ? ` · ${unit.name}` : ''} · {t('publicNotice.window')}：{windowText}
                </th>
              </tr>
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
              {rows.map((item, index) => {
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
        </>
      )}
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
