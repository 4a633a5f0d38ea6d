import { useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Layout, Menu } from 'antd';
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
import { GoToProvider } from './hooks/useGoTo';
import { PeriodProvider } from './hooks/usePeriod';
import { DashboardScreen } from './screens/Dashboard/DashboardScreen';
import { ValuesScreen } from './screens/Values/ValuesScreen';
import { ImportScreen } from './screens/Import/ImportScreen';
import { TargetsScreen } from './screens/Targets/TargetsScreen';
import { ReportsScreen } from './screens/Reports/ReportsScreen';
import { UnitsScreen } from './screens/Units/UnitsScreen';
import { SettingsScreen } from './screens/Settings/SettingsScreen';

dayjs.locale('vi');

export type SectionKey =
  'tong-quan' | 'so-lieu' | 'nhap-du-lieu' | 'chi-tieu' | 'bao-cao' | 'don-vi' | 'cai-dat';

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

/** The frame: a Vietnamese side menu with the app's sections; the dashboard comes first. */
export function App({ initial = 'tong-quan' }: { initial?: SectionKey }) {
  const [section, setSection] = useState<SectionKey>(initial);
  const current = SECTIONS.find((s) => s.key === section)!;
  return (
    <ConfigProvider locale={viVN} theme={{ token: { fontSize: 14 } }}>
      <AntApp>
        <PeriodProvider>
          <Layout style={{ height: '100vh' }}>
            <Layout.Sider width={200} breakpoint="lg" collapsedWidth={64}>
              <div className="app-brand">BHXH tỉnh Gia Lai</div>
              <nav aria-label="Các mục chính">
                <Menu
                  theme="dark"
                  mode="inline"
                  selectedKeys={[section]}
                  onClick={(e) => setSection(e.key as SectionKey)}
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
                  <GoToProvider value={setSection}>{current.render()}</GoToProvider>
                </main>
              </Layout.Content>
            </Layout>
          </Layout>
        </PeriodProvider>
      </AntApp>
    </ConfigProvider>
  );
}
