/**
 * Bounds far above any district sheet (a few hundred rows) and above a multi-year commune history
 * (150,000 rows is about 40 MB of sheet XML), but below what would exhaust an office PC's memory.
 */
export const LIMITS = {
  /** The file as received. */
  maxFileBytes: 60 * 1024 * 1024,
  /** Sum of the uncompressed sizes the zip's central directory declares. */
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
