import { strToU8, zipSync } from 'fflate';

import type { SourceLocation } from '../model/report';
import { DocumentReadError } from './document-read-error';
import { extractDocumentXml, tokenizeDocx } from './docx-tokenizer';
import type { Token } from './token';

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(body: string, prolog = ''): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `${prolog}<w:document ${W_NS}>`,
    '<w:body>',
    body,
    '</w:body>',
    '</w:document>',
  ].join('\n');
}

/** A minimal .docx: the parts Word writes, of which only document.xml is read. */
function docx(body: string, prolog = ''): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(documentXml(body, prolog)),
    'word/styles.xml': strToU8('<w:styles/>'),
  });
}

const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const p = (text: string) => `<w:p>${run(text)}</w:p>`;
const tc = (content: string, props = '') =>
  `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const gridSpan = (n: number) => `<w:gridSpan w:val="${n}"/>`;

/** `kind text @table.row.cell` for cells, `kind text` for paragraphs. */
function view(tokens: readonly Token[]): string[] {
  return tokens.map((t) => {
    const where =
      t.loc.kind === 'table'
        ? ` @${t.loc.table}.${t.loc.row}.${t.loc.cell}`
        : '';
    return `${t.kind} ${t.text}${where}${t.rowEnd ? ' $' : ''}`;
  });
}

function readError(bytes: Uint8Array): string | null {
  try {
    tokenizeDocx(bytes);
    return null;
  } catch (e) {
    if (e instanceof DocumentReadError) return e.code;
    throw e;
  }
}

describe('tokenizeDocx: NUL characters', () => {
  // Fixed bug: a NUL in document.xml (never well-formed XML) reached a cell's raw
  // text, and PostgreSQL refused to store the submission (HTTP 500).
  it('refuses a document.xml with a NUL as damaged, wherever it is', () => {
    expect(readError(docx(p('规章\u0000')))).toBe('ZIP_INVALID');
    expect(readError(docx(`${p('正文'.repeat(5000))}${p('0\u0000')}`))).toBe(
      'ZIP_INVALID',
    );
    expect(readError(docx(p('规章&#0;')))).toBeNull();
  });
});

describe('tokenizeDocx: paragraphs and tables', () => {
  it('reads paragraphs as text and table cells with their logical columns', () => {
    const tokens = tokenizeDocx(
      docx(
        [
          p('二、主动公开政府信息情况'),
          tbl(
            tr(tc(p('第二十条第（一）项'), gridSpan(4))),
            tr(
              tc(p('信息内容')),
              tc(p('本年制发件数')),
              tc(p('本年废止件数')),
              tc(p('现行有效件数')),
            ),
            tr(tc(p('规章')), tc(p('/')), tc(p('/')), tc(p('/'))),
            tr(tc(p('行政许可')), tc(p('124'), gridSpan(3))),
          ),
          p('三、收到和处理政府信息公开申请情况'),
        ].join('\n'),
      ),
    );
    expect(view(tokens)).toEqual([
      'text 二、主动公开政府信息情况',
      'text 第二十条第（一）项 @1.1.1 $',
      'text 信息内容 @1.2.1',
      'text 本年制发件数 @1.2.2',
      'text 本年废止件数 @1.2.3',
      'text 现行有效件数 @1.2.4 $',
      'text 规章 @1.3.1',
      'text / @1.3.2',
      'text / @1.3.3',
      'text / @1.3.4 $',
      'text 行政许可 @1.4.1',
      'text 124 @1.4.2 $',
      'text 三、收到和处理政府信息公开申请情况',
    ]);
    expect(tokens.map((t) => t.inTable)).toEqual([
      false,
      ...Array<boolean>(11).fill(true),
      false,
    ]);
  });

  it('gives paragraphs the line and column of their text in document.xml', () => {
    const tokens = tokenizeDocx(docx(`${p('一、总体情况')}\n${p('正文')}`));
    const loc: SourceLocation[] = [
      // Line 4 of documentXml; `<w:p><w:r><w:t>` is 15 characters.
      { kind: 'text', line: 4, column: 16 },
      { kind: 'text', line: 5, column: 16 },
    ];
    expect(tokens.map((t) => t.loc)).toEqual(loc);
  });

  it('joins the runs of one paragraph and the paragraphs of one cell', () => {
    const tokens = tokenizeDocx(
      docx(
        `<w:p>${run('本年度共收到申请')}${run('80')}${run('件。')}</w:p>` +
          tbl(tr(tc(`${p('商业')}${p('企业')}`), tc(p('7')))),
      ),
    );
    expect(tokens.map((t) => t.text)).toEqual([
      '本年度共收到申请80件。',
      '商业企业',
      '7',
    ]);
  });

  it('an empty cell, with or without a paragraph, is blank', () => {
    const tokens = tokenizeDocx(
      docx(tbl(tr(tc(p('行政强制')), tc('<w:p/>'), tc(''), tc(p('0'))))),
    );
    expect(view(tokens)).toEqual([
      'text 行政强制 @1.1.1',
      'blank  @1.1.2',
      'blank  @1.1.3',
      'text 0 @1.1.4 $',
    ]);
  });

  it('treats a missing or invalid gridSpan as 1', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(p('a'), '<w:gridSpan w:val="x"/>'),
            tc(p('b'), '<w:gridSpan w:val="0"/>'),
            tc(p('c'), '<w:gridSpan/>'),
            tc(p('d')),
          ),
        ),
      ),
    );
    expect(view(tokens)).toEqual([
      'text a @1.1.1',
      'text b @1.1.2',
      'text c @1.1.3',
      'text d @1.1.4 $',
    ]);
  });

  it('numbers tables in document order', () => {
    const tokens = tokenizeDocx(
      docx(tbl(tr(tc(p('a')))) + p('x') + tbl(tr(tc(p('b'))), tr(tc(p('c'))))),
    );
    expect(view(tokens)).toEqual([
      'text a @1.1.1 $',
      'text x',
      'text b @2.1.1 $',
      'text c @2.2.1 $',
    ]);
  });

  // Regression (fixed): used to be that a cell whose first child is a nested table (allowed by Word, no w:p
  // before it) is never opened: the nested w:tc overwrites the pending outer
  // cell, so the outer cell yields nothing and the cells after it shift left.
  // Reproduction: <w:tr><w:tc><w:tbl>…</w:tbl><w:p/></w:tc><w:tc>X</w:tc></w:tr>
  // → X is reported at cell 1 instead of cell 2.
  it('keeps the logical columns of a row whose first cell starts with a nested table', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(tr(tc(`${tbl(tr(tc(p('内1')), tc(p('内2'))))}<w:p/>`), tc(p('X')))),
      ),
    );
    const x = tokens.find((t) => t.text === 'X');
    expect(x?.loc).toEqual({ kind: 'table', table: 1, row: 1, cell: 2 });
  });

  it('reads a nested table after a paragraph in a layout cell', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(
              `${p('一、总体情况')}${tbl(tr(tc(p('规章')), tc(p('0'))))}${p('二、主动公开政府信息情况')}`,
            ),
            tc(p('X')),
          ),
        ),
      ),
    );
    expect(view(tokens)).toEqual([
      'text 一、总体情况',
      'text 规章 @2.1.1',
      'text 0 @2.1.2 $',
      'text 二、主动公开政府信息情况',
      'text X @1.1.2 $',
    ]);
  });
});

describe('tokenizeDocx: tag names', () => {
  it('tells apart names of the same hash and reads names in any case', () => {
    // 'w:uD' hashes like 'w:tc' (×31 string hash: 117·31 + 68 = 116·31 + 99), so
    // the scanner's name table puts both in one slot; only the characters differ.
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(p('规章')),
            '<w:uD/><w:uD>x</w:uD>',
            tc(p('3')),
            '<W:TC><W:P><W:R><W:T>4</W:T></W:R></W:P></W:TC>',
            tc(p('5')),
          ),
        ),
      ),
    );
    expect(view(tokens)).toEqual([
      'text 规章 @1.1.1',
      'text 3 @1.1.2',
      'text 4 @1.1.3',
      'text 5 @1.1.4 $',
    ]);
  });
});

describe('tokenizeDocx: vertical merges', () => {
  it('a vMerge continuation cell yields no token and keeps its column', () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(p('（三）不予公开'), restart),
            tc(p('1.属于国家秘密')),
            tc(p('0')),
          ),
          tr(
            tc('<w:p/>', '<w:vMerge/>'),
            tc(p('2.其他法律行政法规禁止公开')),
            tc(p('1')),
          ),
          tr(
            tc('<w:p/>', '<w:vMerge w:val="continue"/>'),
            tc(p('3.危及“三安全一稳定”')),
            tc(p('2')),
          ),
          tr(
            tc(p('（四）无法提供')),
            tc(p('1.本机关不掌握相关政府信息')),
            tc(p('3')),
          ),
        ),
      ),
    );
    expect(view(tokens)).toEqual([
      'text （三）不予公开 @1.1.1',
      'text 1.属于国家秘密 @1.1.2',
      'text 0 @1.1.3 $',
      'text 2.其他法律行政法规禁止公开 @1.2.2',
      'text 1 @1.2.3 $',
      'text 3.危及“三安全一稳定” @1.3.2',
      'text 2 @1.3.3 $',
      'text （四）无法提供 @1.4.1',
      'text 1.本机关不掌握相关政府信息 @1.4.2',
      'text 3 @1.4.3 $',
    ]);
  });

  it('a merged cell spanning columns keeps the columns of the cells after it', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(p('A'), `${gridSpan(2)}<w:vMerge w:val="restart"/>`),
            tc(p('B')),
          ),
          tr(tc('<w:p/>', `${gridSpan(2)}<w:vMerge/>`), tc(p('C'))),
        ),
      ),
    );
    expect(view(tokens)).toEqual([
      'text A @1.1.1',
      'text B @1.1.3 $',
      'text C @1.2.3 $',
    ]);
  });
});

describe('tokenizeDocx: runs, tabs, breaks and deletions', () => {
  it('a tab in a run separates words', () => {
    const tokens = tokenizeDocx(
      docx('<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>总体情况</w:t></w:r></w:p>'),
    );
    expect(tokens.map((t) => t.text)).toEqual(['一、 总体情况']);
  });

  it('a cell holding only a tab is blank and a leading tab is trimmed', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc('<w:p><w:r><w:tab/></w:r></w:p>'),
            tc('<w:p><w:r><w:tab/><w:t>5</w:t></w:r></w:p>'),
          ),
        ),
      ),
    );
    expect(view(tokens)).toEqual(['blank  @1.1.1', 'text 5 @1.1.2 $']);
  });

  it('tab stops in paragraph properties are no text', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(
              '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr></w:p>',
            ),
            tc(p('1')),
          ),
        ),
      ),
    );
    expect(view(tokens)).toEqual(['blank  @1.1.1', 'text 1 @1.1.2 $']);
  });

  it('a break inside a header cell joins the words of the header', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(
              '<w:p><w:r><w:t>本年新</w:t><w:br/><w:t>制作数量</w:t></w:r></w:p>',
            ),
            tc('<w:p><w:r><w:t>本年增/</w:t><w:cr/><w:t>减</w:t></w:r></w:p>'),
          ),
        ),
      ),
    );
    expect(tokens.map((t) => t.text)).toEqual(['本年新制作数量', '本年增/减']);
  });

  it('a break outside tables splits the paragraph', () => {
    const tokens = tokenizeDocx(
      docx('<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>'),
    );
    expect(tokens.map((t) => t.text)).toEqual(['第一行', '第二行']);
  });

  it('reads moved text where it went, not where it was', () => {
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(
              '<w:p><w:moveFrom w:id="1" w:author="a"><w:r><w:t>58</w:t></w:r></w:moveFrom><w:r><w:t>85</w:t></w:r></w:p>',
            ),
            tc(
              '<w:p><w:moveTo w:id="2" w:author="a"><w:r><w:t>58</w:t></w:r></w:moveTo></w:p>',
            ),
          ),
        ),
      ),
    );
    expect(tokens.map((t) => t.text)).toEqual(['85', '58']);
  });

  it('leaves out hidden text (w:vanish), but not text whose hiding is switched off or was undone', () => {
    const run = (props: string, text: string) =>
      `<w:r><w:rPr>${props}</w:rPr><w:t>${text}</w:t><w:tab/></w:r>`;
    const tokens = tokenizeDocx(
      docx(
        tbl(
          tr(
            tc(`<w:p>${run('<w:vanish/>', '99')}${run('<w:b/>', '12')}</w:p>`),
            tc(`<w:p>${run('<w:vanish w:val="0"/>', '7')}</w:p>`),
            tc(
              `<w:p>${run('<w:b/><w:rPrChange w:id="3" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange>', '5')}</w:p>`,
            ),
          ),
        ),
      ),
    );
    expect(tokens.map((t) => t.text)).toEqual(['12', '7', '5']);
    // A break in a hidden run breaks nothing.
    const broken = tokenizeDocx(
      docx(
        `<w:p><w:r><w:t>示例</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:br/></w:r><w:r><w:t>市</w:t></w:r></w:p>`,
      ),
    );
    expect(broken.map((t) => t.text)).toEqual(['示例市']);
  });

  it('ignores deleted text and field instructions', () => {
    const tokens = tokenizeDocx(
      docx(
        [
          '<w:p><w:del><w:r><w:delText>旧标题</w:delText></w:r></w:del>',
          '<w:ins><w:r><w:t>新标题</w:t></w:r></w:ins></w:p>',
          tbl(
            tr(
              tc(
                '<w:p><w:r><w:delText>9</w:delText></w:r><w:r><w:t>3</w:t></w:r></w:p>',
              ),
              tc(
                '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>4</w:t></w:r></w:p>',
              ),
            ),
          ),
        ].join(''),
      ),
    );
    expect(tokens.map((t) => t.text)).toEqual(['新标题', '3', '4']);
  });

  it('decodes the predefined and numeric entities', () => {
    const tokens = tokenizeDocx(docx(p('A&amp;B &lt;5&gt; &#x4E00;&#20108;')));
    expect(tokens.map((t) => t.text)).toEqual(['A&B <5> 一二']);
  });

  it('does not resolve an external entity declared in a DOCTYPE', () => {
    const prolog =
      '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY inj "注入">]>';
    const tokens = tokenizeDocx(docx(p('&xxe;&inj;正文'), prolog));
    const text = tokens.map((t) => t.text).join('');
    expect(text).toContain('正文');
    expect(text).not.toContain('注入');
    expect(text).not.toMatch(/root:|nologin/);
  });
});

describe('tokenizeDocx: damaged and hostile archives', () => {
  it('a zip without word/document.xml is NOT_DOCX', () => {
    expect(readError(zipSync({ 'word/other.xml': strToU8('<x/>') }))).toBe(
      'NOT_DOCX',
    );
    expect(readError(zipSync({}))).toBe('NOT_DOCX');
  });

  it('a damaged or truncated zip is ZIP_INVALID', () => {
    expect(readError(strToU8('PK\u0003\u0004broken beyond repair'))).toBe(
      'ZIP_INVALID',
    );
    const good = docx(p('x'));
    expect(readError(good.subarray(0, good.length - 10))).toBe('ZIP_INVALID');
  });

  it('an entry declaring a huge original size is ZIP_BOMB', () => {
    const bytes = docx(p('x'));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let patched = 0;
    for (let i = 0; i + 46 <= bytes.length; i++) {
      // Central directory header: the uncompressed size is at offset 24.
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(
        bytes.subarray(i + 46, i + 46 + nameLength),
      );
      if (name === 'word/document.xml') {
        view.setUint32(i + 24, 0xfffffff0, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    expect(readError(bytes)).toBe('ZIP_BOMB');
  });

  it('the error carries a Chinese and an English message', () => {
    let error: unknown = null;
    try {
      tokenizeDocx(zipSync({ 'a.txt': strToU8('a') }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentReadError);
    expect((error as DocumentReadError).messageZh).toContain(
      'word/document.xml',
    );
    expect((error as DocumentReadError).messageEn).toContain(
      'word/document.xml',
    );
  });
});

describe('extractDocumentXml', () => {
  it('returns the bytes of document.xml', () => {
    const bytes = extractDocumentXml(docx(p('规章')));
    expect(new TextDecoder().decode(bytes)).toBe(documentXml(p('规章')));
  });
});

// An indented paragraph (`<w:tab/>` before its text) is located at its own line.
describe('tokenizeDocx: locations of indented paragraphs', () => {
  it('an indented paragraph is located on its own line', () => {
    const tokens = tokenizeDocx(
      docx(
        `${p('一、总体情况')}\n<w:p><w:r><w:tab/><w:t>本机关……</w:t></w:r></w:p>`,
      ),
    );
    expect(tokens[1]?.text).toBe('本机关……');
    expect(tokens[1]?.loc).toMatchObject({ kind: 'text', line: 5 });
  });
});

describe('tokenizeDocx: markup as Word writes it', () => {
  it('joins runs split by proofing marks, bookmarks and revisions', () => {
    const cell = (inner: string, props = '') =>
      `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${inner}</w:tc>`;
    const para = (runs: string) =>
      `<w:p w:rsidR="00A1"><w:pPr><w:jc w:val="center"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>${runs}</w:p>`;
    const run = (t: string) =>
      `<w:r w:rsidRPr="00B2"><w:rPr><w:rFonts w:ascii="宋体" w:hint="eastAsia"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const xml =
      '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid>' +
      '<w:tr>' +
      cell(
        para(
          run('本年新') +
            '<w:proofErr w:type="spellStart"/>' +
            run('制作') +
            '<w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>' +
            run('数量') +
            '<w:bookmarkEnd w:id="0"/>',
        ),
      ) +
      cell(
        para(
          '<w:del w:id="1" w:author="a"><w:r><w:delText>9</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">' +
            run('12') +
            '</w:ins>',
        ),
        '<w:gridSpan w:val="2"/>',
      ) +
      cell(
        para('<w:sdt><w:sdtContent>' + run('3') + '</w:sdtContent></w:sdt>'),
      ) +
      '</w:tr></w:tbl>';
    const tokens = tokenizeDocx(docx(xml));
    expect(tokens.map((t) => [t.text, t.loc])).toEqual([
      ['本年新制作数量', { kind: 'table', table: 1, row: 1, cell: 1 }],
      ['12', { kind: 'table', table: 1, row: 1, cell: 2 }],
      ['3', { kind: 'table', table: 1, row: 1, cell: 4 }],
    ]);
  });
});
