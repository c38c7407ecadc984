import { formatCellValue, formatDecimal } from './cell-text';
import { escapeMarkup, stripXmlInvalid } from './markup-escape';

describe('formatCellValue', () => {
  it('keeps blank, not applicable and zero apart', () => {
    expect(formatCellValue(null, 'count')).toBe('');
    expect(formatCellValue(undefined, 'count')).toBe('');
    expect(formatCellValue('/', 'count')).toBe('/');
    expect(formatCellValue(0, 'count')).toBe('0');
    expect(formatCellValue(-0, 'count')).toBe('0');
  });

  it('writes counts as plain digits', () => {
    expect(formatCellValue(474339, 'count')).toBe('474339');
    expect(formatCellValue(1_000_000, 'count')).toBe('1000000');
  });

  it('signs 本年增/减 both ways but not zero', () => {
    expect(formatCellValue(36, 'signed')).toBe('+36');
    expect(formatCellValue(-71, 'signed')).toBe('-71');
    expect(formatCellValue(0, 'signed')).toBe('0');
    expect(formatCellValue(1036, 'signed')).toBe('+1036');
  });

  it('writes money in 万元 with at most 6 decimals and no trailing zeros', () => {
    expect(formatCellValue(20.26849, 'money')).toBe('20.26849');
    expect(formatCellValue(126.5836, 'money')).toBe('126.5836');
    expect(formatCellValue(12, 'money')).toBe('12');
    expect(formatCellValue(0.000001, 'money')).toBe('0.000001');
    expect(formatCellValue(0.1 + 0.2, 'money')).toBe('0.3');
    expect(formatCellValue(1.0000004, 'money')).toBe('1');
    expect(formatCellValue(9999.999999, 'money')).toBe('9999.999999');
    expect(formatCellValue(0.0000001, 'money')).toBe('0');
    expect(formatCellValue(-0.0000001, 'money')).toBe('0');
  });

  it('shows non-finite numbers as not reported', () => {
    expect(formatCellValue(Number.NaN, 'count')).toBe('');
    expect(formatCellValue(Number.POSITIVE_INFINITY, 'money')).toBe('');
  });

  it('formatDecimal trims only fractional zeros', () => {
    expect(formatDecimal(100)).toBe('100');
    expect(formatDecimal(10.5)).toBe('10.5');
    expect(formatDecimal(2500.25)).toBe('2500.25');
  });
});

describe('escapeMarkup', () => {
  it('escapes the five markup characters and returns clean text unchanged', () => {
    expect(escapeMarkup('a&b<c>"d\'')).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
    const clean = '示例市民政局';
    expect(escapeMarkup(clean)).toBe(clean);
    expect(escapeMarkup('')).toBe('');
    expect(escapeMarkup('&')).toBe('&amp;');
  });

  it('stripXmlInvalid drops control characters XML forbids', () => {
    expect(stripXmlInvalid('a\u0001b\u000bc\td\ne')).toBe('abc\td\ne');
    expect(stripXmlInvalid('正常')).toBe('正常');
  });
});
