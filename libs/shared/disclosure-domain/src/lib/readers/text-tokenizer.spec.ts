import type { SourceLocation } from '../model/report';
import { tokenizeText } from './text-tokenizer';
import type { Token } from './token';

/** `kind text @line:column`, with `$` for the last token of a row. */
function view(tokens: readonly Token[]): string[] {
  return tokens.map((t) => {
    const at = t.loc.kind === 'text' ? `${t.loc.line}:${t.loc.column}` : '?';
    return `${t.kind} ${t.text} @${at}${t.rowEnd ? ' $' : ''}`;
  });
}

const texts = (tokens: readonly Token[]) => tokens.map((t) => t.text);
const kinds = (tokens: readonly Token[]) => tokens.map((t) => t.kind);
const at = (line: number, column: number): SourceLocation => ({
  kind: 'text',
  line,
  column,
});

describe('tokenizeText: one cell per line', () => {
  it('makes one text token per line and skips empty lines', () => {
    const tokens = tokenizeText('规章\n0\n0\n0\n\n规范性文件\n1\n2\n3');
    expect(view(tokens)).toEqual([
      'text 规章 @1:1',
      'text 0 @2:1',
      'text 0 @3:1',
      'text 0 @4:1',
      'text 规范性文件 @6:1',
      'text 1 @7:1',
      'text 2 @8:1',
      'text 3 @9:1',
    ]);
    expect(tokens.every((t) => !t.inTable && !t.rowEnd)).toBe(true);
  });

  it('returns no tokens for empty input', () => {
    expect(tokenizeText('')).toEqual([]);
    expect(tokenizeText('\n\n')).toEqual([]);
  });

  it('trims cells and reports the column of their first character', () => {
    // Leading/trailing spaces (" 0", "0 ") and full-width indentation.
    const tokens = tokenizeText(
      ' 112\n0  \n\u3000\u3000一、总体情况\n\u00a0 0',
    );
    expect(view(tokens)).toEqual([
      'text 112 @1:2',
      'text 0 @2:1',
      'text 一、总体情况 @3:3',
      'text 0 @4:3',
    ]);
  });

  it('keeps inner spaces of a line that is not a number row', () => {
    const tokens = tokenizeText(
      '信息内容 本年新制作数量 本年新公开数量\n第 3 页',
    );
    expect(texts(tokens)).toEqual([
      '信息内容 本年新制作数量 本年新公开数量',
      '第 3 页',
    ]);
  });

  it('a whitespace-only line is a weak token', () => {
    const tokens = tokenizeText('其他对外管理服务事项\n \n   \n\u3000\n5');
    expect(view(tokens)).toEqual([
      'text 其他对外管理服务事项 @1:1',
      'weak  @2:1',
      'weak  @3:1',
      'weak  @4:1',
      'text 5 @5:1',
    ]);
    expect(tokens[1]?.inTable).toBe(false);
  });
});

describe('tokenizeText: tab-indented copies', () => {
  it('a tab alone or a tab and NBSP is a certain empty cell', () => {
    const tokens = tokenizeText('\t规章\n\t\n\t\u00a0\n\t0');
    expect(view(tokens)).toEqual([
      'text 规章 @1:2',
      'blank  @2:1',
      'blank  @3:1',
      'text 0 @4:2',
    ]);
    expect(tokens[1]?.inTable).toBe(true);
    expect(tokens[2]?.inTable).toBe(true);
  });

  it('a line starting with a space is weak even if a tab follows', () => {
    expect(kinds(tokenizeText('\u00a0\t'))).toEqual(['weak']);
    expect(kinds(tokenizeText(' \t'))).toEqual(['weak']);
  });

  it('inner tabs split a line into cells', () => {
    const tokens = tokenizeText('规章\t0\t1\t2');
    expect(view(tokens)).toEqual([
      'text 规章 @1:1',
      'text 0 @1:4',
      'text 1 @1:6',
      'text 2 @1:8 $',
    ]);
    expect(tokens.every((t) => t.inTable)).toBe(true);
  });

  it('leading tabs indent, empty fields are blank cells, a trailing tab is layout', () => {
    const tokens = tokenizeText('\t\t规章\t0\t\t2\t');
    expect(kinds(tokens)).toEqual(['text', 'text', 'blank', 'text']);
    expect(texts(tokens)).toEqual(['规章', '0', '', '2']);
    expect(tokens[0]?.loc).toEqual(at(1, 3));
    expect(tokens[1]?.loc).toEqual(at(1, 6));
    expect(tokens[3]?.loc).toEqual(at(1, 9));
    expect(tokens.map((t) => t.rowEnd)).toEqual([false, false, false, true]);
  });

  it('rows on consecutive lines keep their own line numbers', () => {
    const tokens = tokenizeText('行政许可\t18\t0\t1625\n行政处罚\t137\t0\t112');
    expect(tokens.map((t) => (t.loc.kind === 'text' ? t.loc.line : 0))).toEqual(
      [1, 1, 1, 1, 2, 2, 2, 2],
    );
    expect(tokens.filter((t) => t.rowEnd).map((t) => t.text)).toEqual([
      '1625',
      '112',
    ]);
  });

  // Regression (fixed): used to be that an empty field between two tabs gets the column of the next cell,
  // because the column search skips the closing tab (a space character).
  // Reproduction: tokenizeText('规章\t0\t\t2') → blank at 1:7 and '2' at 1:7.
  it('an empty tab field points at its own field, not at the next cell', () => {
    const tokens = tokenizeText('规章\t0\t\t2');
    const blank = tokens[2];
    const next = tokens[3];
    expect(blank?.kind).toBe('blank');
    expect(next?.text).toBe('2');
    expect(next?.loc).toEqual(at(1, 7));
    // Like an empty pipe field, which points at the pipe that closes it.
    expect(blank?.loc).toEqual(at(1, 6));
  });
});

describe('tokenizeText: pipe rows', () => {
  const G2_ROWS = [
    '规章 | 0 | | 0 |',
    '行政规范性文件 | 5 | 1 | 25 |',
    '行政许可 | 85 | | |',
  ].join('\n');

  it('with three or more pipe rows, empty inner fields are blank cells', () => {
    const tokens = tokenizeText(G2_ROWS);
    expect(view(tokens)).toEqual([
      'text 规章 @1:1',
      'text 0 @1:6',
      'blank  @1:10',
      'text 0 @1:12 $',
      'text 行政规范性文件 @2:1',
      'text 5 @2:11',
      'text 1 @2:15',
      'text 25 @2:19 $',
      'text 行政许可 @3:1',
      'text 85 @3:8',
      'blank  @3:13',
      'blank  @3:15 $',
    ]);
    expect(tokens.every((t) => t.inTable)).toBe(true);
  });

  it('with fewer than three pipe rows, only empty fields around the values are layout', () => {
    const tokens = tokenizeText(
      ['规章 | 0 | | 0 |', '行政许可 | 5 | | |', '0 | |'].join('\n'),
    );
    // The empty field between two values is a cell whatever the style: dropping
    // it would move the second 0 into another column.
    expect(texts(tokens)).toEqual(['规章', '0', '', '0', '行政许可', '5', '0']);
    expect(kinds(tokens).filter((k) => k === 'blank')).toHaveLength(1);
  });

  it('a row with no values at all keeps its blank cells in a pipe-row document', () => {
    const tokens = tokenizeText(['行政许可 |  |  |  |', G2_ROWS].join('\n'));
    // `行政许可 |  |  |  |` has one filled field, so it is no row of its own,
    // but the document has three rows, so its empty fields are cells.
    expect(view(tokens).slice(0, 4)).toEqual([
      'text 行政许可 @1:1',
      'blank  @1:9',
      'blank  @1:12',
      'blank  @1:15 $',
    ]);
  });

  it('a single field with pipes is one cell: `0 |`, `规章 |`, `0 | |`', () => {
    const tokens = tokenizeText('规章 |\n0 |\n0 |\n0 | |');
    expect(view(tokens)).toEqual([
      'text 规章 @1:1 $',
      'text 0 @2:1 $',
      'text 0 @3:1 $',
      'text 0 @4:1 $',
    ]);
    expect(tokens.every((t) => t.inTable)).toBe(true);
  });

  it('a lone pipe is weak; runs of pipes are ignored', () => {
    const tokens = tokenizeText('规章 |\n|\n  |  \n||||\n| ||||\n|||\n0 |');
    expect(view(tokens)).toEqual([
      'text 规章 @1:1 $',
      'weak  @2:1',
      'weak  @3:1',
      'text 0 @7:1 $',
    ]);
    expect(tokens[1]?.inTable).toBe(false);
  });

  it('reads the one-cell-per-line pipe layout with row separators', () => {
    // Each row starts with a lone `|`, one cell per line ending ` |`, trailing `| ||||`.
    const doc = [
      '二、主动公开政府信息情况',
      '|',
      '第二十条第(五)项 | ||||',
      '|',
      '行政处罚 |',
      '79 |',
      '-71 |',
      '8 | |',
      '| ||||',
    ].join('\n');
    expect(view(tokenizeText(doc))).toEqual([
      'text 二、主动公开政府信息情况 @1:1',
      'weak  @2:1',
      'text 第二十条第(五)项 @3:1 $',
      'weak  @4:1',
      'text 行政处罚 @5:1 $',
      'text 79 @6:1 $',
      'text -71 @7:1 $',
      'text 8 @8:1 $',
    ]);
  });

  it('cells split over lines with a leading `| ` are one cell each', () => {
    const doc = ['| 规范性文件', '|', '| 0', '| 0', '| 2'].join('\n');
    expect(view(tokenizeText(doc))).toEqual([
      'text 规范性文件 @1:3 $',
      'weak  @2:1',
      'text 0 @3:3 $',
      'text 0 @4:3 $',
      'text 2 @5:3 $',
    ]);
  });

  it('bordered rows `| a | b |`: the leading pipe is a border', () => {
    const doc = [
      '| 规章 | / | / | / |',
      '| 行政规范性文件 | 2 | 0 | 8 |',
      '| 行政许可 | 124 | | |',
      '|  | 7 | 8 | 9 |',
    ].join('\n');
    const tokens = tokenizeText(doc);
    expect(view(tokens)).toEqual([
      'text 规章 @1:3',
      'text / @1:8',
      'text / @1:12',
      'text / @1:16 $',
      'text 行政规范性文件 @2:3',
      'text 2 @2:13',
      'text 0 @2:17',
      'text 8 @2:21 $',
      'text 行政许可 @3:3',
      'text 124 @3:10',
      'blank  @3:16',
      'blank  @3:18 $',
      // An empty first field after the border is a blank cell.
      'blank  @4:4',
      'text 7 @4:6',
      'text 8 @4:10',
      'text 9 @4:14 $',
    ]);
  });

  it('unbordered rows `a | b |`: a line starting with a pipe has an empty first cell', () => {
    const doc = [
      '规章 | 0 | 0 | 0 |',
      '规范性文件 | 1 | 2 | 3 |',
      '行政许可 | 5 | 6 | 7 |',
      '| 7 | 8 | 9 |',
    ].join('\n');
    expect(view(tokenizeText(doc)).slice(12)).toEqual([
      'blank  @4:1',
      'text 7 @4:3',
      'text 8 @4:7',
      'text 9 @4:11 $',
    ]);
  });

  it('keeps runs of padding spaces out of cells and columns', () => {
    const tokens = tokenizeText('|   行政处罚    |    2    |');
    expect(view(tokens)).toEqual(['text 行政处罚 @1:5', 'text 2 @1:18 $']);
  });

  it('reads a full-width pipe like an ASCII pipe on a single line', () => {
    const tokens = tokenizeText('规章｜0｜0｜0｜');
    expect(view(tokens)).toEqual([
      'text 规章 @1:1',
      'text 0 @1:4',
      'text 0 @1:6',
      'text 0 @1:8 $',
    ]);
  });

  // Regression (fixed): used to be that countPipeRows only counts ASCII `|`, so a document written with
  // full-width `｜` is never seen as a pipe-row document: its empty inner fields
  // are dropped (values shift left) and its border style is not detected.
  // Reproduction: tokenizeText('规章｜0｜｜0｜\n规范性文件｜1｜2｜3｜\n行政许可｜5｜｜｜')
  // → row 1 yields 规章, 0, 0 (3 tokens) instead of 规章, 0, blank, 0.
  it('a document of full-width pipe rows reads like the same document with ASCII pipes', () => {
    const ascii = '规章|0||0|\n规范性文件|1|2|3|\n行政许可|5|||';
    const fullWidth = ascii.replace(/\|/g, '｜');
    expect(tokenizeText(fullWidth)).toEqual(tokenizeText(ascii));
  });
});

describe('tokenizeText: space-separated number rows', () => {
  it('splits a label followed by numbers into cells', () => {
    expect(view(tokenizeText('规章 0 0 0'))).toEqual([
      'text 规章 @1:1',
      'text 0 @1:4',
      'text 0 @1:6',
      'text 0 @1:8 $',
    ]);
  });

  it('splits on runs of ASCII, ideographic and no-break spaces', () => {
    expect(view(tokenizeText('规范性文件  198   7   21'))).toEqual([
      'text 规范性文件 @1:1',
      'text 198 @1:8',
      'text 7 @1:14',
      'text 21 @1:18 $',
    ]);
    expect(texts(tokenizeText('规章\u3000\u30000\u00a01\u30002'))).toEqual([
      '规章',
      '0',
      '1',
      '2',
    ]);
  });

  it('accepts signed, full-width, grouped and unit-suffixed numbers', () => {
    expect(texts(tokenizeText('行政处罚 79 -71 8'))).toEqual([
      '行政处罚',
      '79',
      '-71',
      '8',
    ]);
    expect(texts(tokenizeText('规章 ０ ０ ０'))).toEqual([
      '规章',
      '０',
      '０',
      '０',
    ]);
    expect(texts(tokenizeText('政府集中采购 9项 20.26万元'))).toEqual([
      '政府集中采购',
      '9项',
      '20.26万元',
    ]);
    expect(texts(tokenizeText('行政许可 1,234 +5'))).toEqual([
      '行政许可',
      '1,234',
      '+5',
    ]);
  });

  it('splits a line of numbers only', () => {
    const tokens = tokenizeText('0 0 0');
    expect(view(tokens)).toEqual([
      'text 0 @1:1',
      'text 0 @1:3',
      'text 0 @1:5 $',
    ]);
  });

  it('does not split a label with a single number or prose with numbers', () => {
    expect(texts(tokenizeText('行政许可 18750'))).toEqual(['行政许可 18750']);
    expect(texts(tokenizeText('全年 共收到 申请 62 件'))).toEqual([
      '全年 共收到 申请 62 件',
    ]);
    expect(texts(tokenizeText('2020年 1 月'))).toEqual(['2020年 1 月']);
  });
});

describe('tokenizeText: line endings and locations', () => {
  it('reads CRLF input like LF input', () => {
    const lf =
      '规章\n0\n\n 1 \n|\n行政许可 | 5 | | |\n规章 | 0 | | 0 |\n规章 | 0 | 1 | 0 |\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(tokenizeText(crlf)).toEqual(tokenizeText(lf));
    expect(kinds(tokenizeText(crlf))).toContain('blank');
  });

  it('numbers lines from 1 across a mixed document', () => {
    const doc = [
      '2020年某某镇人民政府政府信息公开工作年度报告', // 1
      '', // 2
      '二、主动公开政府信息情况', // 3
      '第二十条第(一)项', // 4
      '信息内容', // 5
      '本年新', // 6
      '制作数量', // 7
      '规章 0 0 0', // 8
      '\t规范性文件', // 9
      '\t', // 10
      '  ', // 11
      '0 |', // 12
    ].join('\n');
    expect(view(tokenizeText(doc))).toEqual([
      'text 2020年某某镇人民政府政府信息公开工作年度报告 @1:1',
      'text 二、主动公开政府信息情况 @3:1',
      'text 第二十条第(一)项 @4:1',
      'text 信息内容 @5:1',
      'text 本年新 @6:1',
      'text 制作数量 @7:1',
      'text 规章 @8:1',
      'text 0 @8:4',
      'text 0 @8:6',
      'text 0 @8:8 $',
      'text 规范性文件 @9:2',
      'blank  @10:1',
      'weak  @11:1',
      'text 0 @12:1 $',
    ]);
  });
});

describe('tokenizeText: space-separated rows with placeholders', () => {
  it('splits a row of not-applicable slashes into cells', () => {
    const tokens = tokenizeText('规章 / / /');
    expect(tokens.map((t) => t.text)).toEqual(['规章', '/', '/', '/']);
  });
});
