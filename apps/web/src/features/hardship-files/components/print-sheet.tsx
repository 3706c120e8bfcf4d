import { A4Sheet } from '../../../components/a4-desk';
import { annualize } from '@bangfu/shared/classification';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { EXCLUSIONS, label } from './file-labels';
import './file-print.css';

/** Blank member rows so a household can be written in by hand when the form is re-checked on paper. */
const MIN_MEMBER_ROWS = 4;

/** 困难职工档案表: the file as a bordered paper form, masked ID numbers, signature lines. */
export function PrintSheet({ file }: { file: HardshipFile }) {
  const t = useT();
  const locale = useLocale();
  const head = file.members.find((m) => m.relation === 'head') ?? file.members[0];
  const w = file.categoryBasis ?? file.classification;
  const flags = [
    file.singleParent && t('field.singleParent'),
    file.zeroEmployment && t('field.zeroEmployment'),
    file.onDibao && `${t('field.onDibao')} ${formatFen(file.dibaoMonthlyFen)}${t('unit.perMonth')}`,
  ].filter(Boolean);
  const exclusions = EXCLUSIONS.filter((key) => file.exclusions[key]).map((key) => t(`exclusion.${key}`));
  const blanks = Math.max(0, MIN_MEMBER_ROWS - file.members.length);
  const parts = [
    ...file.incomes.map((i) => ({ ...i, kind: t('print.income'), type: label(t, 'incomeType', i.type) + (i.excluded ? `（${t('income.excluded')}）` : '') })),
    ...file.expenses.map((e) => ({ ...e, kind: t('print.expense'), type: label(t, 'expenseType', e.type) })),
  ];

  return (
    <A4Sheet className="bf-print-sheet" testId="print-sheet">
      <h1>{t('print.title')}</h1>
      <div className="bf-print-meta">
        <span>
          {t('field.fileNo')}：{file.fileNo}
        </span>
        <span>
          {t('print.org')}：{file.orgName}
        </span>
        <span>
          {t('print.filedOn')}：{formatDate(file.createdAt, locale)}
        </span>
      </div>
      <table className="bf-print-form">
        <colgroup>
          {Array.from({ length: 8 }, (_, i) => (
            <col key={i} style={{ width: i % 2 === 0 ? '13%' : '12%' }} />
          ))}
        </colgroup>
        <tbody>
          <tr>
            <th colSpan={8} className="bf-print-section">{t('print.section.household')}</th>
          </tr>
          <tr>
            <th>{t('print.headName')}</th>
            <td>{head?.name}</td>
            <th>{t('member.gender')}</th>
            <td>{label(t, 'gender', head?.gender)}</td>
            <th>{t('member.birthDate')}</th>
            <td>{head?.birthDate}</td>
            <th>{t('member.ethnicity')}</th>
            <td>{head?.ethnicity ?? ''}</td>
          </tr>
          <tr>
            <th>{t('print.idNumber')}</th>
            <td colSpan={3}>{head?.idNumberMasked}</td>
            <th>{t('member.phone')}</th>
            <td colSpan={3}>{head?.phoneMasked ?? ''}</td>
          </tr>
          <tr>
            <th>{t('member.employer')}</th>
            <td colSpan={3}>{head?.employer ?? ''}</td>
            <th>{t('member.workStatus')}</th>
            <td>{label(t, 'workStatus', head?.workStatus)}</td>
            <th>{t('member.hukouType')}</th>
            <td>{head?.hukouType ? label(t, 'hukou', head.hukouType) : ''}</td>
          </tr>
          <tr>
            <th>{t('member.address')}</th>
            <td colSpan={7}>{head?.address ?? ''}</td>
          </tr>
          <tr>
            <th>{t('field.householdType')}</th>
            <td colSpan={3}>{label(t, 'householdType', file.householdType)}</td>
            <th>{t('field.origin')}</th>
            <td>{label(t, 'origin', file.origin)}</td>
            <th>{t('field.status')}</th>
            <td>{label(t, 'hardshipStatus', file.status)}</td>
          </tr>
          <tr>
            <th>{t('field.mainCause')}</th>
            <td colSpan={3}>{label(t, 'cause', file.mainCause)}</td>
            <th>{t('field.secondaryCauses')}</th>
            <td colSpan={3}>{file.secondaryCauses.map((c) => label(t, 'cause', c)).join('、')}</td>
          </tr>
          <tr>
            <th>{t('print.housing')}</th>
            <td colSpan={3}>
              {file.housingType ? label(t, 'housingType', file.housingType) : ''}
              {file.housingAreaM2 !== null ? ` ${file.housingAreaM2} ㎡` : ''}
            </td>
            <th>{t('print.flags')}</th>
            <td colSpan={3}>{flags.join('；')}</td>
          </tr>
          <tr>
            <th>{t('field.bankName')}</th>
            <td colSpan={3}>{file.bankName ?? ''}</td>
            <th>{t('field.bankCard')}</th>
            <td colSpan={3}>{file.bankCardMasked ?? ''}</td>
          </tr>
          <tr>
            <th colSpan={8} className="bf-print-section">{t('print.section.members', { count: file.members.length })}</th>
          </tr>
          <tr>
            <th>{t('member.relation')}</th>
            <th>{t('member.name')}</th>
            <th>{t('member.gender')}</th>
            <th>{t('member.birthDate')}</th>
            <th colSpan={2}>{t('print.idNumber')}</th>
            <th>{t('print.workOrSchool')}</th>
            <th>{t('print.healthCol')}</th>
          </tr>
          {file.members.map((m) => (
            <tr key={m.id}>
              <td>{label(t, 'relation', m.relation)}</td>
              <td>{m.name}</td>
              <td>{label(t, 'gender', m.gender)}</td>
              <td>{m.birthDate}</td>
              <td colSpan={2}>{m.idNumberMasked}</td>
              <td>{m.isStudent ? [t('member.isStudent'), m.schoolLevel ? label(t, 'schoolLevel', m.schoolLevel) : ''].join(' ') : label(t, 'workStatus', m.workStatus)}</td>
              <td>{m.ableBodied ? t('print.healthy') : t('member.unable')}{m.coResident ? '' : `；${t('print.notCoResident')}`}</td>
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, i) => (
            <tr key={`blank-${i}`}>
              <td>&nbsp;</td>
              <td />
              <td />
              <td />
              <td colSpan={2} />
              <td />
              <td />
            </tr>
          ))}
          <tr>
            <th colSpan={8} className="bf-print-section">{t('print.section.money')}</th>
          </tr>
          <tr>
            <th>{t('print.kind')}</th>
            <th colSpan={2}>{t('income.type')}</th>
            <th>{t('print.amount')}</th>
            <th>{t('income.period')}</th>
            <th>{t('income.annual')}</th>
            <th colSpan={2}>{t('income.evidence')}</th>
          </tr>
          {parts.map((p) => (
            <tr key={p.id}>
              <td>{p.kind}</td>
              <td colSpan={2}>{p.type}</td>
              <td className="bf-print-num">{formatFen(p.amountFen, '')}</td>
              <td>{label(t, 'period', p.period)}</td>
              <td className="bf-print-num">{formatFen(annualize(p.amountFen, p.period), '')}</td>
              <td colSpan={2}>{p.evidence ?? ''}</td>
            </tr>
          ))}
          {parts.length === 0 && (
            <tr>
              <td colSpan={8}>{t('common.none')}</td>
            </tr>
          )}
          <tr>
            <th colSpan={8} className="bf-print-section">{t('print.section.assessment')}</th>
          </tr>
          <tr>
            <th>{t('calc.annualIncome')}</th>
            <td className="bf-print-num">{formatFen(w?.annualIncomeFen, '')}</td>
            <th>{t('calc.annualExpense')}</th>
            <td className="bf-print-num">{formatFen(w?.annualExpenseFen, '')}</td>
            <th>{t('calc.householdSize')}</th>
            <td>{w ? t('calc.persons', { count: w.householdSize }) : ''}</td>
            <th>{t('print.mpcn')}</th>
            <td className="bf-print-num">{formatFen(w?.mpcnFen, '')}</td>
          </tr>
          <tr>
            <th>{t('calc.standard')}</th>
            <td colSpan={3}>
              {w ? `${formatFen(w.standardMonthlyFen)}${t('unit.perMonth')}（${t('calc.standardSource', { division: w.standard.divisionCode, from: w.standard.effectiveFrom })}）` : ''}
            </td>
            <th>{t('print.ceiling')}</th>
            <td colSpan={3}>{w ? `${formatFen(w.relativeCeilingFen)}${t('unit.perMonth')}` : ''}</td>
          </tr>
          <tr>
            <th>{t('field.proposedCategory')}</th>
            <td colSpan={3}>{label(t, 'category', w?.proposed ?? file.proposedCategory)}</td>
            <th>{t('field.category')}</th>
            <td colSpan={3}>
              {file.category ? `${label(t, 'category', file.category)}（${file.categoryConfirmedBy ?? ''} ${formatDate(file.categoryConfirmedAt, locale)}）` : ''}
            </td>
          </tr>
          <tr>
            <th>{t('field.exclusions')}</th>
            <td colSpan={7}>{exclusions.length ? exclusions.join('；') : t('common.none')}</td>
          </tr>
          <tr>
            <th>{t('field.notes')}</th>
            <td colSpan={7} style={{ height: '12mm', verticalAlign: 'top' }}>
              {file.notes ?? ''}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="bf-print-signatures">
        <div>
          {t('print.filler')}：<span />
        </div>
        <div>
          {t('print.reviewer')}：<span />
        </div>
        <div>
          {t('print.date')}：<span />
        </div>
      </div>
      <div className="bf-print-foot">
        <span>{t('print.maskNote')}</span>
        <span>
          {t('print.printedAt')}：{formatDateTime(new Date().toISOString(), locale)}
        </span>
      </div>
    </A4Sheet>
  );
}
