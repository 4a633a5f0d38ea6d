/**
 * Unit names as clerks type them: case, NFC/NFD, diacritics (Đăk/Đak/Đắk/Dak), prefixes
 * (Huyện/H./huyen, Thị xã/TX/TX., Thành phố/TP/TP.), apostrophes (K'Bang/KBang) and spaces do not matter.
 */
export type UnitKind = 'tinh' | 'thanh_pho' | 'thi_xa' | 'huyen' | 'xa' | 'phuong' | 'thi_tran';

export interface NameKey {
  kind: UnitKind | null;
  /** Name without prefix, diacritics, case, punctuation or spaces. */
  base: string;
}

/** Lower-case ASCII fold with đ → d; used for header matching too. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Longest first so "thanh pho" wins over a bare "t".
const PREFIXES: [RegExp, UnitKind][] = [
  [/^tinh\s+/, 'tinh'],
  [/^(thanh pho|tp\.?)\s*/, 'thanh_pho'],
  [/^(thi xa|tx\.?)\s*/, 'thi_xa'],
  [/^(thi tran|tt\.?)\s+/, 'thi_tran'],
  [/^(huyen|h\.)\s*/, 'huyen'],
  [/^xa\s+/, 'xa'],
  [/^(phuong|p\.)\s*/, 'phuong'],
];

export function unitNameKey(name: string): NameKey {
  let s = foldVietnamese(name).replace(/^[0-9ivx]+[.)]\s+/, '');
  let kind: UnitKind | null = null;
  for (const [re, k] of PREFIXES) {
    if (re.test(s)) {
      const rest = s.replace(re, '');
      // "TP" alone or "Huyện" alone is not a name.
      if (rest.length > 0) {
        kind = k;
        s = rest;
      }
      break;
    }
  }
  const base = s.replace(/['’‘`´\-–.,()]/g, '').replace(/\s+/g, '');
  return { kind, base };
}

export interface NamedUnit {
  code: string;
  name: string;
  aliases?: readonly string[];
}

export type UnitMatch<U> =
  { ok: true; unit: U } | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: U[] };

/**
 * `unitNameKey` remembered per text: an import meets the same few thousand names on every row of every
 * month, and folding one is most of what matching it costs.
 */
export function memoNameKeys(of: (text: string) => NameKey = unitNameKey): (text: string) => NameKey {
  const seen = new Map<string, NameKey>();
  return (text) => {
    let k = seen.get(text);
    if (k === undefined) seen.set(text, (k = of(text)));
    return k;
  };
}

export interface UnitMatcher<U> {
  (text: string): UnitMatch<U>;
  /** The same match for a key already made (by the `keyOf` given, or `unitNameKey`). */
  byKey(k: NameKey): UnitMatch<U>;
}

/** A matcher over a catalogue. A prefix, when typed, must agree; ambiguity is reported, never guessed. */
export function createUnitMatcher<U extends NamedUnit>(
  units: readonly U[],
  keyOf: (text: string) => NameKey = unitNameKey,
): UnitMatcher<U> {
  const byBase = new Map<string, { unit: U; kind: UnitKind | null }[]>();
  for (const u of units) {
    const seen = new Set<string>();
    for (const n of [u.name, ...(u.aliases ?? [])]) {
      const k = keyOf(n);
      const id = `${k.kind}|${k.base}`;
      if (!k.base || seen.has(id)) continue;
      seen.add(id);
      const list = byBase.get(k.base) ?? [];
      list.push({ unit: u, kind: k.kind });
      byBase.set(k.base, list);
    }
  }
  const byKey = (k: NameKey): UnitMatch<U> => {
    const entries = byBase.get(k.base) ?? [];
    let candidates = entries;
    if (k.kind) candidates = entries.filter((e) => e.kind === k.kind || e.kind === null);
    if (candidates.length === 1) return { ok: true, unit: candidates[0]!.unit };
    const unique = [...new Set(candidates.map((c) => c.unit))];
    if (unique.length === 1) return { ok: true, unit: unique[0]! };
    return { ok: false, reason: unique.length === 0 ? 'unknown' : 'ambiguous', candidates: unique };
  };
  return Object.assign((text: string) => byKey(keyOf(text)), { byKey });
}
