import { Tag } from 'antd';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { useT } from '../../../lib/i18n';

const COLORS: Record<NoticeBatch['state'], string> = { draft: 'default', published: 'gold', closed: 'green' };

/** 草稿 / 公示中 / 已结束. */
export function BatchStateTag({ state }: { state: NoticeBatch['state'] }) {
  const t = useT();
  return (
    <Tag color={COLORS[state]} data-testid="batch-state">
      {t(`noticeBatch.state.${state}`)}
    </Tag>
  );
}
