import { Link } from 'react-router-dom';
import { Descriptions, Space, Tag, Typography } from 'antd';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { EXCLUSIONS, label, yesNo } from './file-labels';
import { RevealButton } from './reveal-button';

/** 家庭基本情况: the household's facts as the file keeps them (bank card masked). */
export function HouseholdFacts({ file }: { file: HardshipFile }) {
  const t = useT();
  const locale = useLocale();
  const exclusions = EXCLUSIONS.filter((key) => file.exclusions[key]);

  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
      <Descriptions.Item label={t('field.fileNo')}>{file.fileNo}</Descriptions.Item>
      <Descriptions.Item label={t('field.orgId')}>{file.orgName}</Descriptions.Item>
      <Descriptions.Item label={t('field.householdType')}>{label(t, 'householdType', file.householdType)}</Descriptions.Item>
      <Descriptions.Item label={t('field.origin')}>
        {label(t, 'origin', file.origin)}
        {file.previousFileId && (
          <Link to={`/hardship-files/${file.previousFileId}`} style={{ marginInlineStart: 8 }}>
            {t('field.previousFileId')}
          </Link>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.mainCause')}>{label(t, 'cause', file.mainCause)}</Descriptions.Item>
      <Descriptions.Item label={t('field.secondaryCauses')}>
        {file.secondaryCauses.length ? file.secondaryCauses.map((cause) => <Tag key={cause}>{label(t, 'cause', cause)}</Tag>) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.housingType')}>{label(t, 'housingType', file.housingType)}</Descriptions.Item>
      <Descriptions.Item label={t('field.housingAreaM2')}>{file.housingAreaM2 ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.flags')}>
        <Space size={4} wrap>
          {file.singleParent && <Tag>{t('field.singleParent')}</Tag>}
          {file.zeroEmployment && <Tag>{t('field.zeroEmployment')}</Tag>}
          {!file.singleParent && !file.zeroEmployment && '—'}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.onDibao')}>
        {file.onDibao ? `${t('common.yes')}（${formatFen(file.dibaoMonthlyFen)}${t('unit.perMonth')}）` : t('common.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.bankName')}>{file.bankName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.bankCard')}>
        {file.bankCardMasked ? (
          <Space size={0}>
            <Typography.Text code>{file.bankCardMasked}</Typography.Text>
            <RevealButton fileId={file.id} field="bankCard" owner={file.headName} />
          </Space>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.exclusions')} span="filled">
        {exclusions.length ? exclusions.map((key) => <Tag color="red" key={key}>{t(`exclusion.${key}`)}</Tag>) : t('common.none')}
      </Descriptions.Item>
      {file.householdType === 'migrant' && (
        <Descriptions.Item label={t('field.migrant')} span="filled">
          {t('field.migrant.unionMember')}：{yesNo(t, file.migrant.unionMember)}；{t('field.migrant.longTermResident')}：
          {yesNo(t, file.migrant.longTermResident)}；{t('field.migrant.employmentStart')}：{file.migrant.employmentStart ?? '—'}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('field.createdBy')}>
        {file.createdBy ?? '—'} · {formatDateTime(file.createdAt, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.lastReviewedOn')}>{file.lastReviewedOn ?? t('common.never')}</Descriptions.Item>
      <Descriptions.Item label={t('field.reviewDueOn')}>{file.reviewDueOn ?? '—'}</Descriptions.Item>
      {file.categoryConfirmedBy && (
        <Descriptions.Item label={t('field.categoryConfirmedBy')}>
          {file.categoryConfirmedBy} · {formatDateTime(file.categoryConfirmedAt, locale)}
        </Descriptions.Item>
      )}
      {file.exitType && (
        <Descriptions.Item label={t('field.exit')} span="filled">
          {label(t, 'exitType', file.exitType)} · {file.exitedOn} · {file.exitEvidence}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('field.notes')} span="filled">
        {file.notes ?? '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
