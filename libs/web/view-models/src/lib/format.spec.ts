import { formatValue, yearOverYear } from './format';

describe('formatValue', () => {
  it('shows counts whole, money in 万元 with two decimals, ratios in %', () => {
    expect(formatValue(12345, 'count', 'zh-CN')).toBe('12,345');
    expect(formatValue(20.26, 'wanYuan', 'zh-CN')).toBe('20.26 万元');
    expect(formatValue(36, 'signedCount', 'en')).toBe('+36');
    expect(formatValue(0.875, 'ratio', 'en')).toBe('87.5%');
  });

  it('shows a missing value as a dash, never 0', () => {
    expect(formatValue(null, 'count', 'zh-CN')).toBe('—');
    expect(formatValue(Number.NaN, 'count', 'en')).toBe('—');
  });
});

describe('yearOverYear', () => {
  it('compares counts relatively', () => {
    expect(yearOverYear(118, 100, 'count', 'en')).toEqual({
      text: '+18%',
      direction: 'up',
      relative: 0.18,
    });
    expect(yearOverYear(90, 100, 'count', 'zh-CN')?.direction).toBe('down');
  });

  it('compares rates in percentage points', () => {
    const c = yearOverYear(0.62, 0.5, 'ratio', 'zh-CN');
    expect(c?.text).toBe('+12 个百分点');
    expect(c?.relative).toBeNull();
  });

  it('gives no change when either year is missing, and an absolute change from 0', () => {
    expect(yearOverYear(5, null, 'count', 'en')).toBeNull();
    expect(yearOverYear(null, 5, 'count', 'en')).toBeNull();
    expect(yearOverYear(5, 0, 'count', 'en')).toEqual({
      text: '+5',
      direction: 'up',
      relative: null,
    });
  });
});
