import { translateCode, type Translate } from '../../../lib/i18n';

/** `auth.login` → 登录; unknown codes are shown as they are. */
export function actionLabel(t: Translate, action: string): string {
  return translateCode(t, `action.${action}`, action);
}

export function recordTypeLabel(t: Translate, recordType: string): string {
  return translateCode(t, `recordType.${recordType}`, recordType);
}

export function actorTypeLabel(t: Translate, actorType: string): string {
  return translateCode(t, `audit.actorType.${actorType}`, actorType);
}
