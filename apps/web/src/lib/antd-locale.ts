import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { Locale } from './i18n';

/**
 * ESM paths: the CJS 'antd/locale/*' entries import as { default } under Node-style interop.
 * antd's zh_CN locale names weekdays and months through dayjs, whose Chinese locale the app does not load;
 * the picker takes explicit names instead.
 */
const zhPickerNames = {
  shortWeekDays: ['日', '一', '二', '三', '四', '五', '六'],
  shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
};

const zh: AntdLocale = zhCN.DatePicker
  ? { ...zhCN, DatePicker: { ...zhCN.DatePicker, lang: { ...zhCN.DatePicker.lang, ...zhPickerNames } } }
  : zhCN;

export function antdLocale(locale: Locale): AntdLocale {
  return locale === 'en' ? enUS : zh;
}
