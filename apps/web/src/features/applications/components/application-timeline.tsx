import { Space, Tag, Timeline, Typography } from 'antd';
import type { StepEntry } from '@bangfu/shared/applications';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';

const COLORS: Record<string, string> = { pass: 'green', notice_cleared: 'green', return: 'orange', reject: 'red', objection_sustained: 'red', submit: 'blue', resubmit: 'blue' };

/** 流转记录: who (role, org) did what at which step, the state change, the opinion, and when. */
export function ApplicationTimeline({ entries }: { entries: StepEntry[] }) {
  const t = useT();
  const locale = useLocale();
  const state = (code: string | null) => (code ? translateCode(t, `appState.${code}`, code) : '');
  return (
    <Timeline
      data-testid="application-timeline"
      items={entries.map((entry) => ({
        key: entry.id,
        color: COLORS[entry.action] ?? 'gray',
        content: (
          <Space orientation="vertical" size={2} data-testid="timeline-entry">
            <Space wrap size={6}>
              <Typography.Text strong>{translateCode(t, `timelineAction.${entry.action}`, entry.action)}</Typography.Text>
              {entry.step && <Tag>{translateCode(t, `reviewStep.${entry.step}`, entry.step)}</Tag>}
              {entry.fromState && entry.fromState !== entry.toState && (
                <Typography.Text type="secondary">
                  {state(entry.fromState)} → {state(entry.toState)}
                </Typography.Text>
              )}
            </Space>
            <Typography.Text type="secondary">
              {[entry.actorName, entry.actorRole ? translateCode(t, `role.${entry.actorRole}`, entry.actorRole) : null, entry.actorOrg].filter(Boolean).join(' · ')}
            </Typography.Text>
            {entry.opinion && (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {t(entry.action === 'visit' ? 'application.findingsQuoted' : 'application.opinionQuoted', { opinion: entry.opinion })}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(entry.at, locale)}
            </Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}
