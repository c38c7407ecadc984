import fc from 'fast-check';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../metrics/metric-registry';
import type { ReportData } from '../model/report';
import {
  arbitraryReportData,
  sampleReportData,
} from '../../testing/random-report';
import type { TextLayout } from './render-report';
import { renderReport } from './render-report';

const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const IDEOGRAPHIC_SPACE = '\u3000';
const NBSP = '\u00a0';

/** The lines strictly between two headings. */
function sectionLines(text: string, from: number): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(HEADINGS[from] ?? '');
  const end = lines.indexOf(HEADINGS[from + 1] ?? '');
  if (start < 0 || end < 0) throw new Error(`heading ${from} missing`);
  return lines.slice(start + 1, end);
}

/** Rows of a one-cell-per-line layout: groups between empty lines. */
function lineGroups(lines: string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A minimal reader for each layout: the table rows of a section as cell texts. */
function readRows(
  layout: Exclude<TextLayout, 'html'>,
  text: string,
  section: number,
): string[][] {
  const lines = sectionLines(text, section);
  switch (layout) {
    case 'text':
      return lineGroups(lines)
        .filter((g) => g.length > 1 || g[0]?.startsWith('第二十条') === true)
        .map((g) => g.map((l) => (l === IDEOGRAPHIC_SPACE ? '' : l)));
    case 'tabbed':
      return lineGroups(lines)
        .filter((g) => g[0]?.startsWith('\t') === true)
        .map((g) =>
          g
            .filter((l) => l !== '\t')
            .map((l) => (l === `\t${NBSP}` ? '' : l.slice(1))),
        );
    case 'pipes':
      return lines
        .filter((l) => l.endsWith('|'))
        .map((l) =>
          l
            .slice(0, -1)
            .split('|')
            .map((c) => c.trim()),
        );
  }
}

const textOf = (value: number | null | '/' | undefined): string =>
  value === null || value === undefined ? '' : String(value);

describe.each(['text', 'tabbed', 'pipes', 'html'] as const)(
  '%s layout: document',
  (layout) => {
    const data = sampleReportData('G2');
    const out = renderReport(data, layout, { publishedOn: '2024-01-20' });
    const lines = out.split('\n').map((l) => l.replace(/<[^>]+>/g, '').trim());

    it('has title, date, statistics period and the six headings in order', () => {
      expect(lines).toContain(
        '2023年示例市住房和城乡建设局政府信息公开工作年度报告',
      );
      expect(lines).toContain('发布日期：2024-01-20');
      expect(out).toContain(
        '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      );
      const at = HEADINGS.map((h) => lines.indexOf(h));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('quotes the table figures in the overview', () => {
      expect(out).toContain('全年共收到政府信息公开申请112件');
      expect(out).toContain('上年结转6件');
      expect(out).toContain('结转下年度继续办理7件');
      expect(out).toContain('被申请行政复议5件');
    });
  },
);

describe('text layout', () => {
  const g1 = renderReport(sampleReportData('G1'), 'text');
  const g2 = renderReport(sampleReportData('G2'), 'text');

  it('never has two empty lines in a row, and starts with the title', () => {
    for (const out of [g1, g2]) {
      expect(out).not.toContain('\n\n\n');
      expect(out.endsWith('\n')).toBe(true);
    }
    expect(g1.split('\n')[0]).toBe(
      '2020年示例市民政局政府信息公开工作年度报告',
    );
    expect(g2.split('\n')[0]).toBe(
      '2023年示例市住房和城乡建设局政府信息公开工作年度报告',
    );
  });

  it('writes table 二 (G2) one cell per line, rows separated by one empty line', () => {
    expect(sectionLines(g2, 1).join('\n')).toBe(
      [
        '',
        '第二十条第（一）项',
        '',
        '信息内容',
        '本年制发件数',
        '本年废止件数',
        '现行有效件数',
        '',
        '规章',
        '/',
        '/',
        '/',
        '',
        '行政规范性文件',
        '5',
        '1',
        '25',
        '',
        '第二十条第（五）项',
        '',
        '信息内容',
        '本年处理决定数量',
        '',
        '行政许可',
        '1826',
        '',
        '第二十条第（六）项',
        '',
        '信息内容',
        '本年处理决定数量',
        '',
        '行政处罚',
        '57',
        '',
        '行政强制',
        '3',
        '',
        '第二十条第（八）项',
        '',
        '信息内容',
        '本年收费金额（单位：万元）',
        '',
        '行政事业性收费',
        '12.3456',
        '',
      ].join('\n'),
    );
  });

  it('marks blank cells with an ideographic space, never an empty line', () => {
    const rows = lineGroups(sectionLines(g1, 2));
    expect(rows[3]).toEqual([
      '一、本年新收政府信息公开申请数量',
      '52',
      '7',
      IDEOGRAPHIC_SPACE,
      '0',
      '2',
      '1',
      '62',
    ]);
    expect(rows[5]).toEqual([
      '三、本年度办理结果',
      '（一）予以公开',
      '21',
      '3',
      IDEOGRAPHIC_SPACE,
      '0',
      '1',
      '0',
      '25',
    ]);
    expect(rows[7]).toEqual([
      '（三）不予公开',
      '1.属于国家秘密',
      '0',
      '0',
      IDEOGRAPHIC_SPACE,
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(rows[8]?.[0]).toBe('2.其他法律行政法规禁止公开');
  });

  it('writes signed changes and money as published', () => {
    const rows = lineGroups(sectionLines(g1, 1));
    expect(rows).toContainEqual(['行政许可', '12', '+2', '486']);
    expect(rows).toContainEqual(['其他对外管理服务事项', '35', '-4', '1290']);
    // The 采购总金额 header names no unit, so the cell does.
    expect(rows).toContainEqual(['政府集中采购', '4', '126.5836万元']);
    expect(rows).toContainEqual(['规范性文件', '3', '3', '27']);
  });

  it('writes table 四 as 2 + 7 + 10 header cells and 15 values', () => {
    const rows = lineGroups(sectionLines(g2, 3));
    expect(rows.map((r) => r.length)).toEqual([2, 7, 10, 15]);
    expect(rows[3]).toEqual([
      '3',
      '1',
      '0',
      '1',
      '5',
      '2',
      '0',
      '1',
      '1',
      '4',
      '1',
      '0',
      '0',
      '0',
      '1',
    ]);
  });
});

describe('tabbed layout', () => {
  const out = renderReport(sampleReportData('G1'), 'tabbed');
  const table3 = lineGroups(sectionLines(out, 2));

  it('starts every table line with a tab and indents prose with two ideographic spaces', () => {
    const tableLines = [1, 2, 3].flatMap((section) =>
      sectionLines(out, section),
    );
    expect(tableLines.filter((l) => l !== '' && !l.startsWith('\t'))).toEqual(
      [],
    );
    expect(tableLines.filter((l) => l !== '').length).toBeGreaterThan(200);
    const prose = sectionLines(out, 4).filter((l) => l !== '');
    expect(prose).toHaveLength(1);
    expect(prose[0]?.startsWith('\u3000\u3000')).toBe(true);
  });

  it('puts a lone tab for each rowspan-covered leading cell, like a browser copy', () => {
    expect(table3[0]).toEqual([
      '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '\t申请人情况',
    ]);
    expect(table3[1]).toEqual(['\t', '\t自然人', '\t法人或其他组织', '\t总计']);
    expect(table3[2]?.slice(0, 3)).toEqual(['\t', '\t', '\t商业企业']);
    expect(table3[5]?.slice(0, 2)).toEqual([
      '\t三、本年度办理结果',
      '\t（一）予以公开',
    ]);
    expect(table3[6]?.slice(0, 2)).toEqual([
      '\t',
      '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    ]);
    expect(table3[8]?.slice(0, 3)).toEqual([
      '\t',
      '\t',
      '\t2.其他法律行政法规禁止公开',
    ]);
    expect(table3[23]?.slice(0, 2)).toEqual(['\t', '\t（六）其他处理']);
    expect(table3[24]?.slice(0, 2)).toEqual(['\t', '\t（七）总计']);
    expect(table3[25]?.slice(0, 1)).toEqual(['\t四、结转下年度继续办理']);
    const table4 = lineGroups(sectionLines(out, 3));
    expect(table4[2]?.slice(0, 6)).toEqual([
      '\t',
      '\t',
      '\t',
      '\t',
      '\t',
      '\t结果维持',
    ]);
  });

  it('writes an empty cell as tab + no-break space, distinct from "/" and 0', () => {
    expect(table3[3]).toEqual([
      '\t一、本年新收政府信息公开申请数量',
      '\t52',
      '\t7',
      `\t${NBSP}`,
      '\t0',
      '\t2',
      '\t1',
      '\t62',
    ]);
    const g2 = lineGroups(
      sectionLines(renderReport(sampleReportData('G2'), 'tabbed'), 1),
    );
    expect(g2[2]).toEqual(['\t规章', '\t/', '\t/', '\t/']);
  });
});

describe('pipes layout', () => {
  const g1 = renderReport(sampleReportData('G1'), 'pipes');
  const g2 = renderReport(sampleReportData('G2'), 'pipes');
  const lines2 = g2.split('\n');
  const lines1 = g1.split('\n');

  it('writes one table row per line, flattened headers without placeholders', () => {
    expect(lines2).toContain('第二十条第（一）项 |');
    expect(lines2).toContain(
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    );
    expect(lines2).toContain('规章 | / | / | / |');
    expect(lines2).toContain('行政许可 | 1826 |');
    expect(lines2).toContain('信息内容 | 本年收费金额（单位：万元） |');
    expect(lines2).toContain('行政事业性收费 | 12.3456 |');
    expect(lines2).toContain(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
    );
    expect(lines2).toContain('自然人 | 法人或其他组织 | 总计 |');
    expect(lines2).toContain(
      '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    );
    expect(lines2).toContain(
      '三、本年度办理结果 | （一）予以公开 | 38 | 6 | 0 | 0 | 2 | 0 | 46 |',
    );
    expect(lines2).toContain(
      '（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |',
    );
    expect(lines2).toContain('3.其他 | 2 | 0 | 0 | 0 | 0 | 1 | 3 |');
    expect(lines2).toContain('行政复议 | 行政诉讼 |');
    expect(lines2).toContain(
      '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
    );
    expect(lines2).toContain(
      '3 | 1 | 0 | 1 | 5 | 2 | 0 | 1 | 1 | 4 | 1 | 0 | 0 | 0 | 1 |',
    );
    expect(lines1).toContain('其他对外管理服务事项 | 35 | -4 | 1290 |');
    expect(lines1).toContain('（六）其他处理 | 5 | 0 | | 0 | 0 | 1 | 6 |');
  });

  it('leaves nothing between the pipes of an empty cell', () => {
    expect(lines1).toContain(
      '一、本年新收政府信息公开申请数量 | 52 | 7 | | 0 | 2 | 1 | 62 |',
    );
    const data = sampleReportData('G2');
    data.values['review.upheld'] = null;
    data.values['litigationAfterReview.total'] = null;
    const lines = renderReport(data, 'pipes').split('\n');
    expect(lines).toContain(
      '| 1 | 0 | 1 | 5 | 2 | 0 | 1 | 1 | 4 | 1 | 0 | 0 | 0 | |',
    );
  });

  it('has no empty lines and no empty text lines', () => {
    expect(lines2.slice(0, -1).every((l) => l.trim() !== '')).toBe(true);
  });
});

describe('options', () => {
  it('uses the caller title and splits caller prose into paragraphs', () => {
    const out = renderReport(sampleReportData('G1'), 'text', {
      title: '示例市民政局2020年政府信息公开年报',
      narrative: {
        overview: '第一段。\n\n  第二段。  ',
        problems: '问题一。改进一。',
        other: '其他事项。',
      },
    });
    const lines = out.split('\n');
    expect(lines[0]).toBe('示例市民政局2020年政府信息公开年报');
    expect(sectionLines(out, 0)).toEqual(['', '第一段。', '', '第二段。', '']);
    expect(sectionLines(out, 4)).toEqual(['', '问题一。改进一。', '']);
    expect(lines.slice(lines.indexOf('六、其他需要报告的事项'))).toEqual([
      '六、其他需要报告的事项',
      '',
      '其他事项。',
      '',
    ]);
    expect(out).not.toContain('发布日期');
  });

  it('handles an unknown year and agency', () => {
    const data: ReportData = {
      ...sampleReportData('G2'),
      year: null,
      agency: null,
    };
    const out = renderReport(data, 'text');
    expect(out.split('\n')[0]).toBe('政府信息公开工作年度报告');
    expect(out).toContain(
      '本报告中所列数据的统计期限自本年度1月1日起至本年度12月31日止。',
    );
    expect(out).not.toContain('null');
  });

  it('leaves every cell of an empty report blank', () => {
    const out = renderReport(
      { year: 2022, agency: 'XX街道办事处', generation: 'G2', values: {} },
      'pipes',
    );
    expect(out.split('\n')).toContain(
      '一、本年新收政府信息公开申请数量 | | | | | | | |',
    );
    expect(out).toContain('XX街道办事处');
    expect(out).toContain('我街道');
    expect(out).not.toContain('undefined');
  });

  it('words the default prose by agency and year, deterministically', () => {
    const a = renderReport(sampleReportData('G2'), 'text');
    expect(renderReport(sampleReportData('G2'), 'text')).toBe(a);
    const others = [
      '示例县教育局',
      'XX区统计局',
      'XX镇人民政府',
      '示例市财政局',
    ].map((agency) =>
      sectionLines(
        renderReport({ ...sampleReportData('G2'), agency }, 'text'),
        4,
      ).join(''),
    );
    expect(new Set(others).size).toBeGreaterThan(1);
  });
});

/** Rows of table 二 checked cell for cell, per generation. */
const PROACTIVE_CHECKS: Record<'G1' | 'G2', [string, string[]][]> = {
  G1: [
    [
      '规范性文件',
      [
        'proactive.normativeDocs.newlyMade',
        'proactive.normativeDocs.newlyPublished',
        'proactive.normativeDocs.totalPublished',
      ],
    ],
    [
      '行政许可',
      [
        'proactive.licensing.previousItems',
        'proactive.licensing.itemChange',
        'proactive.licensing.decisions',
      ],
    ],
    [
      '其他对外管理服务事项',
      [
        'proactive.otherServices.previousItems',
        'proactive.otherServices.itemChange',
        'proactive.otherServices.decisions',
      ],
    ],
    [
      '行政事业性收费',
      ['proactive.fees.previousItems', 'proactive.fees.itemChange'],
    ],
    [
      '政府集中采购',
      ['proactive.procurement.projects', 'proactive.procurement.amountWan'],
    ],
  ],
  G2: [
    [
      '规章',
      [
        'proactive.rules.issued',
        'proactive.rules.repealed',
        'proactive.rules.inForce',
      ],
    ],
    ['行政许可', ['proactive.licensing.decisions']],
    ['行政强制', ['proactive.coercion.decisions']],
    ['行政事业性收费', ['proactive.fees.amountWan']],
  ],
};

describe('round trip through a minimal reader', () => {
  const layouts = ['text', 'tabbed', 'pipes'] as const;

  it.each(layouts)('%s: tables 三 and 四 read back cell for cell', (layout) => {
    fc.assert(
      fc.property(arbitraryReportData({ blankRate: 0.3 }), (data) => {
        const out = renderReport(data, layout);
        const apps = readRows(layout, out, 2);
        const rows = APPLICATION_ROWS.filter((r) =>
          r.generations.includes(data.generation),
        );
        expect(apps).toHaveLength(3 + rows.length);
        rows.forEach((row, i) => {
          const cells = apps[3 + i] ?? [];
          expect(cells.slice(-7)).toEqual(
            APPLICATION_COLUMNS.map((c) =>
              textOf(data.values[`applications.${row.key}.${c.key}`]),
            ),
          );
        });
        const review = readRows(layout, out, 3);
        expect(review[3]).toEqual(
          REVIEW_GROUPS.flatMap((g) =>
            REVIEW_COLUMNS.map((c) => textOf(data.values[`${g.key}.${c.key}`])),
          ),
        );
      }),
      { numRuns: 60 },
    );
  });

  it.each(layouts)(
    '%s: table 二 values read back, signs and money included',
    (layout) => {
      fc.assert(
        fc.property(arbitraryReportData({ blankRate: 0.3 }), (data) => {
          const rows = readRows(layout, renderReport(data, layout), 1);
          const byLabel = new Map(rows.map((r) => [r[0], r.slice(1)]));
          const misprinted: string[] = [];
          for (const [label, ids] of PROACTIVE_CHECKS[data.generation]) {
            const cells = byLabel.get(label) ?? [];
            // Numbers compare by value: money text must parse back to the same double.
            expect(
              cells.map((t) =>
                t === '' || t === '/' ? t : Number(t.replace(/万元$/, '')),
              ),
            ).toEqual(
              ids.map((id) => {
                const value = data.values[id];
                return typeof value === 'number' ? value : textOf(value);
              }),
            );
            ids.forEach((id, i) => {
              const value = data.values[id];
              const text = cells[i] ?? '';
              const signed =
                id.endsWith('.itemChange') &&
                typeof value === 'number' &&
                value > 0;
              if (signed && !text.startsWith('+'))
                misprinted.push(`${id}: ${text}`);
              const decimals = text.replace(/万元$/, '').split('.')[1] ?? '';
              if (decimals.length > 6) misprinted.push(`${id}: ${text}`);
            });
          }
          expect(misprinted).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );
});
