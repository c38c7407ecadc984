import { cellHolds, decodeDocument, logicalRows } from './source-grid';

const c = (text: string, colSpan = 1, rowSpan = 1) => ({
  text,
  colSpan,
  rowSpan,
});

describe('logicalRows', () => {
  it('numbers cells by logical column after colspan and rowspan, as the parser does', () => {
    const rows = logicalRows({
      rows: [
        [c('信息内容', 1, 2), c('本年新公开数量', 2), c('总数')],
        [c('a'), c('b'), c('x')],
        [c('规章'), c('13', 2), c('524')],
      ],
    });
    expect(rows.map((r) => r.map((x) => `${x.text}@${x.cell}`))).toEqual([
      ['信息内容@1', '本年新公开数量@2', '总数@4'],
      ['a@2', 'b@3', 'x@4'],
      ['规章@1', '13@2', '524@4'],
    ]);
    const thirteen = rows[2]?.[1];
    expect(
      thirteen && cellHolds({ table: 1, row: 3, cell: 3 }, 1, 3, thirteen),
    ).toBe(true);
    expect(
      thirteen && cellHolds({ table: 1, row: 3, cell: 4 }, 1, 3, thirteen),
    ).toBe(false);
  });

  it('clamps hostile spans', () => {
    const rows = logicalRows({ rows: [[c('x', 100000, 100000), c('y')]] });
    expect(rows[0]?.[1]?.cell).toBe(33);
  });
});

describe('decodeDocument', () => {
  it('reads UTF-8, and GBK when the bytes are not UTF-8', () => {
    expect(decodeDocument(new TextEncoder().encode('政府信息公开'))).toBe(
      '政府信息公开',
    );
    // 公开 in GBK
    expect(decodeDocument(new Uint8Array([0xb9, 0xab, 0xbf, 0xaa]))).toBe(
      '公开',
    );
  });
});
