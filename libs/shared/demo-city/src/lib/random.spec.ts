import {
  apportion,
  chanceFor,
  hashString,
  mulberry32,
  poisson,
  shuffled,
  streamFor,
} from './random';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const x of first) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('spreads its values over [0, 1)', () => {
    const random = mulberry32(7);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const k = Math.floor(random() * 4);
      buckets[k] = (buckets[k] ?? 0) + 1;
    }
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });
});

describe('named streams', () => {
  it('depend on the seed and every key, not on other streams', () => {
    const first = streamFor(1, 'values', 'civil-affairs')();
    streamFor(1, 'values', 'audit')();
    expect(streamFor(1, 'values', 'civil-affairs')()).toBe(first);
    expect(streamFor(2, 'values', 'civil-affairs')()).not.toBe(first);
    expect(streamFor(1, 'timing', 'civil-affairs')()).not.toBe(first);
    expect(chanceFor(1, 'x', 2020)).toBe(chanceFor(1, 'x', 2020));
    expect(hashString('示例市')).not.toBe(hashString('示例县'));
  });
});

describe('apportion', () => {
  it('splits a whole number into parts that add up to it', () => {
    const random = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      const total = Math.floor(random() * 500);
      const weights = Array.from(
        { length: 1 + Math.floor(random() * 20) },
        () => (random() < 0.2 ? 0 : random()),
      );
      const parts = apportion(total, weights);
      expect(parts).toHaveLength(weights.length);
      const sum = parts.reduce((s, n) => s + n, 0);
      expect(sum).toBe(weights.some((w) => w > 0) ? total : 0);
      expect(parts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      expect(parts.filter((n, k) => weights[k] === 0 && n !== 0)).toEqual([]);
    }
  });

  it('follows the weights', () => {
    expect(apportion(10, [0.5, 0.3, 0.2])).toEqual([5, 3, 2]);
    expect(apportion(3, [0.8, 0.1, 0.1])).toEqual([3, 0, 0]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('poisson and shuffled', () => {
  it('draws counts around the mean', () => {
    const random = mulberry32(11);
    let sum = 0;
    for (let i = 0; i < 2000; i++) sum += poisson(random, 3);
    expect(sum / 2000).toBeGreaterThan(2.8);
    expect(sum / 2000).toBeLessThan(3.2);
    expect(poisson(random, 0)).toBe(0);
  });

  it('permutes without losing or copying items', () => {
    const list = Array.from({ length: 30 }, (_, i) => i);
    const out = shuffled(mulberry32(5), list);
    expect([...out].sort((a, b) => a - b)).toEqual(list);
    expect(out).not.toEqual(list);
    expect(list[0]).toBe(0);
  });
});
