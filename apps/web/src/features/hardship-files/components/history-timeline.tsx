import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useFileHistory } from '../api/get-file-history';
import { describeChanges } from './history-changes';

const ACTION_COLORS: Record<string, string> = {
  'file.create': 'green',
  'file.refile': 'green',
  'file.confirm': 'blue',
  'file.formalize': 'blue',
  'file.exit': 'gray',
  'file.cancel': 'red',
};

/** 变更记录: every change to the file, newest first: who, when, what, before → after. */
export function HistoryTimeline({ fileId }: { fileId: string }) {
  const t = useT();
  const locale = useLocale();
  const history = useFileHistory(fileId);
  if (history.isPending) return <Skeleton active />;
  if (history.isError) return <Alert type="error" showIcon title={errorMessage(history.error, t)} />;
  if (history.data.items.length === 0) return <Empty description={t('history.empty')} />;
  const entries = [...history.data.items].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <Timeline
      data-testid="file-history"
      items={entries.map((entry) => {
        const changes = describeChanges(t, entry.action, entry.before, entry.after);
        return {
          key: entry.id,
          color: ACTION_COLORS[entry.action] ?? 'blue',
          title: formatDateTime(entry.at, locale),
          content: (
            <>
              <Typography.Text strong>{translateCode(t, `action.${entry.action}`, entry.action)}</Typography.Text>
              <Typography.Text type="secondary"> · {entry.actorName}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {changes.map((change, index) => (
                  <li key={index}>
                    {'text' in change ? (
                      change.text
                    ) : (
                      <>
                        {change.field}：<Typography.Text delete type="secondary">{change.before}</Typography.Text> → <Typography.Text>{change.after}</Typography.Text>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ),
        };
      })}
    />
  );
}
