import { useMemo } from 'react';
import { Alert, Card, Form, Typography, type FormInstance } from 'antd';
import { classify, type ClassificationMember } from '@bangfu/shared/classification';
import type { ClassificationWorking } from '@bangfu/shared/hardship-files';
import { checkIdNumber } from '@bangfu/shared/id-number';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useOrgTree } from '../../../lib/org-tree';
import { paramsInForce, standardInForce, useClassificationParams, useMinLivingStandards } from '../../../lib/standards';
import { ClassificationWorkingView } from './classification-working';
import type { FileFormValues } from './file-form-values';
import type { MemberValues } from './member-values';

/** The same rule the server uses: seriously ill, or disabled at grade 1–2, cannot work. */
function ableBodied(member: MemberValues): boolean {
  const health = member.health;
  if (!health) return true;
  if (health.seriousIllness) return false;
  const disabled = health.disabilityType && health.disabilityType !== 'none';
  return !(disabled && (health.disabilityGrade ?? 1) <= 2);
}

function toClassificationMember(member: MemberValues, today: string): ClassificationMember {
  const parsed = (member.idType ?? 'resident') === 'resident' && member.idNumber ? checkIdNumber(member.idNumber, today) : null;
  return {
    name: member.name ?? '',
    gender: member.gender ?? (parsed?.ok ? parsed.gender : 'male'),
    birthDate: member.birthDate || (parsed?.ok ? parsed.birthDate : today),
    isStudent: member.isStudent ?? false,
    workStatus: member.workStatus ?? 'none',
    ableBodied: ableBodied(member),
    coResident: member.coResident ?? true,
  };
}

const amount = (fen: number | null | undefined) => (typeof fen === 'number' && Number.isFinite(fen) ? fen : 0);

/** 困难类别预测算: classify() on what is typed so far, against the standard and parameters of the chosen org's division. */
export function ClassificationPreview({ form }: { form: FormInstance<FileFormValues> }) {
  const t = useT();
  const values = Form.useWatch([], form) as FileFormValues | undefined;
  const orgs = useOrgTree();
  const division = orgs.data?.nodes.find((org) => org.id === values?.orgId)?.divisionCode;
  const province = division?.slice(0, 2);
  const standards = useMinLivingStandards(province);
  const params = useClassificationParams(province);
  const today = shanghaiDay();

  const working = useMemo((): ClassificationWorking | null => {
    if (!values || !division || !standards.data || !params.data) return null;
    const standard = standardInForce(standards.data.items, division, today);
    const p = paramsInForce(params.data.items, division, Number(today.slice(0, 4)));
    if (!standard || !p) return null;
    const result = classify(
      {
        judgedOn: today,
        householdType: values.householdType ?? 'urban',
        causes: [values.mainCause ?? 10, ...(values.secondaryCauses ?? [])],
        members: (values.members ?? []).filter(Boolean).map((m) => toClassificationMember(m, today)),
        incomes: (values.incomes ?? []).filter(Boolean).map((i) => ({ type: i.type ?? 'other', amountFen: amount(i.amountFen), period: i.period ?? 'monthly', excluded: i.excluded ?? false })),
        expenses: (values.expenses ?? []).filter(Boolean).map((e) => ({ type: e.type ?? 'medical_self_pay', amountFen: amount(e.amountFen), period: e.period ?? 'annual' })),
        exclusions: { multipleHomes: false, ownsBusiness: false, privateSchoolOrAbroad: false, privateCar: false, idleByChoice: false, ...values.exclusions },
        migrant: {
          unionMember: values.migrant?.unionMember ?? false,
          longTermResident: values.migrant?.longTermResident ?? false,
          employmentStart: values.migrant?.employmentStart || null,
        },
      },
      { ...p, standardMonthlyFen: standard.monthlyFen },
    );
    return {
      proposed: result.proposed,
      reasons: result.reasons,
      judgedOn: today,
      ...result.working,
      standard: { id: standard.id, divisionCode: standard.divisionCode, effectiveFrom: standard.effectiveFrom, monthlyFen: standard.monthlyFen },
      params: {
        id: p.id,
        divisionCode: p.divisionCode,
        year: p.year,
        relativeMultipleBp: p.relativeMultipleBp,
        accidentRatioBp: p.accidentRatioBp,
        minimumWageMonthlyFen: p.minimumWageMonthlyFen,
      },
    };
  }, [values, division, standards.data, params.data, today]);

  const loading = orgs.isPending || standards.isPending || params.isPending;
  return (
    <Card title={t('calc.previewTitle')} size="small" data-testid="classification-preview">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('calc.previewHint')}
      </Typography.Paragraph>
      {working ? (
        <ClassificationWorkingView working={working} compact />
      ) : (
        !loading && <Alert type="warning" showIcon title={t(division ? 'calc.previewNoStandard' : 'calc.previewNoOrg')} />
      )}
    </Card>
  );
}
