import type { Token } from '../readers/token';
import { resolveRow, type RowResolution } from './resolve-row';

let nextLine = 1;

/**
 * Cells written as a compact string: a number or word is a text cell, `_` a
 * certain blank cell (HTML cell, pipe field, tab line), `.` a weak token
 * (whitespace-only line, lone `|`). Each token gets its own line.
 */
function cells(spec: string): Token[] {
  return spec
    .split(' ')
    .filter((s) => s !== '')
    .map((s) => {
      const loc = { kind: 'text' as const, line: nextLine++, column: 1 };
      if (s === '_') {
        return { kind: 'blank', text: '', inTable: true, rowEnd: false, loc };
      }
      if (s === '.') {
        return { kind: 'weak', text: '', inTable: false, rowEnd: false, loc };
      }
      return { kind: 'text', text: s, inTable: false, rowEnd: false, loc };
    });
}

/** The resolution with cells written back in the compact form. */
function resolve(
  spec: string,
  n: number,
  atEnd = false,
  nextOrdinal: number | null = null,
) {
  const input = cells(spec);
  const r: RowResolution = resolveRow(input, n, atEnd, nextOrdinal);
  if (r.status === 'ambiguous') return r;
  for (const c of r.cells) expect(input).toContain(c);
  return {
    status: r.status,
    cells: r.cells
      .map((c) => (c.kind === 'blank' ? '_' : c.kind === 'weak' ? '.' : c.text))
      .join(' '),
  };
}

describe('resolveRow', () => {
  it('takes exactly n certain cells, dropping weak separators', () => {
    expect(resolve('0 0 0', 3)).toEqual({ status: 'ok', cells: '0 0 0' });
    expect(resolve('79 -71 8', 3)).toEqual({ status: 'ok', cells: '79 -71 8' });
    expect(resolve('5 . . 6', 2)).toEqual({ status: 'ok', cells: '5 6' });
    expect(resolve('. 5 . _ . 7 .', 3)).toEqual({
      status: 'ok',
      cells: '5 _ 7',
    });
    // Blank cells are kept in place: blank is not zero and not nothing.
    expect(resolve('_ _ _ _ _ _ 0', 7)).toEqual({
      status: 'ok',
      cells: '_ _ _ _ _ _ 0',
    });
  });

  it('takes exactly n text cells when weak separators and blanks surround them', () => {
    expect(resolve('. 1 . 2 . 3 . _', 3)).toEqual({
      status: 'ok',
      cells: '1 2 3',
    });
    expect(resolve('5 _', 1)).toEqual({ status: 'ok', cells: '5' });
  });

  it('counts weak tokens as blank cells when that makes exactly n', () => {
    // `其他对外管理服务事项` followed by a whitespace-only line in place of a cell.
    expect(resolve('0 . 0', 3)).toEqual({ status: 'ok', cells: '0 . 0' });
    expect(resolve('. . 3', 3)).toEqual({ status: 'ok', cells: '. . 3' });
    expect(resolve('. _ 2', 3)).toEqual({ status: 'ok', cells: '. _ 2' });
  });

  it('drops trailing empty extras (flattened colspans)', () => {
    expect(resolve('5 _ _ _', 2)).toEqual({ status: 'ok', cells: '5 _' });
    expect(resolve('0 0 0 _ _ . _', 3)).toEqual({
      status: 'ok',
      cells: '0 0 0',
    });
    expect(resolve('5 . . .', 2)).toEqual({ status: 'ok', cells: '5 .' });
    expect(resolve('. 5 . . . .', 3)).toEqual({
      status: 'ok',
      cells: '. 5 .',
    });
  });

  it('keeps what there is when the document stops inside the row', () => {
    expect(resolve('3 0', 7, true)).toEqual({
      status: 'truncated',
      cells: '3 0',
    });
    expect(resolve('58 7 0 0 1 0', 7, true)).toEqual({
      status: 'truncated',
      cells: '58 7 0 0 1 0',
    });
    // A weak token between values may be an empty cell or a separator: where the
    // row is cut, nothing after it can be placed.
    expect(resolve('1 . 2', 7, true)).toEqual({
      status: 'ambiguous',
      reason: 'tooFew',
    });
    // Trailing weak tokens are only the end of the page.
    expect(resolve('1 2 . .', 7, true)).toEqual({
      status: 'truncated',
      cells: '1 2',
    });
    expect(resolve('_ 2', 7, true)).toEqual({
      status: 'truncated',
      cells: '_ 2',
    });
    expect(resolve('', 3, true)).toEqual({ status: 'truncated', cells: '' });
  });

  it('a complete row at the document end is ok, not truncated', () => {
    expect(resolve('1 2 3', 3, true)).toEqual({ status: 'ok', cells: '1 2 3' });
    expect(resolve('1 . 3', 3, true)).toEqual({ status: 'ok', cells: '1 . 3' });
  });

  it('too few cells before the document end is ambiguous', () => {
    expect(resolve('1 2', 3)).toEqual({
      status: 'ambiguous',
      reason: 'tooFew',
    });
    expect(resolve('1 . 2', 7)).toEqual({
      status: 'ambiguous',
      reason: 'tooFew',
    });
    expect(resolve('', 1)).toEqual({ status: 'ambiguous', reason: 'tooFew' });
  });

  it('leaves out the next row’s label when the page stops inside it', () => {
    // `2` after a complete `1.属于国家秘密` row: the start of `2.其他法律…`.
    expect(resolve('0 0 0 2', 3, true, 2)).toEqual({
      status: 'ok',
      cells: '0 0 0',
    });
    expect(resolve('0 0 0 2. .', 3, true)).toEqual({
      status: 'ok',
      cells: '0 0 0',
    });
    // The row itself is cut too: what is there is kept, in order.
    expect(resolve('0 0 8.属于', 3, true)).toEqual({
      status: 'truncated',
      cells: '0 0',
    });
    // An amount at the end is the row's last cell, not a label.
    expect(resolve('0 12.3456', 2, true)).toEqual({
      status: 'ok',
      cells: '0 12.3456',
    });
    // A bare number that is not the next row's is a value: one too many.
    expect(resolve('0 0 0 3', 3, true, 2)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
    // Inside the document, the walk has already taken a label for a label.
    expect(resolve('0 0 0 2', 3, false, 2)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
  });

  it('too many values is ambiguous, also at the document end', () => {
    expect(resolve('1 2 3 4', 3)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
    expect(resolve('1 2 3 4', 3, true)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
    // A value after the extra cells is no flattened colspan.
    expect(resolve('5 _ 6 7', 2)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
    expect(resolve('5 . 6 . 7', 2)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
    // A certain empty cell between values is a cell: dropping it would shift 6.
    expect(resolve('5 _ _ 6', 2)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
  });

  it('neither blanks nor weak tokens alone make the count', () => {
    // Two certain cells, one text: the third cell is missing, not guessable.
    expect(resolve('_ 1 .', 4)).toEqual({
      status: 'ambiguous',
      reason: 'tooFew',
    });
    expect(resolve('_ _ 1 2 .', 3)).toEqual({
      status: 'ambiguous',
      reason: 'tooMany',
    });
  });
});
