import type { ChangeRow, ImportPreview } from '../../../../shared/api/import-types';

/** Column choices by sheet fingerprint: column letter → indicator code, or null for "not imported". */
export type Mappings = Record<string, Record<string, string | null>>;

export function withMapping(
  m: Mappings,
  fingerprint: string,
  column: string,
  indicator: string | null,
): Mappings {
  return { ...m, [fingerprint]: { ...(m[fingerprint] ?? {}), [column]: indicator } };
}

/** Sheets where the reader guessed at least one column: the user should confirm them. */
export function unsureSheets(p: ImportPreview): number {
  return p.sheets.filter((s) => s.columns.some((c) => c.confidence === 'guess')).length;
}

export const STATUS_TEXT: Record<ChangeRow['status'], string> = {
  new: 'Mới',
  changed: 'Thay đổi',
  unchanged: 'Không đổi',
};
export const STATUS_COLOR: Record<ChangeRow['status'], string> = {
  new: 'green',
  changed: 'orange',
  unchanged: 'default',
};

/** `Số liệu!D12`, or the sheet alone, or nothing. */
export function where(p: { sheet: string | null; cell: string | null }): string {
  if (p.sheet && p.cell) return `${p.sheet}!${p.cell}`;
  return p.sheet ?? '';
}
