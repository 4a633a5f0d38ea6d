/**
 * Targets from a plan's appendix sheet ("Phụ lục: chỉ tiêu ... giao cho các huyện"): one row per unit,
 * one column per indicator and year, as UBND appendices lay them out. Headers often sit on two or three
 * merged rows ("Năm 2024" over "BHXH (%)" and "BHTN (%)"), so a column's meaning is read from the rows
 * above its header cell, nearest first.
 */
import ExcelJS from 'exceljs';
import { UserError } from '../../../shared/api/contract';
import { BHTN, BHTN_COVERAGE, BHXH_COVERAGE, BHXH_PARTICIPANTS } from '../../../shared/domain/indicators';
import { createUnitMatcher, foldVietnamese } from '../../../shared/units/names';
import { formatCount, formatRate } from '../../../shared/format/vi';
import { MAX_PEOPLE } from '../../../shared/domain/checks';
import type { Db } from '../db/open';
import { parseNumberText, toCell } from '../import/cell-value';
import { loadWorkbook } from '../import/load-workbook';
import { getPlanByNumber, setTarget } from '../repos/targets';
import { listUnits } from '../repos/units';
import { inForceOn } from '../../../shared/domain/units-in-force';

const HEADER_SCAN_ROWS = 25;

interface TargetColumn {
  col: number;
  indicator: string;
  kind: 'rate' | 'count';
  year: number;
}

type Plain = string | number | null;

/** A cell through the importer's reader; a date, a TRUE/FALSE or a formula error holds no target. */
function plain(v: ExcelJS.CellValue): Plain {
  if (typeof v === 'boolean') return null;
  const c = toCell(v);
  return c.kind === 'number' ? c.n : c.kind === 'text' ? c.s : null;
}

/** What one header text says about indicator, kind and year (each may be missing). */
function readHeader(text: string): { indicator?: 'bhxh' | 'bhtn'; kind?: 'rate' | 'count'; year?: number } {
  const t = foldVietnamese(text);
  const out: { indicator?: 'bhxh' | 'bhtn'; kind?: 'rate' | 'count'; year?: number } = {};
  const hasBhtn = /\bbhtn\b|that nghiep/.test(t);
  const hasBhxh = /\bbhxh\b|bao hiem xa hoi/.test(t);
  if (hasBhtn && !hasBhxh) out.indicator = 'bhtn';
  else if (hasBhxh && !hasBhtn) out.indicator = 'bhxh';
  if (/ty le|%|bao phu/.test(t)) out.kind = 'rate';
  else if (/so nguoi|\(nguoi\)|so luong/.test(t)) out.kind = 'count';
  const y = /\b(19[9]\d|20\d\d|2100)\b/.exec(t);
  if (y) out.year = Number(y[1]);
  return out;
}

function columnMeaning(texts: string[]): { indicator: string; kind: 'rate' | 'count'; year: number } | null {
  let indicator: 'bhxh' | 'bhtn' | undefined;
  let kind: 'rate' | 'count' | undefined;
  let year: number | undefined;
  // Nearest header row first: a sub-header says more about its column than the group above it.
  for (const text of texts) {
    const h = readHeader(text);
    indicator ??= h.indicator;
    kind ??= h.kind;
    year ??= h.year;
  }
  if (!indicator || !year) return null;
  const k = kind ?? 'rate';
  const code =
    indicator === 'bhxh'
      ? k === 'rate'
        ? BHXH_COVERAGE
        : BHXH_PARTICIPANTS
      : k === 'rate'
        ? BHTN_COVERAGE
        : BHTN;
  return { indicator: code, kind: k, year };
}

function textAt(ws: ExcelJS.Worksheet, row: number, col: number): string {
  if (row < 1) return '';
  const v = plain(ws.getCell(row, col).value);
  return v === null ? '' : String(v);
}

/** The header row whose columns best read as targets, with those columns. */
function findHeader(ws: ExcelJS.Worksheet): { row: number; columns: TargetColumn[] } | null {
  let best: { row: number; columns: TargetColumn[] } | null = null;
  const last = Math.min(ws.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns: TargetColumn[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      // The header row's own cell must be a heading, not a figure or a "(3)" column number: otherwise the
      // first data rows, which see the header above them, would pass for it.
      const own = plain(ws.getCell(r, c).value);
      const heading =
        typeof own === 'string'
          ? !/^\(?\d+\)?$/.test(own.trim()) && toNumber(own) === null
          : Number.isInteger(own) && r <= 10 && own! >= 1990 && own! <= 2100;
      if (!heading) continue;
      const m = columnMeaning([textAt(ws, r, c), textAt(ws, r - 1, c), textAt(ws, r - 2, c)]);
      if (m) columns.push({ col: c, ...m });
    }
    // Vertically merged headers repeat on the rows below: the lowest row of the header wins ties.
    if (columns.length && (!best || columns.length >= best.columns.length)) best = { row: r, columns };
  }
  return best;
}

function labelColumns(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  targetCols: Set<number>,
): { unit: number; code: number | null } {
  let unit: number | null = null;
  let code: number | null = null;
  for (let c = 1; c <= ws.columnCount; c++) {
    if (targetCols.has(c)) continue;
    const t = foldVietnamese([0, 1, 2].map((d) => textAt(ws, headerRow - d, c)).join(' '));
    if (code === null && /^ma\b|\bma (don vi|dvhc|so)\b/.test(t)) code = c;
    else if (unit === null && /don vi|huyen|dia ban|dia phuong|\bten\b/.test(t)) unit = c;
  }
  // Without a recognisable header the names sit in the first text column before the figures.
  return { unit: unit ?? 2, code };
}

function toNumber(v: Plain): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  // Appendices type rates the Vietnamese way ("14,83", "14,83%") and counts with dot thousands ("52.685").
  const s = v.trim().replace(/%$/, '').trim();
  return s ? parseNumberText(s) : null;
}

const PROVINCE_ROW = /^(toan tinh|tong cong|tong so|cong|tinh gia lai|ca tinh)\b/;

export async function importTargetsWorkbook(
  db: Db,
  data: Uint8Array,
  name: string,
  planNumber: string,
): Promise<{ count: number; problems: string[] }> {
  const plan = getPlanByNumber(db, planNumber);
  if (!plan) throw new UserError(`Không có kế hoạch số ${planNumber}.`);
  const loaded = await loadWorkbook(data);
  if (!loaded.ok) throw new UserError(`${name}: ${loaded.message}`);
  const wb = loaded.workbook;

  // The units the plan's first day knew: plan 156 is old Gia Lai's (64), a 2026 plan the new province's (52).
  const units = listUnits(db).filter((u) => inForceOn(u, `${plan.yearFrom}-01-01`));
  const match = createUnitMatcher(units);
  const province = units.find((u) => u.level === 'province' && u.parentId === null) ?? null;
  const problems: string[] = [];
  const pending = new Map<
    string,
    { unitId: number; indicator: string; year: number; value: number; kind: 'rate' | 'count'; where: string }
  >();

  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const header = findHeader(ws);
    if (!header) continue;
    const label = labelColumns(ws, header.row, new Set(header.columns.map((c) => c.col)));
    for (const col of header.columns) {
      if (col.year < plan.yearFrom || col.year > plan.yearTo)
        problems.push(
          `${ws.name}!${ws.getColumn(col.col).letter}${header.row}: năm ${col.year} ngoài thời gian của kế hoạch ${plan.number} (${plan.yearFrom}–${plan.yearTo}), bỏ qua cột này.`,
        );
    }
    const usable = header.columns.filter((c) => c.year >= plan.yearFrom && c.year <= plan.yearTo);

    for (let r = header.row + 1; r <= ws.rowCount; r++) {
      const nameText = textAt(ws, r, label.unit).trim();
      const codeText = label.code ? textAt(ws, r, label.code).trim() : '';
      const figures = usable.map((c) => ({ c, raw: plain(ws.getCell(r, c.col).value) }));
      if (!figures.some((f) => f.raw !== null && String(f.raw).trim() !== '')) continue; // section, blank or numbering row
      if (!nameText && !codeText) continue;
      if (
        /^\(?\d+\)?$/.test(nameText) &&
        figures.every((f) => typeof f.raw === 'string' && /^\(?\d+\)?$/.test(f.raw))
      )
        continue;

      let unit = codeText ? (units.find((u) => u.code === codeText) ?? null) : null;
      if (!unit && PROVINCE_ROW.test(foldVietnamese(nameText))) unit = province;
      if (!unit) {
        const m = match(nameText);
        if (!m.ok) {
          problems.push(
            m.reason === 'ambiguous'
              ? `${ws.name}!${ws.getColumn(label.unit).letter}${r}: "${nameText}" khớp với nhiều đơn vị (${m.candidates.map((u) => u.name).join(', ')}), bỏ qua dòng này.`
              : `${ws.name}!${ws.getColumn(label.unit).letter}${r}: không nhận ra đơn vị "${nameText}", bỏ qua dòng này.`,
          );
          continue;
        }
        unit = m.unit;
      }

      for (const { c, raw } of figures) {
        const cellRef = `${ws.name}!${ws.getColumn(c.col).letter}${r}`;
        if (raw === null || String(raw).trim() === '' || String(raw).trim() === '-') continue;
        let value = toNumber(raw);
        if (value === null) {
          problems.push(`${cellRef}: "${String(raw)}" không phải là số, bỏ qua.`);
          continue;
        }
        // A rate formatted as a percentage is stored as a fraction (0,1483 shown as 14,83%).
        if (
          c.kind === 'rate' &&
          typeof raw === 'number' &&
          value <= 1 &&
          /%/.test(ws.getCell(r, c.col).numFmt ?? '')
        )
          value *= 100;
        if (value < 0 || (c.kind === 'rate' && value > 100)) {
          problems.push(
            `${cellRef}: chỉ tiêu ${c.kind === 'rate' ? 'tỷ lệ phải từ 0 đến 100' : 'số người không được âm'} (${formatRate(value)}), bỏ qua.`,
          );
          continue;
        }
        if (c.kind === 'count' && !Number.isInteger(value)) {
          problems.push(`${cellRef}: chỉ tiêu số người phải là số nguyên (${formatRate(value)}), bỏ qua.`);
          continue;
        }
        if (c.kind === 'count' && value > MAX_PEOPLE) {
          problems.push(
            `${cellRef}: chỉ tiêu ${formatCount(value)} người vượt quá số người một đơn vị có thể có (${formatCount(MAX_PEOPLE)}), bỏ qua.`,
          );
          continue;
        }
        const key = `${unit.id}|${c.indicator}|${c.year}`;
        const seen = pending.get(key);
        if (seen && seen.value !== value) {
          problems.push(
            `${cellRef}: ${unit.name} có hai chỉ tiêu khác nhau cho cùng chỉ số và năm (${seen.where} và ${cellRef}); giữ giá trị đầu.`,
          );
          continue;
        }
        pending.set(key, {
          unitId: unit.id,
          indicator: c.indicator,
          year: c.year,
          value,
          kind: c.kind,
          where: cellRef,
        });
      }
    }
  }

  if (pending.size === 0)
    throw new UserError(
      `Không tìm thấy chỉ tiêu nào trong ${name}: cần bảng có cột tên đơn vị và các cột như "Tỷ lệ bao phủ BHXH (%) năm 2024", "BHTN năm 2025".${problems.length ? ` ${problems.slice(0, 3).join(' ')}` : ''}`,
    );
  db.transaction(() => {
    for (const t of pending.values())
      setTarget(db, {
        planId: plan.id,
        unitId: t.unitId,
        indicator: t.indicator,
        year: t.year,
        value: t.value,
        kind: t.kind,
        // Imported from the plan's appendix sheet: the named plan sets these.
        fromDocument: true,
      });
  })();
  return { count: pending.size, problems };
}
