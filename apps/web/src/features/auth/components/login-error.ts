import { isApiError } from '../../../lib/api-error';
import type { Translate } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';

/** The login failures users meet, in their words. */
export function loginErrorMessage(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.status === 429 || error.code === 'TOO_MANY_REQUESTS' || error.code === 'RATE_LIMITED') {
      const wait = error.retryAfter;
      if (wait === null) return t('login.tooManyNoWait');
      return wait > 120 ? t('login.tooManyMinutes', { minutes: Math.ceil(wait / 60) }) : t('login.tooMany', { seconds: wait });
    }
    if (error.code === 'ACCOUNT_DISABLED') return t('login.disabled');
    if (error.status === 401 || error.code === 'INVALID_CREDENTIALS') return t('login.invalid');
  }
  return t('login.failed', { detail: errorMessage(error, t) });
}
