import { base64ToBytes, decodeSeriesMatrix } from './series-matrix';

// The server's packing: little-endian float64 (x86 and ARM alike), then base64.
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

function pack(values: number[]): string {
  return toBase64(new Uint8Array(new Float64Array(values).buffer));
}

describe('decodeSeriesMatrix', () => {
  // 2 metrics × 2 departments × 2 years, ordered metric, department, year.
  const values = [1, 2, NaN, 4, 5.5, NaN, 7, 8];
  const m = {
    from: 2020,
    to: 2021,
    metrics: ['a', 'b'],
    departmentIds: [11, 12],
    values: pack(values),
    statuses: 'rrbrrxgr',
  };

  it('finds every point by metric, department and year', () => {
    const d = decodeSeriesMatrix(m);
    expect(d.years).toEqual([2020, 2021]);
    expect(d.point(0, 0, 2021)).toEqual({ value: 2, status: 'reported' });
    expect(d.point(0, 1, 2020)).toEqual({ value: null, status: 'blank' });
    expect(d.point(1, 0, 2020)).toEqual({ value: 5.5, status: 'reported' });
    expect(d.point(1, 0, 2021)).toEqual({
      value: null,
      status: 'notApplicable',
    });
    expect(d.point(1, 1, 2020)).toEqual({
      value: null,
      status: 'notInGeneration',
    });
  });

  it('refuses a matrix whose sizes disagree', () => {
    expect(() => decodeSeriesMatrix({ ...m, statuses: 'rr' })).toThrow(
      /2 statuses and 8 values for 8 points/,
    );
  });

  it('decodes base64 as Node does, padding included', () => {
    for (const s of ['', 'a', 'ab', 'abc', '政府信息公开']) {
      const bytes = new TextEncoder().encode(s);
      expect(new TextDecoder().decode(base64ToBytes(toBase64(bytes)))).toBe(s);
    }
    expect(() => base64ToBytes('ab$c')).toThrow(/Invalid base64 at 2/);
  });
});
