import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** Title on the left, the screen's main controls (period picker, buttons) on the right. */
export function ScreenHeader({
  title,
  extra,
  subtitle,
}: {
  title: string;
  extra?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      <Flex gap={8} wrap align="center">
        {extra}
      </Flex>
    </Flex>
  );
}
