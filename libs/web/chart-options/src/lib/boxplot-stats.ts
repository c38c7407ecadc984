/** Five-number summary with Tukey whiskers. */
export interface BoxplotStats {
  n: number;
  /** Lower whisker: smallest value not below `lowerFence`. */
  min: number;
  q1: number;
  median: number;
  q3: number;
  /** Upper whisker: largest value not above `upperFence`. */
  max: number;
  lowerFence: number;
  upperFence: number;
  /** Values outside the fences, ascending. */
  outliers: number[];
}

/**
 * Quantile by linear interpolation between closest ranks (Hyndman & Fan type 7,
 * as R's default, Excel PERCENTILE.INC and NumPy's `linear`): h = (n − 1)·p,
 * q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). `sorted` must be ascending and non-empty.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo];
  if (a === undefined) throw new Error('quantile of an empty list');
  const b = sorted[lo + 1] ?? a;
  return a + (h - lo) * (b - a);
}

/**
 * Box plot statistics: quartiles as above, whiskers at the most extreme values within
 * 1.5 × IQR of the box, the rest as outliers. Non-finite values are ignored; null
 * when nothing is left. n = 1 gives a flat box; n = 2 interpolates between the two.
 */
export function boxplotStats(values: readonly number[]): BoxplotStats | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const q1 = quantile(sorted, 0.25);
  const median = quantile(sorted, 0.5);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  const lowerFence = q1 - 1.5 * iqr;
  const upperFence = q3 + 1.5 * iqr;
  const inside = sorted.filter((v) => v >= lowerFence && v <= upperFence);
  return {
    n: sorted.length,
    // `inside` always holds the median's neighbours, so these fallbacks never fire.
    min: inside[0] ?? q1,
    q1,
    median,
    q3,
    max: inside[inside.length - 1] ?? q3,
    lowerFence,
    upperFence,
    outliers: sorted.filter((v) => v < lowerFence || v > upperFence),
  };
}
