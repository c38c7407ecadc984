import type { MetricUnit } from '../metrics/metric-registry';
import { parseCellValue } from './parse-value';

const UNITS: readonly MetricUnit[] = ['count', 'signedCount', 'wanYuan'];

describe('parseCellValue: blank is not zero', () => {
  it.each(['', ' ', '\u3000', '\u00a0', '\t', ' \u3000\u00a0 '])(
    '%j is blank',
    (raw) => {
      for (const unit of UNITS) {
        expect(parseCellValue(raw, unit)).toEqual({
          status: 'blank',
          value: null,
        });
      }
    },
  );

  it('0 is the number zero, not blank', () => {
    for (const unit of UNITS) {
      expect(parseCellValue('0', unit)).toEqual({ status: 'number', value: 0 });
    }
    expect(parseCellValue(' 0 ', 'count')).toEqual({
      status: 'number',
      value: 0,
    });
    expect(parseCellValue('０', 'count')).toEqual({
      status: 'number',
      value: 0,
    });
  });
});

describe('parseCellValue: not applicable', () => {
  it.each([
    '/',
    '／',
    '\\',
    '-',
    '--',
    '—',
    '——',
    '–',
    '−',
    '无',
    '不适用',
    'N/A',
    'n/a',
    'NA',
    '×',
  ])('%j is not applicable', (raw) => {
    for (const unit of UNITS) {
      expect(parseCellValue(raw, unit)).toEqual({
        status: 'notApplicable',
        value: null,
      });
    }
  });

  it('accepts the placeholder with spaces around it', () => {
    expect(parseCellValue(' / ', 'count').status).toBe('notApplicable');
    expect(parseCellValue('\u3000无\u3000', 'count').status).toBe(
      'notApplicable',
    );
  });

  it('two placeholders in one cell are unreadable, not not-applicable', () => {
    expect(parseCellValue('/ /', 'count').status).toBe('unreadable');
  });
});

describe('parseCellValue: counts and units', () => {
  it('reads plain integers', () => {
    expect(parseCellValue('18750', 'count')).toEqual({
      status: 'number',
      value: 18750,
    });
    expect(parseCellValue(' 112', 'count')).toEqual({
      status: 'number',
      value: 112,
    });
    expect(parseCellValue('0  ', 'count')).toEqual({
      status: 'number',
      value: 0,
    });
  });

  it.each([
    ['9项', 9, '项'],
    ['9 项', 9, '项'],
    ['5件', 5, '件'],
    ['232条', 232, '条'],
    ['3个', 3, '个'],
    ['2宗', 2, '宗'],
    ['4次', 4, '次'],
    ['６件', 6, '件'],
  ])('%j is %d with unit %s', (raw, value, unit) => {
    expect(parseCellValue(raw, 'count')).toEqual({
      status: 'number',
      value,
      unit,
    });
  });

  it('reads full-width digits', () => {
    expect(parseCellValue('１２３', 'count')).toEqual({
      status: 'number',
      value: 123,
    });
  });

  it('reads thousands separators in both widths', () => {
    expect(parseCellValue('1,234', 'count')).toEqual({
      status: 'number',
      value: 1234,
    });
    expect(parseCellValue('1，234', 'count')).toEqual({
      status: 'number',
      value: 1234,
    });
    expect(parseCellValue('1,234,567', 'count').value).toBe(1234567);
  });

  it('refuses commas that are not thousands groups', () => {
    expect(parseCellValue('12,34', 'count').status).toBe('unreadable');
    expect(parseCellValue('1,2345', 'count').status).toBe('unreadable');
    expect(parseCellValue(',123', 'count').status).toBe('unreadable');
  });

  it('a money unit in a count cell is unreadable', () => {
    expect(parseCellValue('5元', 'count')).toEqual({
      status: 'unreadable',
      value: null,
    });
    expect(parseCellValue('5万元', 'signedCount').status).toBe('unreadable');
  });
});

describe('parseCellValue: signed changes (本年增/减)', () => {
  it.each([
    ['+36', 36],
    ['+19', 19],
    ['-5', -5],
    ['-71', -71],
    ['−3', -3],
    ['－3', -3],
    ['增加5', 5],
    ['减少2', -2],
    ['增5', 5],
    ['减4', -4],
    ['+1,036', 1036],
    ['-3件', -3],
  ])('%j is %d', (raw, value) => {
    const parsed = parseCellValue(raw, 'signedCount');
    expect(parsed.status).toBe('number');
    expect(parsed.value).toBe(value);
  });

  it('a signed zero is zero, never -0', () => {
    expect(Object.is(parseCellValue('-0', 'signedCount').value, 0)).toBe(true);
    expect(Object.is(parseCellValue('减0', 'signedCount').value, 0)).toBe(true);
    expect(parseCellValue('+0', 'signedCount').value).toBe(0);
  });

  it('a sign or sign word without a number is unreadable', () => {
    expect(parseCellValue('+', 'signedCount').status).toBe('unreadable');
    expect(parseCellValue('增加', 'signedCount').status).toBe('unreadable');
    expect(parseCellValue('+-5', 'signedCount').status).toBe('unreadable');
    expect(parseCellValue('--5', 'signedCount').status).toBe('unreadable');
  });
});

describe('parseCellValue: money (万元)', () => {
  it('converts 元 to 万元 exactly', () => {
    expect(parseCellValue('79000.1元', 'wanYuan')).toEqual({
      status: 'number',
      value: 7.90001,
      unit: '元',
    });
    expect(parseCellValue('251000元', 'wanYuan')).toEqual({
      status: 'number',
      value: 25.1,
      unit: '元',
    });
    expect(parseCellValue('3405820元', 'wanYuan')).toEqual({
      status: 'number',
      value: 340.582,
      unit: '元',
    });
  });

  it('converts small and grouped 元 amounts without float error', () => {
    expect(parseCellValue('1元', 'wanYuan').value).toBe(0.0001);
    expect(parseCellValue('0.5元', 'wanYuan').value).toBe(0.00005);
    expect(parseCellValue('920元', 'wanYuan').value).toBe(0.092);
    expect(parseCellValue('10000元', 'wanYuan').value).toBe(1);
    expect(parseCellValue('3,405,820元', 'wanYuan').value).toBe(340.582);
    expect(parseCellValue('１２３元', 'wanYuan').value).toBe(0.0123);
    expect(parseCellValue('0元', 'wanYuan')).toEqual({
      status: 'number',
      value: 0,
      unit: '元',
    });
  });

  it('keeps 万元 amounts as written', () => {
    expect(parseCellValue('20.26万元', 'wanYuan')).toEqual({
      status: 'number',
      value: 20.26,
      unit: '万元',
    });
    expect(parseCellValue('20.268490万元', 'wanYuan')).toEqual({
      status: 'number',
      value: 20.26849,
      unit: '万元',
    });
    expect(parseCellValue('172 万元', 'wanYuan').value).toBe(172);
  });

  it('flags money without a unit as assumed 万元', () => {
    expect(parseCellValue('52.15', 'wanYuan')).toEqual({
      status: 'number',
      value: 52.15,
      note: 'moneyUnitAssumed',
    });
    expect(parseCellValue('26.55', 'wanYuan').note).toBe('moneyUnitAssumed');
  });

  it('does not flag zero or an amount with a unit', () => {
    expect(parseCellValue('0', 'wanYuan').note).toBeUndefined();
    expect(parseCellValue('0.00', 'wanYuan').note).toBeUndefined();
    expect(parseCellValue('20.26万元', 'wanYuan').note).toBeUndefined();
    expect(parseCellValue('251000元', 'wanYuan').note).toBeUndefined();
  });

  it('never flags counts', () => {
    expect(parseCellValue('52', 'count').note).toBeUndefined();
    expect(parseCellValue('+5', 'signedCount').note).toBeUndefined();
  });

  it('a count unit in a money cell is unreadable', () => {
    expect(parseCellValue('9项', 'wanYuan')).toEqual({
      status: 'unreadable',
      value: null,
    });
  });
});

describe('parseCellValue: a money unit from the column header', () => {
  it('reads a bare amount in the header’s unit', () => {
    expect(parseCellValue('202684.9', 'wanYuan', '元')).toEqual({
      status: 'number',
      value: 20.26849,
    });
    expect(parseCellValue('2500', 'wanYuan', '元')).toEqual({
      status: 'number',
      value: 0.25,
    });
    expect(parseCellValue('20.26', 'wanYuan', '万元')).toEqual({
      status: 'number',
      value: 20.26,
    });
    expect(parseCellValue('3', 'wanYuan', '万元')).toEqual({
      status: 'number',
      value: 3,
    });
  });

  it('lets the cell’s own unit win, and leaves blanks, placeholders and counts alone', () => {
    expect(parseCellValue('20.268490万元', 'wanYuan', '元')).toEqual({
      status: 'number',
      value: 20.26849,
      unit: '万元',
    });
    expect(parseCellValue('', 'wanYuan', '元').status).toBe('blank');
    expect(parseCellValue('/', 'wanYuan', '元').status).toBe('notApplicable');
    expect(parseCellValue('5', 'count', '元')).toEqual({
      status: 'number',
      value: 5,
    });
  });
});

describe('parseCellValue: unreadable text', () => {
  it.each([
    '约5',
    '5件件',
    '1.2.3',
    '若干',
    '不详',
    'abc',
    '5%',
    '.5',
    '5.',
    '元',
    '1e3',
    '2020年',
  ])('%j is unreadable', (raw) => {
    for (const unit of UNITS) {
      expect(parseCellValue(raw, unit)).toEqual({
        status: 'unreadable',
        value: null,
      });
    }
  });
});

describe('parseCellValue: several numbers in one cell', () => {
  it('reads digits separated by a space as unreadable, not as one number', () => {
    expect(parseCellValue('0 0', 'count').status).toBe('unreadable');
    expect(parseCellValue('1 2', 'count').status).toBe('unreadable');
    // A space before a unit or after a sign is only spacing.
    expect(parseCellValue('9 项', 'count')).toMatchObject({
      value: 9,
      unit: '项',
    });
    expect(parseCellValue('+ 3', 'signedCount').value).toBe(3);
  });
});
