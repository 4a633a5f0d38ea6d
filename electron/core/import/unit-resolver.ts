/**
 * Which unit a row is about: its code when the sheet has a code column, otherwise its name as SPEC §2
 * matches it, or a choice the user made for that text. Total rows and the province's own row are
 * recognised so that they are checked, not imported.
 */
import { createUnitMatcher, foldVietnamese, unitNameKey } from '../../../shared/units/names';
import type { UnitInfo } from '../../../shared/api/types';

export type Resolution =
  | { kind: 'unit'; unit: UnitInfo; note?: string }
  | { kind: 'total' }
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
 * footnote marks after it ("Chư Sê (*)", "Pleiku*", "KBang (1)", "Ayun Pa¹").
 */
export function withoutMarks(text: string): string {
  return text
    .replace(/^\s*[-+•–—]\s*/, '')
    .replace(/(\s*(\(\s*(\*+|\d{1,2})\s*\)|\*+|[¹²³⁴-⁹⁰]+))+\s*$/u, '');
}

export function createUnitResolver(units: readonly UnitInfo[], choices: Record<string, string>) {
  const active = units.filter((u) => u.active);
  const match = createUnitMatcher(active);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const chosen = new Map<string, string>();
  for (const [text, code] of Object.entries(choices)) chosen.set(nameKeyText(text), code);
  const province = units.find((u) => u.level === 'province' && u.parentId === null);

  function byName(text: string, section: UnitInfo | null): Resolution {
    const pick = chosen.get(nameKeyText(text));
    if (pick) {
      const u = byCode.get(pick);
      if (u) return { kind: 'unit', unit: u };
    }
    const m = match(withoutMarks(text));
    if (m.ok) return m.unit === province ? { kind: 'total' } : { kind: 'unit', unit: m.unit };
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
    return {
      kind: 'error',
      message: `Không nhận ra đơn vị "${text}" trong danh mục đơn vị. Hãy sửa tên hoặc chọn đơn vị tương ứng.`,
      unplaced: { reason: 'unknown', candidates: [] },
    };
  }

  return {
    resolve(name: string, code: string, section: UnitInfo | null): Resolution {
      if (!code && isTotalLabel(name)) return { kind: 'total' };
      if (code) {
        const u = byCode.get(code);
        if (!u) return { kind: 'error', message: `Mã đơn vị "${code}" không có trong danh mục đơn vị.` };
        if (u === province) return { kind: 'total' };
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
    choiceKey: nameKeyText,
    /** The unit a section row ("Huyện Chư Sê" over its communes) names, if any. */
    section(name: string): UnitInfo | null {
      const m = match(withoutMarks(name));
      return m.ok ? m.unit : null;
    },
  };
}

function nameKeyText(text: string): string {
  const k = unitNameKey(withoutMarks(text));
  return `${k.kind ?? ''}|${k.base}`;
}
