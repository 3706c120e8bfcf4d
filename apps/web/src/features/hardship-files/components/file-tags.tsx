import { Tag, Tooltip } from 'antd';
import { useT } from '../../../lib/i18n';
import { CATEGORY_COLORS, label, STATUS_COLORS, type Category, type FileStatus } from './file-labels';

export function StatusTag({ status }: { status: FileStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="file-status">
      {label(t, 'hardshipStatus', status)}
    </Tag>
  );
}

/** The confirmed category; while none is confirmed, the proposal in a dashed tag marked 建议. */
export function CategoryTag({ category, proposed }: { category: Category | null; proposed: Category | null }) {
  const t = useT();
  if (category) {
    return (
      <Tag color={CATEGORY_COLORS[category]} data-testid="file-category">
        {label(t, 'category', category)}
      </Tag>
    );
  }
  if (!proposed) return <Tag>{t('files.unconfirmed')}</Tag>;
  return (
    <Tooltip title={t('files.unconfirmed')}>
      <Tag variant="outlined" color={CATEGORY_COLORS[proposed]} style={{ borderStyle: 'dashed' }} data-testid="file-proposed-category">
        {t('files.proposed', { category: label(t, 'category', proposed) })}
      </Tag>
    </Tooltip>
  );
}
