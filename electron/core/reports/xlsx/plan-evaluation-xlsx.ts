import ExcelJS from 'exceljs';
import { monthLabel } from '../../../../shared/domain/period';
import type { PlanEvaluationModel } from '../../../../shared/domain/plan-evaluation';
import { withReportDefaultFont } from './default-font';
import { bandRow, FMT, headerCell, numberCell, printSetup, textCell } from './style';

const verdict = (ok: boolean | null, target: number | null) =>
  target === null ? 'Không đặt chỉ tiêu' : ok === null ? 'Chưa có số liệu' : ok ? 'Đạt' : 'Chưa đạt';

export function planEvaluationWorkbook(m: PlanEvaluationModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = m.settings.agencyName;
  const ws = wb.addWorksheet('Đánh giá kế hoạch');
  ws.columns = [{ width: 22 }, ...Array.from({ length: 9 }, () => ({ width: 14 }))];
  bandRow(ws, 1, 'J', m.settings.agencyName.toUpperCase(), { bold: true }, 'left');
  bandRow(
    ws,
    2,
    'J',
    `ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ ${m.plan.number} GIAI ĐOẠN ${m.plan.yearFrom}–${m.plan.yearTo}`,
    { bold: true, size: 13 },
  );
  bandRow(ws, 3, 'J', `Địa bàn: ${m.unitName}`, { italic: true });
  const heads = [
    'Năm',
    'Lực lượng lao động (người)',
    'Tham gia BHXH (người)',
    'Tỷ lệ bao phủ BHXH (%)',
    'Chỉ tiêu BHXH (%)',
    'Đánh giá BHXH',
    'Tham gia BHTN (người)',
    'Tỷ lệ bao phủ BHTN (%)',
    'Chỉ tiêu BHTN (%)',
    'Đánh giá BHTN',
  ];
  heads.forEach((h, i) => headerCell(ws.getCell(5, i + 1), h));
  m.years.forEach((y, i) => {
    const r = 6 + i;
    textCell(ws.getCell(r, 1), `${y.year} (${monthLabel(y.month).toLowerCase()})`);
    numberCell(ws.getCell(r, 2), y.laborForce, FMT.count);
    numberCell(ws.getCell(r, 3), y.bhxhParticipants, FMT.count);
    numberCell(ws.getCell(r, 4), y.bhxhCoverage, FMT.rate);
    numberCell(ws.getCell(r, 5), y.bhxhTarget, FMT.rate);
    textCell(ws.getCell(r, 6), verdict(y.bhxhMet, y.bhxhTarget));
    numberCell(ws.getCell(r, 7), y.bhtn, FMT.count);
    numberCell(ws.getCell(r, 8), y.bhtnCoverage, FMT.rate);
    numberCell(ws.getCell(r, 9), y.bhtnTarget, FMT.rate);
    textCell(ws.getCell(r, 10), verdict(y.bhtnMet, y.bhtnTarget));
  });
  let r = 7 + m.years.length;
  ['', 'Tham gia BHXH (người)', 'Tỷ lệ BHXH (%)', 'Tham gia BHTN (người)', 'Tỷ lệ BHTN (%)'].forEach((h, i) =>
    headerCell(ws.getCell(r, i + 1), h),
  );
  for (const [label, p] of [
    ['Điểm đầu', m.start],
    ['Điểm cuối', m.end],
  ] as const) {
    r++;
    textCell(ws.getCell(r, 1), p ? `${label} (${monthLabel(p.month).toLowerCase()})` : label);
    numberCell(ws.getCell(r, 2), p?.bhxhParticipants ?? null, FMT.count);
    numberCell(ws.getCell(r, 3), p?.bhxhCoverage ?? null, FMT.rate);
    numberCell(ws.getCell(r, 4), p?.bhtn ?? null, FMT.count);
    numberCell(ws.getCell(r, 5), p?.bhtnCoverage ?? null, FMT.rate);
  }
  r++;
  textCell(ws.getCell(r, 1), 'Tăng thêm (người)', true);
  numberCell(ws.getCell(r, 2), m.added.bhxhParticipants, FMT.signedCount, true);
  numberCell(ws.getCell(r, 4), m.added.bhtn, FMT.signedCount, true);
  r++;
  for (const line of m.summary) bandRow(ws, ++r, 'J', line, {}, 'left');
  printSetup(ws, '5:5', 'landscape', m.generatedAt);
  return wb;
}

export async function renderPlanEvaluationXlsx(m: PlanEvaluationModel): Promise<Uint8Array> {
  return withReportDefaultFont(
    new Uint8Array((await planEvaluationWorkbook(m).xlsx.writeBuffer()) as ArrayBuffer),
  );
}
