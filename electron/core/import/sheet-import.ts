/**
 * Reads one sheet: finds its header and period, then takes its rows one at a time (they are never all in
 * memory), resolving units, checking each figure and staging it in the value store.
 */
import { createHash } from 'node:crypto';
import type { ColumnMapping, SheetPreview, UnresolvedUnit } from '../../../shared/api/import-types';
import type { UnitInfo } from '../../../shared/api/types';
import { countError } from '../../../shared/domain/checks';
import type { Indicator } from '../../../shared/domain/indicators';
import { observationPeriodLabel } from '../../../shared/domain/period';
import { formatCount } from '../../../shared/format/vi';
import type { StoredMapping } from '../repos/layout-mappings';
import { address, cellText, columnLetter, formulaErrorMessage, readNumber, type Cell } from './cell-value';
import { detectHeader, type SheetRow } from './header-detect';
import { foldHeader } from './header-vocabulary';
import { foldVietnamese } from '../../../shared/units/names';
import { LIMITS } from './limits';
import { periodFromCell, periodOfSheet } from './period-text';
import type { ProblemList } from './problems';
import { createUnitResolver, type Resolution, type UnplacedName } from './unit-resolver';
import { createUnitSuggester } from './unit-suggestions';
import { periodCode, ValueStore } from './value-store';

export interface ReadSettings {
  indicators: readonly Indicator[];
  units: readonly UnitInfo[];
  userPeriod: string | null;
  /** Confirmed in this preview, by fingerprint. */
  confirmed: Record<string, Record<string, string | null>>;
  unitChoices: Record<string, string>;
  remembered: (fingerprint: string) => StoredMapping | null;
}

export interface FileState {
  file: string;
  rowsRead: number;
  tableFound: boolean;
}

interface TotalRow {
  row: number;
  period: number;
  values: { ind: number; col: number; value: number }[];
  section: Float64Array;
}

export class SheetImporter {
  readonly indexOf: Map<string, number>;
  /** Names the user must place, across every sheet read; their errors are in `problems` too. */
  readonly unresolved: UnresolvedUnit[] = [];
  private readonly suggest: (text: string) => UnitInfo[];

  constructor(
    private readonly settings: ReadSettings,
    readonly store: ValueStore,
    readonly problems: ProblemList,
    readonly previews: SheetPreview[],
  ) {
    this.indexOf = new Map(settings.indicators.map((i, n) => [i.code, n]));
    this.suggest = createUnitSuggester(settings.units.filter((u) => u.active));
  }

  async readSheet(state: FileState, sheet: string, rows: AsyncIterable<SheetRow>): Promise<void> {
    const { file } = state;
    const head: SheetRow[] = [];
    const it = rows[Symbol.asyncIterator]();
    while (head.length < LIMITS.headerScanRows) {
      const n = await it.next();
      if (n.done) break;
      head.push(n.value);
    }
    const header = detectHeader(head, this.settings.indicators);
    if (!header) {
      // An instruction or scratch sheet: nothing to import from it.
      state.rowsRead += head.length;
      for (let n = await it.next(); !n.done; n = await it.next())
        if (++state.rowsRead > LIMITS.maxRows) return this.tooManyRows(file);
      return;
    }
    state.tableFound = true;

    const fingerprint = createHash('sha256')
      .update(header.columns.map((c) => `${columnLetter(c.col)}:${foldHeader(c.header)}`).join('|'))
      .digest('hex')
      .slice(0, 16);
    const confirmed = this.settings.confirmed[fingerprint];
    // Unit choices remembered for this layout hold even when its columns are confirmed again.
    const remembered = this.settings.remembered(fingerprint);
    const override = confirmed ?? remembered?.columns ?? {};
    const unitChoices = { ...(remembered?.units ?? {}), ...this.settings.unitChoices };
    const resolver = createUnitResolver(this.settings.units, unitChoices);

    const columns: ColumnMapping[] = [];
    const valueCols: { col: number; ind: number }[] = [];
    let unitCol: number | null = null;
    let codeCol: number | null = null;
    let periodCol: number | null = null;
    const byIndicator = new Map<string, number[]>();
    for (const c of header.columns) {
      const letter = columnLetter(c.col);
      let indicator: string | null = c.role.role === 'indicator' ? c.role.indicator : null;
      let confidence: ColumnMapping['confidence'] = c.role.role === 'indicator' ? 'exact' : 'ignored';
      if (letter in override) {
        indicator = override[letter] ?? null;
        confidence = confirmed ? 'confirmed' : 'remembered';
        if (indicator && !this.indexOf.has(indicator)) indicator = null;
      } else if (c.role.role === 'unit' && unitCol === null) unitCol = c.col;
      else if (c.role.role === 'code' && codeCol === null) codeCol = c.col;
      else if (c.role.role === 'period' && periodCol === null) periodCol = c.col;
      else if (c.role.role === 'unknown')
        this.problems.warning(
          file,
          sheet,
          address(c.col, header.lastRow),
          `Cột ${letter} ("${c.header}") không phải là chỉ tiêu nào đã biết nên không được nhập; nếu đây là một chỉ tiêu, hãy chọn chỉ tiêu cho cột này.`,
        );
      columns.push({ column: letter, header: c.header, indicator, confidence });
      if (indicator) {
        byIndicator.set(indicator, [...(byIndicator.get(indicator) ?? []), c.col]);
        valueCols.push({ col: c.col, ind: this.indexOf.get(indicator)! });
      }
    }
    for (const [ind, cols] of byIndicator) {
      if (cols.length > 1) {
        // Neither column is read: row after row of "two different numbers" would only repeat this.
        const n = this.indexOf.get(ind)!;
        for (let k = valueCols.length - 1; k >= 0; k--) if (valueCols[k]!.ind === n) valueCols.splice(k, 1);
        const label = this.settings.indicators[this.indexOf.get(ind)!]!.label;
        this.problems.error(
          file,
          sheet,
          address(cols[1]!, header.lastRow),
          `Có ${cols.length} cột cùng được hiểu là "${label}" (cột ${cols.map(columnLetter).join(', ')}): hãy chọn cột nào được nhập.`,
        );
      }
    }

    const { period: titlePeriod, named } = periodOfSheet(titleLines(head, header.firstRow), sheet);
    if (named && titlePeriod)
      this.problems.warning(
        file,
        sheet,
        null,
        `Tên trang tính "${sheet}" ghi ${observationPeriodLabel(named)} nhưng tiêu đề ghi ${observationPeriodLabel(titlePeriod)}; số liệu được nhập theo tiêu đề (${observationPeriodLabel(titlePeriod)}). Nếu tiêu đề ghi nhầm, hãy sửa tiêu đề hoặc chọn kỳ khi nhập.`,
      );
    const user = this.settings.userPeriod;
    if (user && titlePeriod && user !== titlePeriod)
      this.problems.warning(
        file,
        sheet,
        null,
        `Tiêu đề ghi kỳ ${observationPeriodLabel(titlePeriod)} nhưng người nhập chọn ${observationPeriodLabel(user)}; số liệu được nhập vào ${observationPeriodLabel(user)}.`,
      );
    const sheetPeriod = user ?? titlePeriod;
    const periodSource: SheetPreview['periodSource'] = periodCol
      ? 'column'
      : user
        ? 'user'
        : titlePeriod
          ? 'title'
          : null;
    if (!sheetPeriod && periodCol === null)
      this.problems.error(
        file,
        sheet,
        null,
        'Không xác định được kỳ báo cáo: tiêu đề và tên trang tính không ghi tháng/quý/năm, và không có cột "Tháng". Hãy ghi kỳ vào tiêu đề (ví dụ "Tháng 06 năm 2024") hoặc chọn kỳ khi nhập.',
      );

    const preview: SheetPreview = {
      file,
      sheet,
      headerRow: header.lastRow,
      fingerprint,
      columns,
      unitColumn: unitCol ? columnLetter(unitCol) : null,
      codeColumn: codeCol ? columnLetter(codeCol) : null,
      periodColumn: periodCol ? columnLetter(periodCol) : null,
      period: periodCol ? null : sheetPeriod,
      periodSource,
      rowsRead: 0,
    };
    this.previews.push(preview);
    if (valueCols.length === 0) return;

    const source = this.store.sourceIndex(file, sheet);
    const nInd = this.settings.indicators.length;
    const sheetSums = new Map<number, Float64Array>();
    let sectionSums = new Float64Array(nInd);
    let section: UnitInfo | null = null;
    const totals: TotalRow[] = [];
    const cache = new Map<string, Resolution>();
    const unplacedSeen = new Set<string>();
    let yearlyWarned = false;

    const text = (cells: Cell[], col: number | null) =>
      col === null ? '' : cellText(cells[col] ?? { kind: 'empty' });

    // Rows after a second table's header are not read: which table is meant is the clerk's call.
    let stopped = false;
    let lastTextRow: SheetRow | null = null;
    // The row number of a "Trong đó:" line: the bulleted lines under it break down the unit above.
    let breakdown: number | null = null;

    const processRow = (row: SheetRow) => {
      if (stopped) return;
      preview.rowsRead++;
      const name = text(row.cells, unitCol);
      const code = text(row.cells, codeCol).replace(/\.0+$/, '');
      let figure = false;
      let wording = false;
      for (const v of valueCols) {
        const r = readNumber(row.cells[v.col] ?? { kind: 'empty' });
        if (r.ok === true || (r.ok === false && r.reason === 'error')) figure = true;
        else if (r.ok === false) wording = true;
      }
      const folded = foldVietnamese(name);
      const breakdownHead = /^trong do( |:|$)/.test(folded);
      if (breakdownHead) breakdown = row.number;
      else if (!/^[-+•–—]/.test(name)) breakdown = null;
      // Words where figures go are a unit's mistyped figure only when the row names a unit; otherwise
      // the row is a note, a signature block or another table's header under this one.
      if (!figure && !(wording && (code || (name && resolver.section(name))))) {
        if (name) {
          // A section row ("I. Khối huyện", "Huyện Chư Sê" over its communes).
          sectionSums = new Float64Array(nInd);
          section = resolver.section(name);
        }
        if (wording || name) {
          const stack = lastTextRow && lastTextRow.number === row.number - 1 ? [lastTextRow, row] : [row];
          if (detectHeader(stack, this.settings.indicators)) {
            const first = row.cells.findIndex((c) => c && c.kind !== 'empty');
            this.problems.error(
              file,
              sheet,
              address(first > 0 ? first : 1, row.number),
              `Dòng ${row.number} là tiêu đề của một bảng thứ hai trong cùng trang tính (bảng thứ nhất có tiêu đề ở dòng ${header.lastRow}). Mỗi trang tính chỉ nhập một bảng: hãy xóa bảng thừa hoặc chuyển nó sang một trang tính riêng rồi nhập lại.`,
            );
            stopped = true;
          }
          lastTextRow = row;
        }
        return;
      }
      if (breakdown !== null && (breakdownHead || resolver.section(name) === null)) {
        this.problems.warning(
          file,
          sheet,
          address(unitCol ?? 1, row.number),
          `Dòng ${row.number} ("${name}") là số liệu chi tiết ("Trong đó") của đơn vị phía trên, không phải một đơn vị nên không được nhập.`,
        );
        return;
      }
      if (!name && !code) {
        this.problems.error(
          file,
          sheet,
          address(unitCol ?? codeCol ?? 1, row.number),
          `Dòng ${row.number} có số liệu nhưng không có tên đơn vị.`,
        );
        return;
      }
      const cacheKey = `${code}\u0000${name}\u0000${section?.id ?? ''}`;
      let res = cache.get(cacheKey);
      if (!res) {
        res = resolver.resolve(name, code, section);
        cache.set(cacheKey, res);
        if (res.kind === 'unit' && res.note)
          this.problems.warning(file, sheet, address(codeCol!, row.number), res.note);
      }
      if (res.kind === 'error') {
        const cell = address(code ? codeCol! : unitCol!, row.number);
        this.problems.error(file, sheet, cell, res.message);
        if (res.unplaced)
          this.noteUnplaced(file, sheet, cell, name, res.unplaced, unplacedSeen, resolver.choiceKey(name));
        return;
      }

      let period = sheetPeriod;
      if (periodCol !== null) {
        const pc = row.cells[periodCol];
        const raw = pc?.kind === 'number' ? pc.n : pc?.kind === 'date' ? pc.d : pc ? cellText(pc) : '';
        period = raw === '' ? sheetPeriod : periodFromCell(raw);
        if (!period) {
          this.problems.error(
            file,
            sheet,
            address(periodCol, row.number),
            `Không đọc được kỳ "${raw === '' ? '(trống)' : String(raw)}": hãy ghi dạng 06/2024.`,
          );
          return;
        }
      }
      if (!period) return;

      const total: TotalRow | null =
        res.kind === 'total'
          ? { row: row.number, period: periodCode(period), values: [], section: sectionSums }
          : null;
      for (const v of valueCols) {
        const cell = row.cells[v.col] ?? { kind: 'empty' as const };
        const where = address(v.col, row.number);
        const r = readNumber(cell);
        if (r.ok === 'empty') continue;
        if (r.ok === false) {
          if (r.reason === 'error') this.problems.error(file, sheet, where, formulaErrorMessage(r.shown));
          else this.problems.error(file, sheet, where, `Giá trị "${r.shown}" không phải là số.`);
          continue;
        }
        const bad = countError(r.n);
        if (bad) {
          this.problems.error(file, sheet, where, `Giá trị ${bad}.`);
          continue;
        }
        if (total) {
          total.values.push({ ind: v.ind, col: v.col, value: r.n });
          continue;
        }
        const indicator = this.settings.indicators[v.ind]!;
        let stored = period;
        if (period.length === 4 && indicator.naturalPeriod === 'month') {
          stored = `${period}-12`;
          if (!yearlyWarned) {
            yearlyWarned = true;
            this.problems.warning(
              file,
              sheet,
              null,
              `Kỳ báo cáo là cả năm ${period}: số người tham gia được nhập vào tháng 12/${period}.`,
            );
          }
        }
        const unit = (res as { unit: UnitInfo }).unit;
        const pcode = periodCode(stored);
        // A total row adds up this sheet's own rows, even those another file already brought.
        const sums = sheetSums.get(pcode) ?? new Float64Array(nInd);
        sheetSums.set(pcode, sums);
        sums[v.ind]! += r.n;
        sectionSums[v.ind]! += r.n;
        const prev = this.store.find(unit.id, v.ind, pcode);
        if (prev !== undefined) {
          const prevSrc = this.store.sources[this.store.source[prev]!]!;
          const prevCell = `${prevSrc.file === file ? '' : `${prevSrc.file}: `}${prevSrc.sheet}!${address(this.store.col[prev]!, this.store.row[prev]!)}`;
          if (this.store.value[prev] !== r.n)
            this.problems.error(
              file,
              sheet,
              where,
              `Đơn vị ${unit.name} có hai số liệu khác nhau cho "${indicator.shortLabel}" kỳ ${observationPeriodLabel(stored)}: ${formatCount(r.n)} ở ô này và ${formatCount(this.store.value[prev]!)} ở ${prevCell}.`,
            );
          continue;
        }
        this.store.add(unit.id, v.ind, pcode, r.n, source, row.number, v.col);
      }
      if (total) totals.push(total);
    };

    let count = 0;
    for (const row of head.slice(header.dataIndex)) {
      count++;
      processRow(row);
    }
    for (let n = await it.next(); !n.done; n = await it.next()) {
      if (state.rowsRead + ++count + head.length > LIMITS.maxRows) return this.tooManyRows(file);
      processRow(n.value);
    }
    state.rowsRead += count + head.length;

    for (const t of totals) {
      const sums = sheetSums.get(t.period) ?? new Float64Array(nInd);
      for (const v of t.values) {
        if (v.value === sums[v.ind] || v.value === t.section[v.ind]) continue;
        this.problems.warning(
          file,
          sheet,
          address(v.col, t.row),
          `Dòng tổng cộng ghi ${formatCount(v.value)} nhưng tổng các dòng đơn vị là ${formatCount(sums[v.ind])} (lệch ${formatCount(v.value - sums[v.ind]!)}).`,
        );
      }
    }
  }

  /** The first row of each distinct name in a sheet; a sheet of thousands of strange names lists a few hundred. */
  private noteUnplaced(
    file: string,
    sheet: string,
    cell: string,
    text: string,
    unplaced: UnplacedName,
    seen: Set<string>,
    key: string,
  ): void {
    if (seen.has(key) || this.unresolved.length >= LIMITS.maxUnresolvedShown) return;
    seen.add(key);
    const candidates = unplaced.reason === 'ambiguous' ? unplaced.candidates : this.suggest(text);
    this.unresolved.push({
      text,
      file,
      sheet,
      cell,
      reason: unplaced.reason,
      candidates: candidates.map((u) => ({ code: u.code, name: u.name })),
    });
  }

  private tooManyRows(file: string): void {
    this.problems.error(
      file,
      null,
      null,
      `Tệp có quá nhiều dòng (trên ${formatCount(LIMITS.maxRows)} dòng), vượt xa một bảng số liệu báo cáo nên bị từ chối.`,
    );
    throw new TooManyRows();
  }
}

export class TooManyRows extends Error {}

/**
 * The lines above a header as a clerk reads them: each text cell, then the whole row when it spreads over
 * several cells ("Kỳ báo cáo:" | a real date), a date written dd/mm/yyyy.
 */
function titleLines(head: readonly SheetRow[], firstHeaderRow: number): string[] {
  const lines: string[] = [];
  for (const r of head) {
    if (r.number >= firstHeaderRow) break;
    const parts: string[] = [];
    for (const c of r.cells) {
      if (c?.kind === 'text') {
        lines.push(cellText(c));
        parts.push(cellText(c));
      } else if (c?.kind === 'date') {
        const d = c.d;
        parts.push(`${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`);
      } else if (c?.kind === 'number') parts.push(cellText(c));
    }
    if (parts.length > 1) lines.push(parts.join(' '));
  }
  return lines;
}
