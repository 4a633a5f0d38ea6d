/**
 * Loads or updates the unit catalogue from a workbook: code, name, parent code, level, in force from/to
 * (and optionally other names). One transaction: a bad row leaves the catalogue as it was.
 */
import { UserError } from '../../../shared/api/contract';
import type { UnitLevel } from '../../../shared/api/types';
import { foldVietnamese } from '../../../shared/units/names';
import type { Db } from '../db/open';
import { address, cellText, toCell } from '../import/cell-value';
import { loadWorkbook } from '../import/load-workbook';
import { unitForInput, upsertUnit, type UnitInput } from '../repos/units';

type Field = 'code' | 'name' | 'parent' | 'level' | 'from' | 'to' | 'aliases';

function field(header: string): Field | null {
  const s = foldVietnamese(header)
    .replace(/[():.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/cap tren|^ma (huyen|tinh|cha)|parent/.test(s)) return 'parent';
  if (/^(ma|ma don vi|ma dvhc|ma so|code)$/.test(s)) return 'code';
  if (/^(ten|ten don vi|don vi|ten dvhc|name)$/.test(s)) return 'name';
  if (/^(cap|cap don vi|cap hanh chinh|level|loai)$/.test(s)) return 'level';
  if (/hieu luc tu|tu ngay|bat dau|valid from|ngay hieu luc/.test(s)) return 'from';
  if (/hieu luc den|den ngay|het hieu luc|valid to|ket thuc/.test(s)) return 'to';
  if (/ten khac|bi danh|alias/.test(s)) return 'aliases';
  return null;
}

function level(text: string): UnitLevel | null {
  const s = foldVietnamese(text);
  if (/^(tinh|province|thanh pho truc thuoc trung uong)$/.test(s)) return 'province';
  if (/^(huyen|district|cap huyen|thi xa|thanh pho|quan)$/.test(s)) return 'district';
  if (/^(xa|commune|cap xa|phuong|thi tran)$/.test(s)) return 'commune';
  return null;
}

function date(v: unknown): string | null | 'bad' {
  const c = toCell(v);
  if (c.kind === 'empty') return null;
  if (c.kind === 'date') return c.d.toISOString().slice(0, 10);
  const t = cellText(c);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return 'bad';
}

export async function importUnitCatalogue(
  db: Db,
  data: Uint8Array,
  name: string,
): Promise<{ inserted: number; updated: number }> {
  const loaded = await loadWorkbook(data);
  if (!loaded.ok) throw new UserError(`${name}: ${loaded.message}`);
  const wb = loaded.workbook;
  const rows: (UnitInput & { at: string })[] = [];
  const problems: string[] = [];
  let found = false;
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' || found) continue;
    let cols: Partial<Record<Field, number>> | null = null;
    ws.eachRow((row, r) => {
      if (!cols) {
        const seen: Partial<Record<Field, number>> = {};
        row.eachCell((cell, c) => {
          const f = field(cellText(toCell(cell.value)));
          if (f && seen[f] === undefined) seen[f] = c;
        });
        if (seen.code && seen.name) cols = seen;
        return;
      }
      found = true;
      const get = (f: Field) => (cols![f] ? cellText(toCell(row.getCell(cols![f]!).value)) : '');
      const code = get('code').replace(/\.0+$/, '');
      const unitName = get('name');
      if (!code && !unitName) return;
      const where = `${ws.name}!${address(cols!.code!, r)}`;
      if (!code || !unitName) return void problems.push(`${where}: thiếu mã hoặc tên đơn vị.`);
      const lv = cols!.level ? level(get('level')) : null;
      if (!lv)
        return void problems.push(
          `${where}: cấp đơn vị "${get('level')}" không hợp lệ (Tỉnh, Huyện hoặc Xã).`,
        );
      const from = cols!.from ? date(row.getCell(cols!.from!).value) : null;
      const to = cols!.to ? date(row.getCell(cols!.to!).value) : null;
      if (from === 'bad' || to === 'bad')
        return void problems.push(`${where}: ngày hiệu lực không hợp lệ (dùng dd/mm/yyyy).`);
      const span = { validFrom: from, validTo: to };
      const existing = unitForInput(db, { code, ...span } as UnitInput);
      const extra = get('aliases')
        .split(/[;\n]/)
        .map((a) => a.trim())
        .filter(Boolean);
      rows.push({
        at: where,
        code,
        name: unitName,
        level: lv,
        parentCode: get('parent').replace(/\.0+$/, '') || null,
        validFrom: from,
        validTo: to,
        active: existing?.active ?? true,
        aliases: [...new Set([...(existing?.aliases ?? []), ...extra])],
      });
    });
  }
  if (!found)
    throw new UserError(
      `${name}: không tìm thấy bảng danh mục (cần các cột "Mã", "Tên", "Mã cấp trên", "Cấp").`,
    );
  if (problems.length) throw new UserError(`${name}: ${problems.slice(0, 10).join(' ')}`);
  const rank = { province: 0, district: 1, commune: 2 } as const;
  rows.sort((a, b) => rank[a.level] - rank[b.level]);
  let inserted = 0;
  let updated = 0;
  db.transaction(() => {
    for (const r of rows) {
      const { at, ...unit } = r;
      if (unitForInput(db, unit)) updated++;
      else inserted++;
      try {
        upsertUnit(db, unit);
      } catch (e) {
        throw new UserError(`${name}: ${at}: ${(e as Error).message}`);
      }
    }
  })();
  return { inserted, updated };
}
