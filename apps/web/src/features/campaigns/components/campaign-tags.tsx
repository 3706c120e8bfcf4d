import { Tag } from 'antd';
import type { CampaignKind, CampaignState } from '@bangfu/shared/aid-campaigns';
import { translateCode, useT } from '../../../lib/i18n';

const STATE_COLORS: Record<CampaignState, string> = { draft: 'default', selected: 'blue', in_notice: 'gold', noticed: 'cyan', paying: 'processing', paid: 'green', cancelled: 'default' };
const KIND_COLORS: Record<CampaignKind, string> = { sending_warmth: 'red', golden_autumn: 'orange', custom: 'purple' };

export function CampaignStateTag({ state }: { state: CampaignState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="campaign-state">
      {translateCode(t, `campaignState.${state}`, state)}
    </Tag>
  );
}

export function CampaignKindTag({ kind }: { kind: CampaignKind }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind]}>{translateCode(t, `campaignKind.${kind}`, kind)}</Tag>;
}
