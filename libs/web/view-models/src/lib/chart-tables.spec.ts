import { linesTable, tableCsv } from './chart-tables';

describe('linesTable', () => {
  it('shows the status of a point without a number, never 0', () => {
    const t = linesTable(
      '部门',
      [2020, 2021],
      [
        {
          name: '民政局',
          points: [
            { year: 2020, value: 1234, status: 'reported' },
            { year: 2021, value: null, status: 'blank' },
          ],
        },
      ],
      'count',
      (s) => `<${s}>`,
      'zh-CN',
    );
    expect(t).toEqual({
      columns: ['部门', '2020', '2021'],
      rows: [['民政局', '1,234', '<blank>']],
    });
  });
});

describe('tableCsv', () => {
  it('writes the filters first and quotes what needs quoting', () => {
    const csv = tableCsv(
      { columns: ['部门', '2020'], rows: [['甲, "乙"', '1,234']] },
      [['年度 years', '2019–2025']],
    );
    expect(csv).toBe(
      '\uFEFF# 年度 years: 2019–2025\r\n部门,2020\r\n"甲, ""乙""","1,234"\r\n',
    );
  });
});
