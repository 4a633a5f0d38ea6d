/**
 * Which unit a row is about: its code when the sheet has a code column, otherwise its name as SPEC §2
 * matches it, or a choice the user made for that text. Names and codes are matched among the units in
 * force in the row's period ("Ia Pa" in 12/2025 is Xã Ia Pa, not the abolished Huyện Ia Pa). Total rows
 * and the province's own row are recognised so that they are checked, not imported.
 */
import { createUnitMatcher, foldVietnamese, memoNameKeys, type NameKey } from '../../../shared/units/names';
import { observationPeriodLabel } from '../../../shared/domain/period';
import { inForceInMonth, overlaps, viDate } from '../../../shared/domain/units-in-force';
import type { UnitInfo } from '../../../shared/api/types';

export type Resolution =
  | { kind: 'unit'; unit: UnitInfo; note?: string }
  | { kind: 'total'; note?: string }
  | { kind: 'error'; message: string; unplaced?: UnplacedName };

/** Why a name (not a code) found no unit: what the user is asked to choose between. */
export interface UnplacedName {
  reason: 'unknown' | 'ambiguous';
  /** The units an ambiguous name could mean; empty for an unknown one (suggestions are asked separately). */
  candidates: UnitInfo[];
}

const TOTAL_RE = /^(tong cong|tong so|tong|cong|toan tinh|toan huyen|tong toan tinh|cong toan tinh)( |$)/;

export function isTotalLabel(text: string): boolean {
  const s = foldVietnamese(text)
    .replace(/^[0-9ivx]+[.)]\s*/, '')
    .replace(/[:.]/g, ' ')
    .trim();
  return TOTAL_RE.test(s);
}

/**
 * A name as the catalogue knows it: without the bullet a clerk puts before it ("- TP Pleiku") or the
 * footnote marks after it ("Chư Sê (*)", "Pleiku*", "KBang (1)", "Ayun Pa¹"), or the "(cũ)" that marks
 * an old district's area in a file by new commune.
 */
export function withoutMarks(text: string): string {
  return text
    .replace(/^\s*[-+•–—]\s*/, '')
    .replace(/(\s*(\(\s*(\*+|\d{1,2}|cũ|cu)\s*\)|\*+|[¹²³⁴-⁹⁰]+))+\s*$/iu, '');
}

/** Units in force in a stored period: a month, or any day of a year (a yearly figure may be either side of a break). */
export function unitsOfPeriod(units: readonly UnitInfo[], period: string | null): UnitInfo[] {
  if (period === null) return units.filter((u) => u.active);
  if (period.length === 4)
    return units.filter(
      (u) => u.active && overlaps(u, { validFrom: `${period}-01-01`, validTo: `${period}-12-31` }),
    );
  return units.filter((u) => u.active && inForceInMonth(u, period));
}

/** How names are folded for matching; one per import, so a name met in every month is folded once. */
export interface NameKeys {
  /** The key of a catalogue name. */
  ofName: (text: string) => NameKey;
  /** The key of a typed name, its bullet and footnote marks taken off first. */
  ofTyped: (text: string) => NameKey;
}

export function createNameKeys(): NameKeys {
  const ofName = memoNameKeys();
  return { ofName, ofTyped: memoNameKeys((text) => ofName(withoutMarks(text))) };
}

/** The catalogue as one period sees it: the units in force then, and the others. */
function catalogueOf(units: UnitInfo[], all: readonly UnitInfo[], period: string | null, keys: NameKeys) {
  const inForce = new Set(units);
  const outside = period ? all.filter((u) => u.active && !inForce.has(u)) : [];
  return {
    units,
    match: createUnitMatcher(units, keys.ofName),
    byCode: new Map(units.map((u) => [u.code, u])),
    provinces: new Set(units.filter((u) => u.level === 'province' && u.parentId === null)),
    outside,
    matchOutside: createUnitMatcher(outside, keys.ofName),
  };
}
type Catalogue = ReturnType<typeof catalogueOf>;

/**
 * A resolver for one period. `all` is the whole catalogue, every period: a name or code of a unit not in
 * force then is explained (begun later, or ended) rather than called unknown. `catalogues` shares the
 * matchers between periods whose units in force are the same (every month of a history but a few).
 */
export function createUnitResolver(
  all: readonly UnitInfo[],
  choices: Record<string, string>,
  period: string | null = null,
  keys: NameKeys = createNameKeys(),
  catalogues: Map<string, Catalogue> = new Map(),
) {
  const inPeriod = unitsOfPeriod(all, period);
  const signature = `${period === null ? 'all' : 'period'}:${inPeriod.map((u) => u.id).join(',')}`;
  let catalogue = catalogues.get(signature);
  if (!catalogue) catalogues.set(signature, (catalogue = catalogueOf(inPeriod, all, period, keys)));
  const { units, match, byCode, provinces, outside, matchOutside } = catalogue;
  const choiceKey = (text: string) => keyText(keys.ofTyped(text));
  const chosen = new Map<string, string>();
  for (const [text, code] of Object.entries(choices)) chosen.set(choiceKey(text), code);
  const label = period ? observationPeriodLabel(period).toLocaleLowerCase('vi') : '';

  /** A unit of another time named for this period: a later one is an error, an ended district or province a subtotal of its old area. */
  function notInForce(u: UnitInfo, typed: string): Resolution {
    if (u.validFrom !== null && period !== null && u.validFrom > `${period}-99`)
      return {
        kind: 'error',
        message: `${typed} là ${u.name} (mã ${u.code}), đơn vị mới có từ ngày ${viDate(u.validFrom)}; ${label} chưa có đơn vị này. Số liệu trước ngày ${viDate(u.validFrom)} báo cáo theo các đơn vị cũ (huyện, thị xã, thành phố), hãy kiểm tra lại kỳ báo cáo hoặc tên đơn vị.`,
      };
    const ended = u.validTo ? `đã thôi hiệu lực sau ngày ${viDate(u.validTo)}` : 'không còn hiệu lực';
    if (u.level !== 'commune')
      return {
        kind: 'total',
        note: `${typed}: ${u.name} ${ended}; dòng này được coi là dòng cộng của địa bàn cũ, chỉ dùng để đối chiếu, không nhập.`,
      };
    return {
      kind: 'error',
      message: `${typed} là ${u.name} (mã ${u.code}), ${ended}; ${label} hãy báo cáo theo đơn vị mới.`,
    };
  }

  function byName(text: string, section: UnitInfo | null): Resolution {
    const key = keys.ofTyped(text);
    const pick = chosen.size > 0 ? chosen.get(keyText(key)) : undefined;
    if (pick) {
      const u = byCode.get(pick);
      if (u) return { kind: 'unit', unit: u };
    }
    const m = match.byKey(key);
    if (m.ok) return provinces.has(m.unit) ? { kind: 'total' } : { kind: 'unit', unit: m.unit };
    if (m.reason === 'ambiguous') {
      // Communes of the same name in two districts: the district section the row sits under decides.
      const inSection = section ? m.candidates.filter((c) => c.parentId === section.id) : [];
      if (inSection.length === 1) return { kind: 'unit', unit: inSection[0]! };
      const names = m.candidates.map((c) => `${c.name} (mã ${c.code})`).join(', ');
      return {
        kind: 'error',
        message: `Tên đơn vị "${text}" không rõ là đơn vị nào: ${names}. Hãy ghi mã đơn vị hoặc chọn đơn vị.`,
        unplaced: { reason: 'ambiguous', candidates: inSection.length > 1 ? inSection : m.candidates },
      };
    }
    const other = matchOutside.byKey(key);
    if (other.ok) return notInForce(other.unit, `"${text}"`);
    return {
      kind: 'error',
      message: `Không nhận ra đơn vị "${text}" trong danh mục đơn vị${label ? ` của ${label}` : ''}. Hãy sửa tên hoặc chọn đơn vị tương ứng.`,
      unplaced: { reason: 'unknown', candidates: [] },
    };
  }

  return {
    /** The units this resolver matches among: those in force in its period. */
    units,
    /** Shared by the resolvers of every period with the same units in force. */
    catalogue: catalogue as object,
    resolve(name: string, code: string, section: UnitInfo | null): Resolution {
      if (!code && isTotalLabel(name)) return { kind: 'total' };
      if (code) {
        const u = byCode.get(code);
        if (!u) {
          const other = outside.filter((x) => x.code === code);
          if (other.length) return notInForce(other[other.length - 1]!, `Mã đơn vị "${code}"`);
          return { kind: 'error', message: `Mã đơn vị "${code}" không có trong danh mục đơn vị.` };
        }
        if (provinces.has(u)) return { kind: 'total' };
        if (name) {
          const n = byName(name, section);
          if (n.kind === 'unit' && n.unit !== u)
            return {
              kind: 'unit',
              unit: u,
              note: `Mã đơn vị ${code} (${u.name}) không khớp tên "${name}"; đã lấy theo mã.`,
            };
        }
        return { kind: 'unit', unit: u };
      }
      return byName(name, section);
    },
    /** The key under which a choice for this text is kept: the same for every spelling the matcher equates. */
    choiceKey,
    /** The unit a section row ("Huyện Chư Sê" over its communes) names, if any. */
    section(name: string): UnitInfo | null {
      const m = match.byKey(keys.ofTyped(name));
      return m.ok ? m.unit : null;
    },
  };
}

export type UnitResolver = ReturnType<typeof createUnitResolver>;

/** What every sheet of one import can share: folded names and the catalogue's matchers by period. */
export class ResolverCache {
  readonly keys = createNameKeys();
  readonly catalogues = new Map<string, Catalogue>();
}

/** One resolver per period met in a sheet (a period column can hold several). */
export class UnitResolvers {
  private readonly byPeriod = new Map<string, UnitResolver>();

  constructor(
    private readonly all: readonly UnitInfo[],
    private readonly choices: Record<string, string>,
    private readonly cache: ResolverCache = new ResolverCache(),
  ) {}

  for(period: string | null): UnitResolver {
    const key = period ?? '';
    let r = this.byPeriod.get(key);
    if (!r) {
      r = createUnitResolver(this.all, this.choices, period, this.cache.keys, this.cache.catalogues);
      this.byPeriod.set(key, r);
    }
    return r;
  }
}

function keyText(k: NameKey): string {
  return `${k.kind ?? ''}|${k.base}`;
}
