import { toCsv } from './export-table.util';

describe('toCsv', () => {
  it('quotes, neutralises formulas, writes the filters and a BOM', () => {
    const csv = toCsv({
      title: 't',
      header: ['a', 'b'],
      rows: [
        ['x,y', 1.5],
        ['=SUM(A1)', null],
        ['say "hi"', -3],
      ],
      filters: [['年度', '2019–2025']],
    });
    expect(csv).toBe(
      '\uFEFF# 年度: 2019–2025\r\na,b\r\n"x,y",1.5\r\n\'=SUM(A1),\r\n"say ""hi""",-3\r\n',
    );
  });
});
