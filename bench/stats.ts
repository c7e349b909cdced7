// Small statistics for the report: percentiles of one run's samples, and median/min/max across runs.

/** Percentile p (0-100) of an ascending array, nearest-rank; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** Median (the mean of the middle two for an even count), min and max across runs; NaN values are left out. */
export function spread(runs: number[]): Spread {
  const xs = runs.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: NaN, min: NaN, max: NaN, runs };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { median, min: xs[0]!, max: xs[xs.length - 1]!, runs };
}

export function round(v: number, digits = 0): number {
  if (!Number.isFinite(v)) return v;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** `arr`, or a copy twice as large (as often as needed) so that index `i` fits. */
export function fitIndex(arr: Float64Array<ArrayBuffer>, i: number): Float64Array<ArrayBuffer> {
  let out = arr;
  while (i >= out.length) {
    const bigger = new Float64Array(out.length * 2);
    bigger.set(out);
    out = bigger;
  }
  return out;
}
