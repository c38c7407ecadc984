import type { SourceLocation } from '../model/report';
import { lineTracker, tokenizeHtml } from './html-tokenizer';
import type { Token } from './token';

/** `kind text @table.row.cell` for table cells, `kind text @line:column` otherwise. */
function view(tokens: readonly Token[]): string[] {
  return tokens.map((t) => {
    const where =
      t.loc.kind === 'table'
        ? `${t.loc.table}.${t.loc.row}.${t.loc.cell}`
        : `${t.loc.line}:${t.loc.column}`;
    return `${t.kind} ${t.text} @${where}${t.rowEnd ? ' $' : ''}`;
  });
}

const cellAt = (table: number, row: number, cell: number): SourceLocation => ({
  kind: 'table',
  table,
  row,
  cell,
});

describe('tokenizeHtml: G1 table 二 with irregular colspans', () => {
  // Modelled on the Shanghai 2019 page: the header's 本年新公开数量 spans two
  // columns, while in the data row it is the first value that spans two.
  const html = [
    '<table border="1"><tbody>',
    '<tr><td colspan="5"><p align="center">第二十条第（一）项</p></td></tr>',
    '<tr><td><p>信息内容</p></td><td><p>本年新<br />制作数量</p></td>' +
      '<td colspan="2"><p>本年新<br />公开数量</p></td><td><p>对外公开总数量</p></td></tr>',
    '<tr><td><p>规章</p></td><td colspan="2"><p>13</p></td><td><p>13</p></td><td><p>524</p></td></tr>',
    '<tr><td><p>规范性文件</p></td><td>&nbsp;</td><td colspan="2"><p>60</p></td><td> </td></tr>',
    '</tbody></table>',
  ].join('\n');

  it('maps every cell to its logical column (cell = logical column + 1)', () => {
    expect(view(tokenizeHtml(html).tokens)).toEqual([
      'text 第二十条第（一）项 @1.1.1 $',
      'text 信息内容 @1.2.1',
      'text 本年新制作数量 @1.2.2',
      'text 本年新公开数量 @1.2.3',
      'text 对外公开总数量 @1.2.5 $',
      'text 规章 @1.3.1',
      'text 13 @1.3.2',
      'text 13 @1.3.4',
      'text 524 @1.3.5 $',
      'text 规范性文件 @1.4.1',
      'blank  @1.4.2',
      'text 60 @1.4.3',
      'blank  @1.4.5 $',
    ]);
  });

  it('marks every token as a table cell', () => {
    expect(tokenizeHtml(html).tokens.every((t) => t.inTable)).toBe(true);
  });
});

describe('tokenizeHtml: cells', () => {
  it('&nbsp;, spaces and ideographic spaces make blank cells', () => {
    const { tokens } = tokenizeHtml(
      '<table><tr><td>&nbsp;</td><td>&#160;&nbsp;</td><td>\u3000</td><td></td><td>0</td></tr></table>',
    );
    expect(view(tokens)).toEqual([
      'blank  @1.1.1',
      'blank  @1.1.2',
      'blank  @1.1.3',
      'blank  @1.1.4',
      'text 0 @1.1.5 $',
    ]);
  });

  it('joins the lines of a header cell split by <br> or paragraphs', () => {
    const { tokens } = tokenizeHtml(
      '<table><tr><th>本年新<br>制作数量</th><td><p>商业</p><p>企业</p></td><td>本年增/<br/>减</td></tr></table>',
    );
    expect(tokens.map((t) => t.text)).toEqual([
      '本年新制作数量',
      '商业企业',
      '本年增/减',
    ]);
  });

  it('decodes entities inside cells', () => {
    const { tokens } = tokenizeHtml(
      '<table><tr><td>A&amp;B</td><td>&lt;5&gt;</td><td>&#x4E00;</td></tr></table>',
    );
    expect(tokens.map((t) => t.text)).toEqual(['A&B', '<5>', '一']);
  });

  it('maps rowspan cells to the columns they cover in later rows', () => {
    const { tokens } = tokenizeHtml(
      [
        '<table>',
        '<tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>3</td></tr>',
        '<tr><td>（二）部分公开</td><td>17</td></tr>',
        '<tr><td colspan="2">（七）总计</td><td>20</td></tr>',
        '</table>',
      ].join(''),
    );
    expect(view(tokens)).toEqual([
      'text 三、本年度办理结果 @1.1.1',
      'text （一）予以公开 @1.1.2',
      'text 3 @1.1.3 $',
      'text （二）部分公开 @1.2.2',
      'text 17 @1.2.3 $',
      'text （七）总计 @1.3.1',
      'text 20 @1.3.3 $',
    ]);
  });

  it('combines rowspan and colspan (the table 三 header block)', () => {
    const { tokens } = tokenizeHtml(
      [
        '<table>',
        '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>',
        '<td colspan="7">申请人情况</td></tr>',
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
        '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
        '<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>58</td><td>7</td><td>0</td><td>0</td><td>1</td><td>0</td><td>66</td></tr>',
        '</table>',
      ].join(''),
    );
    expect(tokens.map((t) => t.loc)).toEqual([
      cellAt(1, 1, 1),
      cellAt(1, 1, 4),
      cellAt(1, 2, 4),
      cellAt(1, 2, 5),
      cellAt(1, 2, 10),
      cellAt(1, 3, 5),
      cellAt(1, 3, 6),
      cellAt(1, 3, 7),
      cellAt(1, 3, 8),
      cellAt(1, 3, 9),
      cellAt(1, 4, 1),
      cellAt(1, 4, 4),
      cellAt(1, 4, 5),
      cellAt(1, 4, 6),
      cellAt(1, 4, 7),
      cellAt(1, 4, 8),
      cellAt(1, 4, 9),
      cellAt(1, 4, 10),
    ]);
  });

  it('treats missing, zero and non-numeric spans as 1', () => {
    const { tokens } = tokenizeHtml(
      '<table><tr><td colspan="0">a</td><td colspan="x">b</td><td rowspan="-2">c</td><td>d</td></tr><tr><td>e</td></tr></table>',
    );
    expect(view(tokens)).toEqual([
      'text a @1.1.1',
      'text b @1.1.2',
      'text c @1.1.3',
      'text d @1.1.4 $',
      'text e @1.2.1 $',
    ]);
  });

  it('reads upper-case tags and attributes', () => {
    const { tokens } = tokenizeHtml(
      '<TABLE><TR><TD COLSPAN="2">规章</TD><TD>0</TD></TR></TABLE>',
    );
    expect(view(tokens)).toEqual(['text 规章 @1.1.1', 'text 0 @1.1.3 $']);
  });

  it('closes cells and rows the markup leaves open', () => {
    const { tokens } = tokenizeHtml(
      '<table><tr><td>规章<td>0<tr><td>规范性文件<td>1',
    );
    expect(view(tokens)).toEqual([
      'text 规章 @1.1.1',
      'text 0 @1.1.2 $',
      'text 规范性文件 @1.2.1',
      'text 1 @1.2.2 $',
    ]);
  });

  it('numbers tables in document order and restarts rows per table', () => {
    const { tokens } = tokenizeHtml(
      '<table><tr><td>a</td></tr><tr><td>b</td></tr></table><p>三、收到和处理政府信息公开申请情况</p><table><tr><td>c</td></tr></table>',
    );
    expect(view(tokens)).toEqual([
      'text a @1.1.1 $',
      'text b @1.2.1 $',
      'text 三、收到和处理政府信息公开申请情况 @1:57',
      'text c @2.1.1 $',
    ]);
  });
});

describe('tokenizeHtml: rowEnd', () => {
  it('marks the last token of every physical row, blank or not', () => {
    const { tokens } = tokenizeHtml(
      [
        '<table>',
        '<tr><td>行政许可</td><td>5</td><td>&nbsp;</td></tr>',
        '<tr><td rowspan="2">x</td><td>1</td><td rowspan="2">9</td></tr>',
        '<tr><td>2</td></tr>',
        '<tr></tr>',
        '</table>',
      ].join(''),
    );
    expect(tokens.map((t) => `${t.text || '∅'}${t.rowEnd ? '$' : ''}`)).toEqual(
      ['行政许可', '5', '∅$', 'x', '1', '9$', '2$'],
    );
  });

  it('paragraph tokens are never row ends', () => {
    const { tokens } = tokenizeHtml('<p>一、总体情况</p><p>正文</p>');
    expect(tokens.map((t) => t.rowEnd)).toEqual([false, false]);
  });
});

describe('tokenizeHtml: paragraphs, scripts and title', () => {
  const page = [
    '<!DOCTYPE html>', // 1
    '<html><head><meta charset="utf-8">', // 2
    '<title>  2019年上海市人民政府办公厅', // 3
    '  政府信息公开工作年度报告 </title>', // 4
    '<style>p { color: red } td::after { content: "9" }</style>', // 5
    '<script>var t = "<td>7</td>"; document.write("<p>x</p>");</script>', // 6
    '</head><body>', // 7
    '<p style="text-align:center">发布日期：2020-01-31</p>', // 8
    '  <p>一、总体情况</p>', // 9
    '<div>第一段<br>第二段</div>', // 10
    '<!-- <p>注释</p> -->', // 11
    '<p>二、主动公开政府信息情况</p>', // 12
    '<ul><li>首页</li><li>信息公开年报</li></ul>', // 13
    '</body></html>', // 14
  ].join('\n');

  it('returns the title with its whitespace collapsed', () => {
    expect(tokenizeHtml(page).title).toBe(
      '2019年上海市人民政府办公厅 政府信息公开工作年度报告',
    );
  });

  it('returns null when there is no title or it is blank', () => {
    expect(tokenizeHtml('<p>x</p>').title).toBeNull();
    expect(tokenizeHtml('<title> \n </title><p>x</p>').title).toBeNull();
  });

  it('makes paragraphs outside tables text tokens at the line/column of their text', () => {
    expect(view(tokenizeHtml(page).tokens)).toEqual([
      'text 发布日期：2020-01-31 @8:30',
      'text 一、总体情况 @9:6',
      'text 第一段 @10:6',
      'text 第二段 @10:13',
      'text 二、主动公开政府信息情况 @12:4',
      'text 首页 @13:9',
      'text 信息公开年报 @13:20',
    ]);
    expect(tokenizeHtml(page).tokens.every((t) => !t.inTable)).toBe(true);
  });

  it('skips scripts, styles and comments, markup inside them included', () => {
    const texts = tokenizeHtml(page).tokens.map((t) => t.text);
    for (const hidden of ['7', '9', 'x', '注释']) {
      expect(texts).not.toContain(hidden);
    }
    expect(texts.join('')).not.toMatch(/var t|color|document|content/);
  });

  it('skips upper-case script and style elements', () => {
    const { tokens } = tokenizeHtml(
      '<SCRIPT type="text/javascript">var a = "<p>脚本</p>";</SCRIPT><Style>.a{}</Style><p>正文</p>',
    );
    expect(tokens.map((t) => t.text)).toEqual(['正文']);
  });

  it('a closing tag inside a script string does not end the script', () => {
    const { tokens } = tokenizeHtml(
      '<script>if (a < b) { x = "</p>"; }</script><p>正文</p>',
    );
    expect(tokens.map((t) => t.text)).toEqual(['正文']);
  });

  it('joins a paragraph broken by inline markup and source line breaks', () => {
    const { tokens } = tokenizeHtml(
      '<p>本年度共收到申请<span>80</span>件，\n  上年结转<b>2</b>件。</p>',
    );
    expect(tokens.map((t) => t.text)).toEqual([
      '本年度共收到申请80件， 上年结转2件。',
    ]);
  });
});

describe('tokenizeHtml: nested layout tables', () => {
  // A page laid out in a one-cell table, with the report table nested inside.
  const page = [
    '<html><body>', // 1
    '<table class="layout"><tr><td>', // 2
    '<div class="nav">首页 &gt; 信息公开年报</div>', // 3
    '<p>2020年某某市民政局政府信息公开工作年度报告</p>', // 4
    '<p>二、主动公开政府信息情况</p>', // 5
    '<table border="1">', // 6
    '<tr><td>规章</td><td>1</td><td>&nbsp;</td><td>3</td></tr>', // 7
    '</table>', // 8
    '<p>三、收到和处理政府信息公开申请情况</p>', // 9
    '<p>四、政府信息公开行政复议、行政诉讼情况</p>', // 10
    '</td></tr></table>', // 11
    '</body></html>', // 12
  ].join('\n');

  it('reads the layout cell as paragraphs and the nested table as cells, in order', () => {
    const { tokens } = tokenizeHtml(page);
    expect(
      tokens.map((t) => `${t.inTable ? 'cell' : 'para'} ${t.text}`),
    ).toEqual([
      'para 首页 > 信息公开年报',
      'para 2020年某某市民政局政府信息公开工作年度报告',
      'para 二、主动公开政府信息情况',
      'cell 规章',
      'cell 1',
      'cell ',
      'cell 3',
      'para 三、收到和处理政府信息公开申请情况',
      'para 四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('numbers the nested table after its layout table', () => {
    const cells = tokenizeHtml(page).tokens.filter((t) => t.inTable);
    expect(cells.map((t) => t.loc)).toEqual([
      cellAt(2, 1, 1),
      cellAt(2, 1, 2),
      cellAt(2, 1, 3),
      cellAt(2, 1, 4),
    ]);
    expect(cells.map((t) => t.kind)).toEqual(['text', 'text', 'blank', 'text']);
    expect(cells[3]?.rowEnd).toBe(true);
  });

  it('turns an over-long cell into paragraphs', () => {
    const long = '本机关'.repeat(60);
    const { tokens } = tokenizeHtml(
      `<table><tr><td>${long}</td><td>5</td></tr></table>`,
    );
    expect(tokens.map((t) => [t.text, t.inTable])).toEqual([
      [long, false],
      ['5', true],
    ]);
    expect(tokens[1]?.loc).toEqual(cellAt(1, 1, 2));
  });

  it('turns a cell of more than four lines into paragraphs', () => {
    const { tokens } = tokenizeHtml(
      '<table><tr><td><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p></td><td>1</td></tr></table>',
    );
    expect(
      tokens.map((t) => `${t.inTable ? 'cell' : 'para'} ${t.text}`),
    ).toEqual(['para a', 'para b', 'para c', 'para d', 'para e', 'cell 1']);
  });

  // Regression (fixed): used to be that every paragraph of a layout cell gets the location of the cell's first
  // text (TableBuilder uses cell.offset for all of them), not of its own text.
  // Reproduction: in the page above, all five paragraphs (lines 3, 4, 5, 9, 10)
  // are reported at line 2 (the newline right after the layout <td>).
  it('paragraphs in a layout cell carry the line of their own text', () => {
    const lines = tokenizeHtml(page)
      .tokens.filter((t) => !t.inTable)
      .map((t) => (t.loc.kind === 'text' ? t.loc.line : 0));
    expect(lines).toEqual([3, 4, 5, 9, 10]);
  });
});

describe('tokenizeHtml: hostile sizes', () => {
  it('survives 20,000 nested tables', () => {
    const depth = 20_000;
    const html = `${'<table><tr><td>'.repeat(depth)}规章${'</td></tr></table>'.repeat(depth)}`;
    const { tokens } = tokenizeHtml(html);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.text).toBe('规章');
    expect(tokens[0]?.loc).toEqual(cellAt(depth, 1, 1));
  }, 60_000);

  it('survives 20,000 nested divs and unclosed tables', () => {
    expect(
      tokenizeHtml(
        `${'<div>'.repeat(20_000)}<p>x</p>${'</div>'.repeat(20_000)}`,
      ).tokens.map((t) => t.text),
    ).toEqual(['x']);
    const unclosed = tokenizeHtml(`${'<table><tr><td>'.repeat(20_000)}y`);
    expect(unclosed.tokens.map((t) => t.text)).toEqual(['y']);
  }, 60_000);

  it('reads a 50,000-row table', () => {
    const rows = 50_000;
    const html = `<table>${Array.from(
      { length: rows },
      (_, i) => `<tr><td>r${i}</td><td>${i}</td></tr>`,
    ).join('\n')}</table>`;
    const { tokens } = tokenizeHtml(html);
    expect(tokens).toHaveLength(rows * 2);
    expect(tokens[tokens.length - 1]).toEqual({
      kind: 'text',
      text: String(rows - 1),
      inTable: true,
      rowEnd: true,
      loc: cellAt(1, rows, 2),
    });
  }, 60_000);
});

describe('lineTracker', () => {
  it('maps offsets to 1-based line and column, forwards and backwards', () => {
    const at = lineTracker('ab\ncd\n\nef');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 4, column: 1 });
    expect(at(1)).toEqual({ line: 1, column: 2 });
    expect(at(100)).toEqual({ line: 4, column: 3 });
  });
});

describe('tokenizeHtml: markup as editors and Excel export write it', () => {
  it('joins spans and fonts, decodes entities, skips comments and reads th cells', () => {
    const html =
      '<table><!-- 表头 --><tr><th colspan="1"><font face="宋体"><span style="font-size:12pt">本年新</span><span>制作<br/>数量</span></font></th>' +
      '<td x:num="1234" class=xl65>1,234</td><!-- x --><td>&#12288;</td><td>&ensp;0&nbsp;</td></tr></table>';
    const { tokens } = tokenizeHtml(html);
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['text', '本年新制作数量'],
      ['text', '1,234'],
      ['blank', ''],
      ['text', '0'],
    ]);
  });
});
