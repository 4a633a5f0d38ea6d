import { Card, Col, Row } from 'antd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { SettingsForm } from './SettingsForm';
import { DatabasePanel } from './DatabasePanel';

/** Cài đặt: report letterhead and signer; the database, backups and restore. */
export function SettingsScreen() {
  return (
    <>
      <ScreenHeader title="Cài đặt" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card size="small" title="Thông tin trên báo cáo">
            <SettingsForm />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card size="small" title="Cơ sở dữ liệu và sao lưu">
            <DatabasePanel />
          </Card>
        </Col>
      </Row>
    </>
  );
}
