import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Layout, Menu, Skeleton } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import {
  ApartmentOutlined,
  AimOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { PeriodProvider } from './hooks/usePeriod';
import type { SectionKey } from './routing/route';
import { RouteProvider, useGoTo, useRoute } from './routing/useRoute';

/**
 * Each screen is its own chunk, loaded when first opened: the first screen does not wait for the import,
 * report or unit screens (and their libraries) to download and parse.
 */
function screen(load: () => Promise<Record<string, ComponentType>>, name: string) {
  return lazy(async () => ({ default: (await load())[name]! }));
}
const DashboardScreen = screen(() => import('./screens/Dashboard/DashboardScreen'), 'DashboardScreen');
const ValuesScreen = screen(() => import('./screens/Values/ValuesScreen'), 'ValuesScreen');
const ImportScreen = screen(() => import('./screens/Import/ImportScreen'), 'ImportScreen');
const TargetsScreen = screen(() => import('./screens/Targets/TargetsScreen'), 'TargetsScreen');
const ReportsScreen = screen(() => import('./screens/Reports/ReportsScreen'), 'ReportsScreen');
const UnitsScreen = screen(() => import('./screens/Units/UnitsScreen'), 'UnitsScreen');
const SettingsScreen = screen(() => import('./screens/Settings/SettingsScreen'), 'SettingsScreen');

dayjs.locale('vi');

export type { SectionKey } from './routing/route';

const SECTIONS: { key: SectionKey; label: string; icon: ReactNode; render: () => ReactNode }[] = [
  { key: 'tong-quan', label: 'Tổng quan', icon: <DashboardOutlined />, render: () => <DashboardScreen /> },
  { key: 'so-lieu', label: 'Số liệu', icon: <TableOutlined />, render: () => <ValuesScreen /> },
  {
    key: 'nhap-du-lieu',
    label: 'Nhập dữ liệu',
    icon: <CloudUploadOutlined />,
    render: () => <ImportScreen />,
  },
  { key: 'chi-tieu', label: 'Chỉ tiêu', icon: <AimOutlined />, render: () => <TargetsScreen /> },
  { key: 'bao-cao', label: 'Báo cáo', icon: <FileTextOutlined />, render: () => <ReportsScreen /> },
  { key: 'don-vi', label: 'Đơn vị', icon: <ApartmentOutlined />, render: () => <UnitsScreen /> },
  { key: 'cai-dat', label: 'Cài đặt', icon: <SettingOutlined />, render: () => <SettingsScreen /> },
];

/**
 * The frame: a Vietnamese side menu with the app's sections; the dashboard comes first. The section is
 * the address's (routing/route.ts); `initial` opens another one, for tests.
 */
export function App({ initial }: { initial?: SectionKey }) {
  return (
    <ConfigProvider locale={viVN} theme={{ token: { fontSize: 14 } }}>
      <AntApp>
        <RouteProvider initial={initial && { section: initial }}>
          <PeriodProvider>
            <Frame />
          </PeriodProvider>
        </RouteProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Frame() {
  const { section } = useRoute().route;
  const goTo = useGoTo()!;
  const current = SECTIONS.find((s) => s.key === section)!;
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={200} breakpoint="lg" collapsedWidth={64}>
        <div className="app-brand">BHXH tỉnh Gia Lai</div>
        <nav aria-label="Các mục chính">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[section]}
            // The open section's own item keeps the place within it (a report kind, an open cell).
            onClick={(e) => e.key !== section && goTo(e.key as SectionKey)}
            items={SECTIONS.map((s) => ({
              key: s.key,
              icon: s.icon,
              label: <span data-testid={`nav-${s.key}`}>{s.label}</span>,
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Content className="app-content">
          <main aria-label={current.label}>
            {/* Tests and clerks wait for the screen's own content, never for this placeholder. */}
            <Suspense fallback={<Skeleton active />}>{current.render()}</Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
