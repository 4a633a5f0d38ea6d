import { Typography } from 'antd';
import type { CompletenessReportModel, TrendReportModel } from '../../../../shared/reports/model';
import { monthLabel } from '../../../../shared/domain/period';
import { formatPercent, formatRate } from '../../../../shared/format/vi';

export function TrendPreview({ model }: { model: TrendReportModel }) {
  return (
    <div className="report-preview" data-testid="report-preview">
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        DIỄN BIẾN TỶ LỆ BAO PHỦ – {model.unitName.toUpperCase()}
      </Typography.Title>
      <table>
        <thead>
          <tr>
            <th>Tháng</th>
            <th>BHXH (%)</th>
            <th>Chỉ tiêu BHXH</th>
            <th>BHTN (%)</th>
            <th>Chỉ tiêu BHTN</th>
          </tr>
        </thead>
        <tbody>
          {model.points.map((p) => (
            <tr key={p.month} className={p.carried ? 'cell-carried' : undefined}>
              <td>{monthLabel(p.month)}</td>
              <td className="num">{formatRate(p.bhxhCoverage)}</td>
              <td className="num">{formatRate(p.bhxhTarget)}</td>
              <td className="num">{formatRate(p.bhtnCoverage)}</td>
              <td className="num">{formatRate(p.bhtnTarget)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph style={{ marginTop: 8 }}>
        Dự báo cuối năm: BHXH {formatPercent(model.projectedYearEnd.bhxh, 'chưa đủ số liệu')}, BHTN{' '}
        {formatPercent(model.projectedYearEnd.bhtn, 'chưa đủ số liệu')}.
      </Typography.Paragraph>
    </div>
  );
}

export function CompletenessPreview({ model }: { model: CompletenessReportModel }) {
  return (
    <div className="report-preview" data-testid="report-preview">
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        TÌNH HÌNH GỬI SỐ LIỆU NĂM {model.year}
      </Typography.Title>
      <table>
        <thead>
          <tr>
            <th>Đơn vị</th>
            {model.months.map((m) => (
              <th key={m}>T{Number(m.slice(5))}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.unit}>
              <td>{r.name}</td>
              {r.sent.map((s, i) => (
                <td
                  key={i}
                  style={{ textAlign: 'center', color: s ? '#389e0d' : s === null ? '#8c8c8c' : '#cf1322' }}
                  aria-label={s ? 'Đã gửi' : s === null ? 'Không có hiệu lực trong tháng' : 'Chưa gửi'}
                >
                  {s ? '✓' : s === null ? '' : '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
