/**
 * Reads one sheet: finds its header and period, then takes its rows one at a time (they are never all in
 * memory), resolving units, checking each figure and staging it in the value store.
 */
import {
  NOT_A_UNIT,
  type LayoutQuestion,
  type SheetPreview,
  type UnresolvedUnit,
} from '../../../shared/api/import-types';
import type { UnitInfo } from '../../../shared/api/types';
import { formatCount } from '../../../shared/format/vi';
import { columnLetter } from './cell-value';
import { planColumns } from './column-plan';
import { detectHeader, type SheetRow } from './header-detect';
import { LIMITS } from './limits';
import type { ProblemList } from './problems';
import type { ReadSettings } from './read-settings';
import { RowClassifier } from './row-classifier';
import { RowUnits } from './row-unit';
import { RowValueReader } from './row-values';
import { LayoutQuestions } from './layout-questions';
import { rowPeriod, sheetPeriod, titlePeriod } from './sheet-period';
import { sheetReport } from './sheet-report';
import { TotalCheck } from './total-check';
import { ResolverCache, UnitResolvers } from './unit-resolver';
import { UnplacedNames } from './unplaced-names';
import type { ValueStore } from './value-store';

export interface FileState {
  file: string;
  rowsRead: number;
  tableFound: boolean;
}

export class SheetImporter {
  readonly indexOf: Map<string, number>;
  /** Column and period meanings left to the clerk, across every sheet read. */
  readonly questions: LayoutQuestion[] = [];
  private readonly unplaced: UnplacedNames;
  private readonly resolverCache = new ResolverCache();

  constructor(
    private readonly settings: ReadSettings,
    readonly store: ValueStore,
    readonly problems: ProblemList,
    readonly previews: SheetPreview[],
  ) {
    this.indexOf = new Map(settings.indicators.map((i, n) => [i.code, n]));
    this.unplaced = new UnplacedNames();
  }

  /** Names the user must place, across every sheet read; their errors are in `problems` too. */
  get unresolved(): UnresolvedUnit[] {
    return this.unplaced.list;
  }

  /** `batches`: the sheet's rows in order, a batch per piece of the file read (sheet-xml.ts). */
  async readSheet(
    state: FileState,
    sheet: string,
    batches: AsyncIterable<readonly SheetRow[]>,
  ): Promise<void> {
    const { file } = state;
    const head: SheetRow[] = [];
    const it = batches[Symbol.asyncIterator]();
    // The rows of the batch that completed the head, past it.
    let rest: readonly SheetRow[] = [];
    while (head.length < LIMITS.headerScanRows) {
      const n = await it.next();
      if (n.done) break;
      const room = LIMITS.headerScanRows - head.length;
      for (let i = 0; i < n.value.length && i < room; i++) head.push(n.value[i]!);
      if (n.value.length > room) rest = n.value.slice(room);
    }
    const header = detectHeader(head, this.settings.indicators);
    if (!header) {
      // An instruction or scratch sheet: nothing to import from it.
      state.rowsRead += head.length + rest.length;
      if (state.rowsRead > LIMITS.maxRows) return this.tooManyRows(file);
      for (let n = await it.next(); !n.done; n = await it.next())
        if ((state.rowsRead += n.value.length) > LIMITS.maxRows) return this.tooManyRows(file);
      return;
    }
    state.tableFound = true;

    const report = sheetReport(this.problems, file, sheet);
    const base = this.settings.userPeriod ?? titlePeriod(head, header.firstRow, sheet);
    const plan = planColumns(header, this.settings, this.indexOf, report, base);
    const { valueCols, unitCol, codeCol, periodCol } = plan;
    // A name the clerk marked as no unit is the classifier's to pass over, not the resolvers' to look up.
    const unitChoices: Record<string, string> = {};
    const skipped: string[] = [];
    for (const [text, code] of Object.entries(plan.unitChoices))
      if (code === NOT_A_UNIT) skipped.push(text);
      else unitChoices[text] = code;
    const period = sheetPeriod(
      head,
      header.firstRow,
      sheet,
      this.settings.userPeriod,
      periodCol,
      report,
      plan.headerMonth,
      plan.periodAnswer,
    );
    const headers = new Map(header.columns.map((c) => [c.col, c.header]));
    const at = { file, sheet, fingerprint: plan.fingerprint, headerRow: header.lastRow, headers };
    const asked = new LayoutQuestions(at, plan.asked, period.asked);
    const resolvers = new UnitResolvers(this.settings.units, unitChoices, this.resolverCache);
    // Section rows are read in the sheet's period; a row's unit in the row's own period.
    const resolver = resolvers.for(period.period);
    const notUnits = new Set(skipped.map(resolver.choiceKey));

    const preview: SheetPreview = {
      file,
      sheet,
      headerRow: header.lastRow,
      fingerprint: plan.fingerprint,
      columns: plan.columns,
      unitColumn: unitCol ? columnLetter(unitCol) : null,
      codeColumn: codeCol ? columnLetter(codeCol) : null,
      periodColumn: periodCol ? columnLetter(periodCol) : null,
      period: periodCol ? null : period.period,
      periodSource: period.source,
      rowsRead: 0,
    };
    this.previews.push(preview);
    if (valueCols.length === 0) {
      this.questions.push(...asked.finish(this.settings.indicators, report));
      return;
    }

    const totals = new TotalCheck(this.settings.indicators.length);
    const classifier = new RowClassifier({
      indicators: this.settings.indicators,
      valueCols,
      unitCol,
      codeCol,
      headerRow: header.lastRow,
      notAUnit: (name) => notUnits.size > 0 && notUnits.has(resolver.choiceKey(name)),
      section: (name) => resolver.section(name),
      report,
    });
    const units = new RowUnits(resolvers, this.unplaced, file, sheet, unitCol, codeCol, report);
    const source = this.store.sourceIndex(file, sheet);
    const values = new RowValueReader(
      this.store,
      this.settings.indicators,
      valueCols,
      file,
      source,
      totals,
      report,
    );
    let section: UnitInfo | null = null;

    const processRow = (row: SheetRow) => {
      if (classifier.stopped) return;
      preview.rowsRead++;
      const kind = classifier.classify(row);
      if (kind.kind === 'section') {
        totals.newSection();
        section = kind.section;
      }
      if (kind.kind !== 'unit') return;
      if (!asked.none) asked.sample(row);
      const p = rowPeriod(row, periodCol, period.period, report);
      if (!p) return;
      const res = units.resolve(row.number, kind.name, kind.code, section, p);
      if (!res) return;
      values.read(row, res, p);
    };

    let count = 0;
    for (const row of head.slice(header.dataIndex)) {
      count++;
      processRow(row);
    }
    for (let batch = rest, n; ; batch = n.value) {
      for (const row of batch) {
        if (state.rowsRead + ++count + head.length > LIMITS.maxRows) return this.tooManyRows(file);
        processRow(row);
      }
      n = await it.next();
      if (n.done) break;
    }
    state.rowsRead += count + head.length;
    totals.check(report);
    this.questions.push(...asked.finish(this.settings.indicators, report));
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
