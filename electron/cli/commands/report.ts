import { writeFileSync } from 'node:fs';
import { UserError } from '../../../shared/api/contract';
import { renderReport, type ReportFormat, type ReportKind } from '../../core/reports/render';
import { openExisting, parse, printJson, required, say, UsageError } from '../args';

const KINDS: ReportKind[] = ['progress', 'trend', 'completeness', 'evaluation'];
const KIND_LABEL: Record<ReportKind, string> = {
  progress: 'báo cáo tiến độ',
  trend: 'báo cáo xu hướng',
  completeness: 'báo cáo tình hình gửi số liệu',
  evaluation: 'báo cáo đánh giá kết quả thực hiện kế hoạch',
};

/** `report --db FILE --period P --format pdf|xlsx|docx --out FILE [--kind progress|trend|completeness|evaluation] [--unit CODE] [--from YYYY-MM]` */
export async function reportCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' },
    period: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    kind: { type: 'string', default: 'progress' },
    unit: { type: 'string' },
    from: { type: 'string' },
    json: { type: 'boolean' },
  });
  const kind = values.kind as ReportKind;
  if (!KINDS.includes(kind)) throw new UsageError(`--kind phải là một trong: ${KINDS.join(', ')}.`);
  const format = required(values.format, 'format');
  if (format !== 'pdf' && format !== 'xlsx' && format !== 'docx')
    throw new UsageError('--format phải là pdf, xlsx hoặc docx.');
  const period = required(values.period, 'period');
  const out = required(values.out, 'out');
  if (kind === 'trend' && !values.unit) throw new UsageError('Báo cáo xu hướng cần --unit MÃ_ĐƠN_VỊ.');
  if (values.from !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.from))
    throw new UserError(`Tháng "${values.from}" không hợp lệ: dùng dạng YYYY-MM.`);
  const db = openExisting(required(values.db, 'db'));
  try {
    const file = await renderReport(db, {
      kind,
      format: format as ReportFormat,
      period,
      unit: values.unit,
      from: values.from,
    });
    writeFileSync(out, file.data);
    for (const w of file.warnings) say(`Cảnh báo: ${w}`);
    say(
      `Đã ghi ${KIND_LABEL[kind]} (${format.toUpperCase()}, ${file.data.byteLength.toLocaleString('vi-VN')} byte) vào "${out}".`,
    );
    if (values.json)
      printJson({
        ok: true,
        kind,
        format,
        period,
        out,
        bytes: file.data.byteLength,
        warnings: file.warnings,
      });
    return 0;
  } finally {
    db.close();
  }
}
