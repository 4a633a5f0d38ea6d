import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { PeriodPicker } from '../../components/PeriodPicker';
import { usePeriod } from '../../hooks/usePeriod';
import { useSaveFile } from '../../hooks/useSaveFile';

/** The blank workbook a district fills in, for a month or quarter the clerk picks (the current one first). */
export function TemplateDownload() {
  const { message } = App.useApp();
  const { period } = usePeriod();
  const save = useSaveFile();
  const [templatePeriod, setTemplatePeriod] = useState(period);

  const saveTemplate = async () => {
    try {
      await save(await call('imports.template', { period: templatePeriod }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <Space>
      <Typography.Text>Mẫu trống cho kỳ</Typography.Text>
      <PeriodPicker
        value={templatePeriod}
        onChange={setTemplatePeriod}
        kinds={['month', 'quarter']}
        testId="template-period"
      />
      <Button onClick={saveTemplate} data-testid="import-template">
        Tải mẫu trống cho huyện
      </Button>
    </Space>
  );
}
