import { Segmented } from 'antd';
import { setLocale, useLocale, type Locale } from '../lib/i18n';

/** 中文 / English, remembered in localStorage. */
export function LanguageSwitch() {
  const locale = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
      aria-label="Language / 语言"
      data-testid="language-switch"
    />
  );
}
