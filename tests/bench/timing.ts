/** Benchmarks report ratios against the raw libraries, not absolute times: machines differ, ratios less. */
export interface BenchResult {
  name: string;
  /** Median milliseconds of our code path. */
  oursMs: number;
  /** Median milliseconds of the raw library doing the same essential work. */
  rawMs: number;
  note?: string;
  /** Peak resident memory (maxRSS) of the process that ran our code path / the raw one, when measured apart. */
  oursPeakMb?: number;
  /** What oursMs/rawMs measure when not milliseconds (sizes: 'KiB'). */
  unit?: string;
  rawPeakMb?: number;
}

export async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn(); // warm-up: JIT, file cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
