import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Badge, Menu, Tag, type MenuProps } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  ApartmentOutlined,
  DashboardOutlined,
  AccountBookOutlined,
  FileTextOutlined,
  FormOutlined,
  InboxOutlined,
  KeyOutlined,
  NodeIndexOutlined,
  NotificationOutlined,
  PhoneOutlined,
  SettingOutlined,
  TeamOutlined,
  WalletOutlined,
  BankOutlined,
  CalendarOutlined,
  GiftOutlined,
  TransactionOutlined,
} from '@ant-design/icons';
import type { Permission } from '@bangfu/shared/roles';
import { useT } from '../../lib/i18n';
import { useInbox } from '../../features/applications/api/get-inbox';
import { ADMIN_PAGES, BUSINESS_AREAS, COMING_SOON_AREAS, FUND_PAGES, WORKFLOW_AREAS } from '../areas';

const AREA_ICONS: Record<string, React.ReactNode> = {
  '/hardship-files': <FileTextOutlined />,
  '/inbox': <InboxOutlined />,
  '/applications': <FormOutlined />,
  '/notices': <NotificationOutlined />,
  '/funds': <WalletOutlined />,
  '/reception': <PhoneOutlined />,
  '/statistics': <BarChartOutlined />,
};
const FUND_ICONS: Record<string, React.ReactNode> = {
  '/funds': <WalletOutlined />,
  '/funds/payments': <TransactionOutlined />,
  '/funds/bank-batches': <BankOutlined />,
  '/funds/campaigns': <GiftOutlined />,
  '/funds/year-end': <CalendarOutlined />,
};
const ADMIN_ICONS: Record<string, React.ReactNode> = {
  '/admin/orgs': <ApartmentOutlined />,
  '/admin/users': <TeamOutlined />,
  '/admin/service-accounts': <KeyOutlined />,
  '/admin/audit': <AuditOutlined />,
  '/admin/workflow': <NodeIndexOutlined />,
  '/admin/standards': <AccountBookOutlined />,
};

export function SideMenu({ permissions }: { permissions: readonly Permission[] }) {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const inboxTotal = useInbox(permissions.includes('application:read')).data?.total ?? 0;

  const items = useMemo<MenuProps['items']>(() => {
    const fundChildren = FUND_PAGES.filter((page) => permissions.includes(page.permission)).map((page) => ({
      key: page.path,
      icon: FUND_ICONS[page.path],
      label: t(page.label),
    }));
    const adminChildren = ADMIN_PAGES.filter((page) => permissions.includes(page.permission)).map((page) => ({
      key: page.path,
      icon: ADMIN_ICONS[page.path],
      label: t(page.label),
    }));
    return [
      { key: '/', icon: <DashboardOutlined />, label: t('menu.dashboard') },
      ...BUSINESS_AREAS.filter((area) => permissions.includes(area.permission)).map((area) => ({
        key: area.path,
        icon: AREA_ICONS[area.path],
        label: t(area.label),
      })),
      ...WORKFLOW_AREAS.filter((area) => permissions.includes(area.permission)).map((area) => ({
        key: area.path,
        icon: AREA_ICONS[area.path],
        label:
          area.path === '/inbox' ? (
            <span>
              {t(area.label)}
              <Badge count={inboxTotal} size="small" overflowCount={99} style={{ marginInlineStart: 6 }} data-testid="inbox-badge" />
            </span>
          ) : (
            t(area.label)
          ),
      })),
      ...(fundChildren.length > 0 ? [{ key: 'funds', icon: <WalletOutlined />, label: t('menu.funds'), children: fundChildren }] : []),
      ...COMING_SOON_AREAS.map((area) => ({
        key: area.path,
        icon: AREA_ICONS[area.path],
        label: (
          <span>
            {t(area.label)}
            <Tag
              color="orange"
              variant="outlined"
              style={{ marginInlineStart: 6, marginInlineEnd: 0, paddingInline: 4, fontSize: 11, lineHeight: '16px' }}
            >
              {t('comingSoon.tag')}
            </Tag>
          </span>
        ),
      })),
      { key: 'admin', icon: <SettingOutlined />, label: t('menu.admin'), children: adminChildren },
    ];
  }, [permissions, t, inboxTotal]);

  // The longest entry the address starts with: /funds/payments is its own page, not /funds.
  const selected =
    [...ADMIN_PAGES, ...BUSINESS_AREAS, ...WORKFLOW_AREAS, ...FUND_PAGES, ...COMING_SOON_AREAS]
      .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`))
      .sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/';

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      defaultOpenKeys={['funds', 'admin']}
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 0 }}
      data-testid="side-menu"
    />
  );
}
