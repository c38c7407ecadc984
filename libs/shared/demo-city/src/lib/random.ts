/**
 * Seeded randomness for the demo city. Every draw comes from a stream named by the
 * seed and a purpose (department, year, what is drawn), so adding a department or a
 * draw elsewhere never shifts the numbers of another: the city stays recognisable
 * from one version of the generator to the next.
 */

export type Random = () => number;

/** mulberry32: tiny, fast and good enough for demo data. Values in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units, then one avalanche round so nearby keys spread. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** A stream of its own for one purpose, e.g. `streamFor(seed, 'values', code)`. */
export function streamFor(
  seed: number,
  ...keys: readonly (string | number)[]
): Random {
  return mulberry32(hashString(`${seed}|${keys.join('|')}`));
}

/** A single draw in [0, 1) tied to its key, for per-cell decisions. */
export function chanceFor(
  seed: number,
  ...keys: readonly (string | number)[]
): number {
  return hashString(`${seed}|${keys.join('|')}`) / 4294967296;
}

/** Integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Real number in [min, max). */
export function between(random: Random, min: number, max: number): number {
  return min + random() * (max - min);
}

export function pickOne<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new RangeError('pickOne from an empty list');
  return item;
}

export function pickWeighted<T>(
  random: Random,
  entries: readonly (readonly [T, number])[],
): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, weight] of entries) {
    r -= weight;
    if (r < 0) return item;
  }
  const last = entries[entries.length - 1];
  if (last === undefined) throw new RangeError('pickWeighted from no entries');
  return last[0];
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * Splits a whole number by weights (largest remainder), so parts are integers that
 * always add up to `total`: the tables built from them satisfy R1–R4 by construction.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const quotas = weights.map((w) => (Math.max(0, w) / sum) * total);
  const parts = quotas.map((q) => Math.floor(q));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

/** Knuth's method; the demo only draws small means (reviews, lawsuits). */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-Math.min(mean, 60));
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

/** Rounds to a whole number of `unit` (e.g. 0.0001 万元 = 1 元) without float drift. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
