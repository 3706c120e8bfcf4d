import { Tag } from 'antd';
import type { ApplicationState } from '@bangfu/shared/applications';
import { useT } from '../../../lib/i18n';

const COLORS: Record<ApplicationState, string> = {
  draft: 'default',
  grassroots_review: 'processing',
  home_visit: 'processing',
  economic_check: 'processing',
  notice: 'gold',
  recheck: 'orange',
  upper_review: 'processing',
  approval: 'processing',
  approved: 'success',
  disbursing: 'cyan',
  disbursed: 'green',
  closed: 'green',
  returned: 'warning',
  rejected: 'error',
  withdrawn: 'default',
};

/** An application's state as a coloured tag: 草稿, 待初审, 公示中, 已批准, 退回补正… */
export function StateTag({ state }: { state: ApplicationState }) {
  const t = useT();
  return (
    <Tag color={COLORS[state]} data-testid="application-state">
      {t(`appState.${state}`)}
    </Tag>
  );
}
