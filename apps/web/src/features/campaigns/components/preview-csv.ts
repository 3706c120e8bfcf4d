import type { CampaignHousehold, CampaignPreview } from '@bangfu/shared/aid-campaigns';
import type { CsvRow } from '../../../lib/csv';
import { translateCode, type Translate } from '../../../lib/i18n';
import { fenToYuanText } from '../../../lib/money';

/** The preview per org (the households' own orgs), its total, and the exclusions, in yuan. */
export function previewCsvRows(t: Translate, preview: CampaignPreview): CsvRow[] {
  return [
    [t('campaign.col.org'), t('campaign.col.households'), t('campaign.col.totalYuan')],
    ...preview.byOrg.map((o) => [o.orgName, o.households, fenToYuanText(o.totalFen)]),
    [t('fund.total'), preview.households, fenToYuanText(preview.totalFen)],
    [],
    [t('campaign.col.rule'), t('campaign.col.households'), t('campaign.col.totalYuan')],
    ...preview.byRule.map((r) => [r.ruleLabel, r.households, fenToYuanText(r.totalFen)]),
    [],
    [t('campaign.excluded'), t('campaign.col.households')],
    ...(['notFormal', 'alreadyInCampaign', 'fundedThisYear', 'overCap'] as const).map((k) => [t(`campaign.excluded.${k}`), preview.excluded[k]]),
  ];
}

/** The selected households (masked names only), in yuan. */
export function householdsCsvRows(t: Translate, rows: readonly CampaignHousehold[]): CsvRow[] {
  return [
    [t('campaign.col.fileNo'), t('campaign.col.name'), t('campaign.col.org'), t('campaign.col.category'), t('campaign.col.rule'), t('campaign.col.amountYuan'), t('common.status')],
    ...rows.map((h) => [
      h.fileNo,
      h.maskedName,
      h.orgName,
      h.category ? translateCode(t, `category.${h.category}`, h.category) : '',
      h.ruleLabel,
      fenToYuanText(h.amountFen),
      translateCode(t, `householdStatus.${h.status}`, h.status),
    ]),
  ];
}

/** A rule label from the server ("每户", "university", "university×2 senior×1") in the UI language. */
export function ruleLabelText(t: Translate, label: string): string {
  if (label === '每户') return t('campaign.perHouseholdLabel');
  return label
    .split(' ')
    .map((part) => {
      const [level, times] = part.split('×');
      const name = translateCode(t, `schoolLevel.${level ?? ''}`, level ?? part);
      return times ? `${name}×${times}` : name;
    })
    .join(' ');
}
