/**
 * Bounds far above any district sheet (a few hundred rows) and above a multi-year commune history
 * (150,000 rows is about 40 MB of sheet XML), but below what would exhaust an office PC's memory.
 */
export const LIMITS = {
  /** The file as received. */
  maxFileBytes: 60 * 1024 * 1024,
  /**
   * The file's bytes once inflated: the sum the zip's central directory declares, and again the bytes
   * actually inflated while reading (a forged directory can under-declare).
   */
  maxUncompressedBytes: 160 * 1024 * 1024,
  maxZipEntries: 2_000,
  /** XML compresses 5–30×; a zip bomb compresses hundreds or thousands of times. */
  maxCompressionRatio: 120,
  /** An entry below this size is never a bomb whatever its ratio (an empty sheet compresses well). */
  ratioFloorBytes: 1024 * 1024,
  /** Rows read per file, a backstop for sizes a forged directory could hide. */
  maxRows: 400_000,
  /** Rows searched for the header and title. */
  headerScanRows: 40,
  /** Change rows kept in a preview for display; the counts cover every value. */
  maxChangeRowsShown: 5_000,
  /** Unplaced unit names offered for a choice; past this the file is wrong, not a few names. */
  maxUnresolvedShown: 200,
} as const;

/** What the file check and the zip reader are bounded by; a test may pass smaller ones. */
export interface ReadLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxZipEntries: number;
  maxCompressionRatio: number;
  ratioFloorBytes: number;
}

/**
 * The unit catalogue and a plan's targets appendix are loaded whole into exceljs' in-memory model, which
 * costs about ten times the sheet XML: the same checks with smaller bounds. A catalogue of every commune
 * in Vietnam (about 10,000 rows) is under 1 MB; an appendix is a page or two.
 */
export const LOADED_BOOK_LIMITS: ReadLimits = {
  ...LIMITS,
  maxFileBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 40 * 1024 * 1024,
};
