import type { ReactNode } from 'react';
import { Result } from 'antd';
import type { Permission } from '@bangfu/shared/roles';
import { useMe } from '../lib/auth';
import { useT } from '../lib/i18n';

/** Shows a 403 result instead of the page when the user lacks the permission (the API enforces it anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const t = useT();
  const { data } = useMe();
  if (data && !data.permissions.includes(permission)) return <Result status="403" title="403" subTitle={t('error.forbidden')} />;
  return children;
}
