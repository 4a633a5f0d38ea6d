import { Typography } from 'antd';
import type { CoverageProgress, ProgressReportModel, ProgressRow } from '../../../../shared/reports/model';
import { VERDICT_LABEL } from '../../../../shared/domain/progress';
import { formatCount, formatDateLine, formatRate, formatSignedRate } from '../../../../shared/format/vi';

function cov(c: CoverageProgress) {
  return (
    <>
      <td className="num">{formatRate(c.actual)}</td>
      <td className="num">{formatRate(c.target)}</td>
      <td className="num">{formatSignedRate(c.gap)}</td>
      <td className="num">{formatCount(c.peopleNeeded)}</td>
      <td>{VERDICT_LABEL[c.pace.verdict]}</td>
    </>
  );
}

function row(r: ProgressRow, i: number | null) {
  return (
    <tr key={r.unit} style={i === null ? { fontWeight: 600 } : undefined}>
      <td>{i === null ? '' : i + 1}</td>
      <td style={{ whiteSpace: 'nowrap' }}>{r.name}</td>
      <td className="num">{formatCount(r.laborForce)}</td>
      <td className="num">{formatCount(r.bhxhParticipants)}</td>
      <td className="num">{formatCount(r.bhtn)}</td>
      {cov(r.bhxh)}
      {cov(r.bhtnCoverage)}
    </tr>
  );
}

/** The progress report as it will print, drawn from the same model the PDF and Excel use. */
export function ProgressPreview({ model }: { model: ProgressReportModel }) {
  return (
    <div className="report-preview" data-testid="report-preview">
      <div className="report-letterhead">
        <div>
          <div>{model.settings.parentAgency}</div>
          <b data-testid="preview-agency">{model.settings.agencyName}</b>
          <div style={{ whiteSpace: 'pre' }}>{model.settings.documentNumber}</div>
        </div>
        <div>
          <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>
          <div>
            <u>Độc lập - Tự do - Hạnh phúc</u>
          </div>
          <i>
            {model.settings.place}, {formatDateLine(new Date(model.generatedAt))}
          </i>
        </div>
      </div>
      <Typography.Title level={4} style={{ textAlign: 'center', marginBottom: 0 }}>
        BÁO CÁO TIẾN ĐỘ PHÁT TRIỂN NGƯỜI THAM GIA BHXH, BHTN
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }}>
        {model.periodLabel} – {model.asOf}
        {model.plan ? ` – theo Kế hoạch ${model.plan.number}` : ''}
      </Typography.Paragraph>
      {model.summary.map((s, i) => (
        <Typography.Paragraph key={i}>{s}</Typography.Paragraph>
      ))}
      <div style={{ overflowX: 'auto' }}>
        <table>
          <thead>
            <tr>
              <th rowSpan={2}>STT</th>
              <th rowSpan={2}>Đơn vị</th>
              <th rowSpan={2}>LLLĐ</th>
              <th rowSpan={2}>Tham gia BHXH</th>
              <th rowSpan={2}>Tham gia BHTN</th>
              <th colSpan={5}>BHXH (%)</th>
              <th colSpan={5}>BHTN (%)</th>
            </tr>
            <tr>
              {[0, 1].map((k) => (
                <FragmentHeads key={k} />
              ))}
            </tr>
          </thead>
          <tbody>
            {model.districts.map((d, i) => row(d, i))}
            {row(model.province, null)}
          </tbody>
        </table>
      </div>
      <Typography.Paragraph style={{ marginTop: 12 }}>
        <b>Nơi nhận:</b> {model.settings.recipients.join(' ')}
      </Typography.Paragraph>
      <div style={{ textAlign: 'center', marginLeft: 'auto', width: 320 }}>
        {model.settings.signerAuthority && (
          <b style={{ display: 'block' }}>{model.settings.signerAuthority}</b>
        )}
        <b>{model.settings.signerTitle}</b>
        <div style={{ height: 48 }} />
        <b data-testid="preview-signer">{model.settings.signerName}</b>
      </div>
    </div>
  );
}

function FragmentHeads() {
  return (
    <>
      <th>Thực hiện</th>
      <th>Chỉ tiêu</th>
      <th>Chênh lệch</th>
      <th>Cần thêm (người)</th>
      <th>Đánh giá</th>
    </>
  );
}
