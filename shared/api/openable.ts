/**
 * What the desktop app will open for the clerk once saved: a report or workbook. The main process checks
 * the same extensions (and the bytes); a .db backup is kept, never opened. Apart from files.ts so the
 * renderer takes it without zod, whose probe for eval the page's CSP reports.
 */
export const OPENABLE_SAVED = ['.pdf', '.xlsx', '.docx'] as const;

export function canOpenSaved(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && (OPENABLE_SAVED as readonly string[]).includes(name.slice(dot).toLowerCase());
}
