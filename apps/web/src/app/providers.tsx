import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { antdLocale } from '../lib/antd-locale';
import { useLocale } from '../lib/i18n';
import { usePrefersReducedMotion } from '../lib/reduced-motion';
import { queryClient } from '../lib/query-client';

/**
 * React Query, antd theme and locale (zh_CN by default, en_US after the switch), antd's message/modal context.
 * Popups, drawers and messages appear without animation for users whose system asks for reduced motion.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocale(locale)} theme={{ token: { colorPrimary: '#c8102e', borderRadius: 6, motion: !reducedMotion } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
