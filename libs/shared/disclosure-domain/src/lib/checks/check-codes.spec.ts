import { CHECK_CODES, makeFinding, orderFindings } from './check-codes';

describe('CHECK_CODES', () => {
  it('has unique codes with both titles', () => {
    const codes = CHECK_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CHECK_CODES) {
      expect(c.titleZh).not.toBe('');
      expect(c.titleEn).not.toBe('');
    }
  });

  it('keeps the severities of §8', () => {
    const severity = Object.fromEntries(
      CHECK_CODES.map((c) => [c.code, c.severity]),
    );
    expect(severity).toMatchObject({
      R1: 'error',
      R2: 'error',
      R3: 'error',
      R4: 'error',
      R5_NEGATIVE: 'error',
      R5_NOT_INTEGER: 'error',
      R6: 'warning',
      R7: 'info',
      R8: 'info',
      R9: 'warning',
      R10: 'warning',
      R11: 'warning',
      R12: 'info',
      R13: 'info',
    });
  });
});

describe('makeFinding and orderFindings', () => {
  it('takes the severity from the catalogue and drops empty targets', () => {
    expect(
      makeFinding('R7', '甲', 'a', { metrics: [], location: null }),
    ).toEqual({ code: 'R7', severity: 'info', message: '甲', messageEn: 'a' });
  });

  it('orders by catalogue and keeps the emitted order within a code', () => {
    const f = (code: 'R1' | 'SECTION_MISSING' | 'R5_BLANK', m: string) =>
      makeFinding(code, m, m);
    const ordered = orderFindings([
      f('R5_BLANK', 'a'),
      f('R1', 'b'),
      f('SECTION_MISSING', 'c'),
      f('R1', 'd'),
    ]);
    expect(ordered.map((x) => x.message)).toEqual(['c', 'b', 'd', 'a']);
  });
});
