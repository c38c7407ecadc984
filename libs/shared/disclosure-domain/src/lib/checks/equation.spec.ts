import type { CellSpec } from '../../testing/report.factory';
import { cell } from '../../testing/report.factory';
import type { Term } from './equation';
import { blankNote, evaluate, formatSum } from './equation';

let line = 0;
const t = (spec: CellSpec | undefined, metric = `m${++line}`): Term => ({
  metric,
  cell: spec === undefined ? undefined : cell(spec, line),
});

describe('evaluate (blank is not zero)', () => {
  it('holds with numbers only', () => {
    expect(evaluate([t(859), t(18)], [t(805), t(72)])).toEqual({
      outcome: 'holds',
      left: 877,
      right: 877,
      blanks: [],
    });
  });

  it('skips an equation whose cells are all blank', () => {
    expect(evaluate([t(null), t(null)], [t(null)])).toEqual({
      outcome: 'skip',
    });
  });

  it.each([
    ['unreadable', '?' as const],
    ['missing (document cut off)', undefined],
  ])('skips when a cell is %s', (_name, spec) => {
    expect(evaluate([t(5), t(spec)], [t(1)])).toEqual({ outcome: 'skip' });
  });

  it('reads a cell marked not applicable as 0: a balance that fails even so fails', () => {
    const na = t('/', 'carriedIn');
    expect(evaluate([t(5), na], [t(5)])).toMatchObject({ outcome: 'holds' });
    const ev = evaluate([t(5), na], [t(6)]);
    expect(ev).toMatchObject({ outcome: 'fails', left: 5, right: 6 });
    expect(ev.outcome === 'fails' && ev.notApplicable).toEqual([na]);
    // Not applicable and blank everywhere: nothing was reported.
    expect(evaluate([t('/'), t(null)], [t('/')])).toEqual({ outcome: 'skip' });
  });

  it('holds with blanks read as 0 and says which cells were blank', () => {
    const blank = t(null, 'carriedIn');
    const ev = evaluate([t(35), blank], [t(35), t(null)]);
    expect(ev.outcome).toBe('holds');
    expect(ev.outcome === 'holds' && ev.blanks.map((b) => b.metric)).toEqual(
      expect.arrayContaining(['carriedIn']),
    );
  });

  it('fails with blanks on both sides but neither side wholly blank', () => {
    const ev = evaluate([t(35), t(null)], [t(34), t(null)]);
    expect(ev).toMatchObject({ outcome: 'fails', left: 35, right: 34 });
    expect(ev.outcome === 'fails' && ev.blankSide).toBeNull();
  });

  it('reports the side that is wholly blank', () => {
    expect(evaluate([t(null)], [t(258), t(12)])).toMatchObject({
      outcome: 'fails',
      blankSide: 'left',
    });
    expect(evaluate([t(805)], [t(null), t(null)])).toMatchObject({
      outcome: 'fails',
      blankSide: 'right',
    });
  });

  it('does not call a side of zeros and blanks "blank"', () => {
    expect(evaluate([t(null)], [t(0), t(null)])).toMatchObject({
      outcome: 'holds',
    });
  });

  it('supports ≥ for heuristics', () => {
    expect(evaluate([t(524)], [t(13)], 'gte').outcome).toBe('holds');
    expect(evaluate([t(13)], [t(13)], 'gte').outcome).toBe('holds');
    expect(evaluate([t(12)], [t(13)], 'gte').outcome).toBe('fails');
  });

  it('compares money without binary noise', () => {
    expect(evaluate([t(0.1), t(0.2)], [t(0.3)]).outcome).toBe('holds');
  });
});

describe('formatSum', () => {
  it('writes short sums with blanks in place', () => {
    expect(formatSum([t(35), t(null)], 'zh')).toBe('35+空白=35');
    expect(formatSum([t(35), t(null)], 'en')).toBe('35+blank=35');
    expect(formatSum([t(805)], 'zh')).toBe('805');
    expect(formatSum([t(null)], 'zh')).toBe('空白');
  });

  it('leaves blanks out of long sums', () => {
    const terms = [t(258), t(3), ...Array.from({ length: 8 }, () => t(null))];
    expect(formatSum(terms, 'zh')).toBe('258+3=261');
  });

  it('writes decimals without float error', () => {
    expect(formatSum([t(0.1), t(0.2)], 'zh')).toBe('0.1+0.2=0.3');
  });
});

describe('blankNote', () => {
  it('is empty without blanks and names the count otherwise', () => {
    expect(blankNote([], 'zh')).toBe('');
    expect(blankNote([t(null), t(null)], 'zh')).toBe(
      '（涉及2个空白单元格，已按0计算；空白表示未填报，不等于0）',
    );
  });
});
