import {
  complianceStatusStyle,
  numberFormatter,
  pointStatusStyle,
} from './theme';

describe('theme', () => {
  it.each([
    ['point', pointStatusStyle],
    ['compliance', complianceStatusStyle],
  ])('gives each %s status its own symbol, decal and colour', (_, styles) => {
    const all = Object.values(styles);
    expect(new Set(all.map((s) => s.symbol)).size).toBe(all.length);
    expect(new Set(all.map((s) => JSON.stringify(s.decal))).size).toBe(
      all.length,
    );
    expect(new Set(all.map((s) => s.color)).size).toBe(all.length);
  });

  it('formats numbers per unit', () => {
    expect(numberFormatter('count')(12345)).toBe('12,345');
    expect(numberFormatter('wanYuan')(1.23456)).toBe('1.23');
    expect(numberFormatter('signedCount')(3)).toBe('+3');
    expect(numberFormatter('percent')(33.333)).toBe('33.3%');
  });
});
