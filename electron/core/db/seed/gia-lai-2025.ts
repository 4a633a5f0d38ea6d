/**
 * The two shipped catalogues of the 2025 reorganisation, parsed: the units in force until 30/6/2025 (both
 * old provinces, their districts and communes) and the new province with its 135 communes and what each was
 * formed from. Embedded as text so a migration never reads a file at run time.
 */
import type { UnitLevel } from '../../../../shared/api/types';
import { UNITS_BEFORE_2025_07_CSV, UNITS_FROM_2025_07_CSV } from './gia-lai-2025-csv';

export interface OldUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  validTo: string;
}

export interface NewUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  validFrom: string;
  oldProvinceCodes: string[];
  oldDistrictCodes: string[];
  oldCommuneCodes: string[];
  formedFrom: string;
}

/** RFC 4180 lines: commas, double quotes around fields that hold commas, `""` for a quote. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

const list = (s: string | undefined) => (s ?? '').split(';').filter(Boolean);

export function oldUnits2025(): OldUnit[] {
  return parseCsv(UNITS_BEFORE_2025_07_CSV).map((r) => ({
    code: r.code!,
    name: r.name!.normalize('NFC'),
    level: r.level as UnitLevel,
    parentCode: r.parent_code || null,
    validTo: r.valid_to!,
  }));
}

export function newUnits2025(): NewUnit[] {
  return parseCsv(UNITS_FROM_2025_07_CSV).map((r) => ({
    code: r.code!,
    name: r.name!.normalize('NFC'),
    level: r.level as UnitLevel,
    parentCode: r.parent_code || null,
    validFrom: r.valid_from!,
    oldProvinceCodes: list(r.old_province_code),
    oldDistrictCodes: list(r.old_district_codes),
    oldCommuneCodes: list(r.formed_from_old_codes),
    formedFrom: r.formed_from_old_names!.normalize('NFC'),
  }));
}
