import { strFromU8, unzipSync } from 'fflate';
import { sampleReportData } from '../../testing/random-report';
import type { ReportData } from '../model/report';
import { renderReportDocx } from './render-report';

function unzip(data: ReportData, publishedOn?: string) {
  const files = unzipSync(renderReportDocx(data, { publishedOn }));
  const text = (name: string): string => {
    const bytes = files[name];
    if (!bytes) throw new Error(`${name} missing`);
    return strFromU8(bytes);
  };
  return { files, text };
}

/** Tags balance and every `&` starts an entity: what Word's XML parser insists on. */
function expectWellFormed(xml: string): void {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClosing] = m;
    if (selfClosing) continue;
    if (close) {
      expect(stack.pop()).toBe(name);
    } else {
      stack.push(name ?? '');
    }
  }
  expect(stack).toEqual([]);
  expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
}

function count(xml: string, needle: string): number {
  return xml.split(needle).length - 1;
}

/** The w:tbl elements, each as its rows, each as its cells' (gridSpan, vMerge, text). */
function tables(xml: string) {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const body = t[1] ?? '';
    const gridCols = count(body, '<w:gridCol ');
    const rows = [...body.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[0] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => {
        const cell = c[1] ?? '';
        const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(cell);
        const merge = /<w:vMerge( w:val="restart")?\/>/.exec(cell);
        return {
          span: span ? Number(span[1]) : 1,
          vMerge: merge ? (merge[1] ? 'restart' : 'continue') : null,
          text: [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
            .map((x) => x[1])
            .join(''),
        };
      }),
    );
    return { gridCols, rows };
  });
}

describe.each(['G1', 'G2'] as const)('docx, sample %s', (generation) => {
  const data = sampleReportData(generation);
  const { files, text } = unzip(data, '2021-01-29');
  const documentXml = text('word/document.xml');

  it('is a zip with the WordprocessingML parts, all well-formed', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/styles.xml',
    ]);
    for (const name of Object.keys(files)) expectWellFormed(text(name));
    expect(text('[Content_Types].xml')).toContain(
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    );
    expect(text('_rels/.rels')).toContain('Target="word/document.xml"');
    expect(text('word/_rels/document.xml.rels')).toContain(
      'Target="styles.xml"',
    );
    expect(text('docProps/core.xml')).toContain(
      `<dc:title>${data.year}年${data.agency}政府信息公开工作年度报告</dc:title>`,
    );
    expect(
      documentXml.startsWith(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      ),
    ).toBe(true);
  });

  it('has title, date and the six headings as paragraphs, in order', () => {
    const paragraphs = [
      ...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g),
    ].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((x) => x[1])
        .join(''),
    );
    expect(paragraphs[0]).toBe(
      `${data.year}年${data.agency}政府信息公开工作年度报告`,
    );
    expect(paragraphs[1]).toBe('发布日期：2021-01-29');
    const headings = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ];
    const at = headings.map((h) => paragraphs.indexOf(h));
    expect(at.every((i) => i > 1)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(count(documentXml, '<w:pStyle w:val="Heading1"/>')).toBe(6);
  });

  it('has three tables whose rows all fill their grid', () => {
    const all = tables(documentXml);
    expect(count(documentXml, '<w:tbl>')).toBe(3);
    expect(all.map((t) => t.gridCols)).toEqual([4, 10, 15]);
    for (const t of all) {
      for (const row of t.rows) {
        expect(row.reduce((sum, c) => sum + c.span, 0)).toBe(t.gridCols);
      }
    }
    expect(all.map((t) => t.rows.length)).toEqual(
      generation === 'G1' ? [18, 26, 4] : [14, 28, 4],
    );
  });

  it('uses gridSpan for colspans and vMerge restart/continue for rowspans', () => {
    const [proactive, applications, review] = tables(documentXml);
    if (!proactive || !applications || !review)
      throw new Error('tables missing');
    const spans = (t: typeof proactive) =>
      t.rows
        .flat()
        .filter((c) => c.span > 1)
        .map((c) => c.span);
    expect(spans(proactive)).toEqual(
      generation === 'G1'
        ? [4, 4, 4, 4, 2, 2, 4, 2, 2]
        : [4, 4, 3, 3, 4, 3, 3, 3, 4, 3, 3],
    );
    expect(proactive.rows.flat().some((c) => c.vMerge)).toBe(false);

    // Header: the 勾稽 note restarts (colspan 3) and continues twice with the same span.
    expect(applications.rows[0]?.[0]).toEqual({
      span: 3,
      vMerge: 'restart',
      text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    });
    expect(
      applications.rows[1]?.map((c) => [c.span, c.vMerge, c.text]),
    ).toEqual([
      [3, 'continue', ''],
      [1, 'restart', '自然人'],
      [5, null, '法人或其他组织'],
      [1, 'restart', '总计'],
    ]);
    expect(applications.rows[2]?.map((c) => c.vMerge)).toEqual([
      'continue',
      'continue',
      null,
      null,
      null,
      null,
      null,
      'continue',
    ]);
    const restarts = applications.rows
      .flat()
      .filter((c) => c.vMerge === 'restart');
    const continues = applications.rows
      .flat()
      .filter((c) => c.vMerge === 'continue');
    expect(restarts.map((c) => c.text)).toEqual(
      generation === 'G1'
        ? [
            '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
            '自然人',
            '总计',
            '三、本年度办理结果',
            '（三）不予公开',
            '（四）无法提供',
            '（五）不予处理',
          ]
        : [
            '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
            '自然人',
            '总计',
            '三、本年度办理结果',
            '（三）不予公开',
            '（四）无法提供',
            '（五）不予处理',
            '（六）其他处理',
          ],
    );
    // Each rowspan of n leaves n - 1 continuation cells: 2+1+1+19+7+2+4 (+2 in G2).
    expect(continues).toHaveLength(generation === 'G1' ? 36 : 40);

    expect(review.rows.map((r) => r.length)).toEqual([2, 7, 15, 15]);
    expect(
      review.rows[2]?.slice(0, 5).every((c) => c.vMerge === 'continue'),
    ).toBe(true);
    expect(
      review.rows[1]?.slice(0, 5).every((c) => c.vMerge === 'restart'),
    ).toBe(true);
  });

  it('puts the values in the cells, blank cells empty', () => {
    const [proactive, applications] = tables(documentXml);
    const rowText = (label: string) =>
      proactive?.rows.find((r) => r[0]?.text === label)?.map((c) => c.text);
    expect(applications?.rows[3]?.map((c) => c.text)).toEqual(
      generation === 'G1'
        ? [
            '一、本年新收政府信息公开申请数量',
            '52',
            '7',
            '',
            '0',
            '2',
            '1',
            '62',
          ]
        : [
            '一、本年新收政府信息公开申请数量',
            '97',
            '10',
            '0',
            '0',
            '4',
            '1',
            '112',
          ],
    );
    expect(rowText('行政许可')).toEqual(
      generation === 'G1'
        ? ['行政许可', '12', '+2', '486']
        : ['行政许可', '1826'],
    );
    expect(rowText('规章')).toEqual(
      generation === 'G1' ? ['规章', '0', '0', '0'] : ['规章', '/', '/', '/'],
    );
    expect(rowText('行政事业性收费')).toEqual(
      generation === 'G1'
        ? ['行政事业性收费', '1', '0']
        : ['行政事业性收费', '12.3456'],
    );
  });
});

describe('docx text and bytes', () => {
  it('escapes text and drops characters XML forbids', () => {
    const data: ReportData = {
      ...sampleReportData('G2'),
      agency: 'A&B<局>\u0001',
    };
    const { text } = unzip(data);
    const xml = text('word/document.xml');
    expectWellFormed(xml);
    expect(xml).toContain('A&amp;B&lt;局&gt;政府信息公开工作年度报告');
    expect(xml).not.toContain('\u0001');
    expectWellFormed(text('docProps/core.xml'));
  });

  it('gives the same bytes for the same report', () => {
    const a = renderReportDocx(sampleReportData('G1'), {
      publishedOn: '2021-01-29',
    });
    const b = renderReportDocx(sampleReportData('G1'), {
      publishedOn: '2021-01-29',
    });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a[0]).toBe(0x50);
    expect(a[1]).toBe(0x4b);
  });
});
