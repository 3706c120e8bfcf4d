import type { AidCampaign } from '@bangfu/shared/aid-campaigns';
import { ReasonModal } from '../../../components/reason-modal';
import { useT } from '../../../lib/i18n';
import { useCancelCampaign } from '../api/campaign-steps';

/** 终止活动 before it is paid: its applications are withdrawn, its aid records cancelled, its notice closed early. */
export function CancelModal({ campaign, onClose }: { campaign: AidCampaign; onClose: () => void }) {
  const t = useT();
  const cancel = useCancelCampaign();
  return (
    <ReasonModal
      title={t('campaign.cancelTitle', { name: campaign.name })}
      okText={t('campaign.cancel')}
      field="reason"
      label={t('campaign.cancelReason')}
      warning={t('campaign.cancelExplain')}
      testId="cancel"
      pending={cancel.isPending}
      onSubmit={(reason, fail) => cancel.mutate({ id: campaign.id, reason }, { onSuccess: onClose, onError: fail })}
      onClose={onClose}
    />
  );
}
