import { setFlagsFromString } from 'node:v8';

/**
 * How the heap is set for imports. A 120,000-row history allocates some 400 MB of short-lived objects
 * while its live data stays near 40 MB. With V8's defaults on a PC with gigabytes of memory the young
 * generation grows to semi-spaces of 64 MB and the old one runs far past its live data before a full
 * collection: 380–400 MB at the peak. With small semi-spaces and a slower-growing old generation the same
 * import peaks near 200 MB in the same CPU time (`npm run bench history`, which runs it this way).
 */
export const IMPORT_SEMI_SPACE_MB = 4;
/** The old generation may grow by this percent between full collections (V8 picks 10–300 % by itself). */
export const HEAP_GROWING_PERCENT = 20;

/** For a worker's `resourceLimits`: V8's young generation is two semi-spaces and a large-object space of their size. */
export const IMPORT_YOUNG_GENERATION_MB = 3 * IMPORT_SEMI_SPACE_MB;

/** The same settings as command-line flags, for a process started to import (the benchmark). */
export const IMPORT_V8_FLAGS: readonly string[] = [
  `--max-semi-space-size=${IMPORT_SEMI_SPACE_MB}`,
  `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
];

let growthSet = false;

/**
 * The growing percent is read at every full collection, so it can be set in a running process (and is
 * then process-wide, every thread's heap); the semi-space size is fixed when a heap is made, which is why
 * the worker gets it through resourceLimits.
 */
export function limitHeapGrowth(): void {
  if (growthSet) return;
  growthSet = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
