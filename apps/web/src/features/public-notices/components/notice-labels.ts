import type { PublicNoticeItem } from '@bangfu/shared/notices';
import { DISPLAY_TIME_ZONE } from '../../../lib/format';
import { translateCode, type Locale, type Translate } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';

/** 2026年5月1日 10:00 (China Standard Time): the window as people read it on a notice. */
export function longDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: DISPLAY_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

export type PublicItem = PublicNoticeItem;

/** The four shown columns of a notice row as text: category, aid type (建档 for a filing), amount in yuan. */
export function itemTexts(item: PublicItem, t: Translate) {
  return {
    category: item.category ? translateCode(t, `hardshipCategory.${item.category}`, item.category) : '—',
    aidType: item.aidType ? translateCode(t, `aidType.${item.aidType}`, item.aidType) : t('publicNotice.filing'),
    amount: item.amountFen === null ? '—' : formatFen(item.amountFen, ''),
  };
}
