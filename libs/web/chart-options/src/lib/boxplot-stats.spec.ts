import { boxplotStats, quantile } from './boxplot-stats';

describe('quantile (linear interpolation, type 7)', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5);
    expect(quantile([10], 0.75)).toBe(10);
  });

  it('rejects an empty list', () => {
    expect(() => quantile([], 0.5)).toThrow('empty');
  });
});

describe('boxplotStats', () => {
  it('computes quartiles, whiskers and a high outlier by hand', () => {
    // h = 9p: q1 = 3 + .25·1, median = 5 + .5·1, q3 = 7 + .75·1; IQR 4.5, fences −3.5 and 14.5.
    expect(boxplotStats([100, 9, 1, 8, 2, 7, 3, 6, 4, 5])).toEqual({
      n: 10,
      min: 1,
      q1: 3.25,
      median: 5.5,
      q3: 7.75,
      max: 9,
      lowerFence: -3.5,
      upperFence: 14.5,
      outliers: [100],
    });
  });

  it('puts the lower whisker on the smallest value inside the fence', () => {
    // q1 = 10, median 11, q3 = 12; fences 7 and 15.
    const s = boxplotStats([13, -50, 12, 11, 10]);
    expect(s).toMatchObject({
      min: 10,
      q1: 10,
      median: 11,
      q3: 12,
      max: 13,
      outliers: [-50],
    });
  });

  it('returns null for no values and ignores non-finite ones', () => {
    expect(boxplotStats([])).toBeNull();
    expect(boxplotStats([Number.NaN])).toBeNull();
    expect(
      boxplotStats([Number.NaN, 4, Number.POSITIVE_INFINITY]),
    ).toMatchObject({ n: 1, median: 4 });
  });

  it('gives a flat box for one value', () => {
    expect(boxplotStats([5])).toEqual({
      n: 1,
      min: 5,
      q1: 5,
      median: 5,
      q3: 5,
      max: 5,
      lowerFence: 5,
      upperFence: 5,
      outliers: [],
    });
  });

  it('interpolates between two values', () => {
    // q1 = 2 + .25·8, median = 6, q3 = 2 + .75·8; IQR 4, fences −2 and 14.
    expect(boxplotStats([10, 2])).toEqual({
      n: 2,
      min: 2,
      q1: 4,
      median: 6,
      q3: 8,
      max: 10,
      lowerFence: -2,
      upperFence: 14,
      outliers: [],
    });
  });
});
