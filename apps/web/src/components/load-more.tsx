import { Button, Typography } from 'antd';
import { useT } from '../lib/i18n';

interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  count: number;
}

/** The foot of a keyset-paged table: a "load more" button, or a quiet "all loaded". */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage, count }: LoadMoreProps) {
  const t = useT();
  if (count === 0) return null;
  return (
    <div style={{ textAlign: 'center', marginTop: 16 }}>
      {hasNextPage ? (
        <Button onClick={() => void fetchNextPage()} loading={isFetchingNextPage} data-testid="load-more">
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </div>
  );
}
