import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../metrics/metric-registry';
import type { ReportData } from '../model/report';
import { sampleReportData } from '../../testing/random-report';
import { renderReport } from './render-report';

const NBSP = '\u00a0';

interface GridCell {
  text: string;
  /** The position holds the cell's own <td> (not a spanned copy). */
  origin: boolean;
}

function parse(html: string) {
  return parseDocument(html);
}

function tablesOf(html: string): Element[] {
  return DomUtils.getElementsByTagName('table', parse(html).children);
}

function rowsOf(table: Element): Element[] {
  return DomUtils.getElementsByTagName('tr', table.children);
}

function cellsOf(row: Element): Element[] {
  return DomUtils.getElementsByTagName('td', row.children, false);
}

function span(td: Element, name: 'rowspan' | 'colspan'): number {
  return Number(td.attribs[name] ?? '1');
}

/** The logical grid of a table, rowspans and colspans expanded, as a browser lays it out. */
function gridOf(table: Element): GridCell[][] {
  const grid: GridCell[][] = [];
  rowsOf(table).forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of cellsOf(tr)) {
      while (grid[r]?.[c]) c++;
      const text = DomUtils.textContent(td);
      for (let dr = 0; dr < span(td, 'rowspan'); dr++) {
        for (let dc = 0; dc < span(td, 'colspan'); dc++) {
          const line = (grid[r + dr] ??= []);
          if (line[c + dc]) throw new Error(`overlap at ${r + dr},${c + dc}`);
          line[c + dc] = { text, origin: dr === 0 && dc === 0 };
        }
      }
      c += span(td, 'colspan');
    }
  });
  return grid;
}

function attrCount(table: Element, name: 'rowspan' | 'colspan'): number {
  return DomUtils.getElementsByTagName('td', table.children).filter(
    (td) => td.attribs[name] !== undefined,
  ).length;
}

function spanValues(table: Element, name: 'rowspan' | 'colspan'): number[] {
  return DomUtils.getElementsByTagName('td', table.children)
    .filter((td) => td.attribs[name] !== undefined)
    .map((td) => span(td, name));
}

function textOfCell(value: number | null | '/' | undefined): string {
  return value === null || value === undefined ? NBSP : String(value);
}

describe.each(['G1', 'G2'] as const)('html layout, sample %s', (generation) => {
  const data = sampleReportData(generation);
  const html = renderReport(data, 'html', { publishedOn: '2021-01-29' });
  const doc = parse(html);
  const [proactive, applications, review] = tablesOf(html);
  if (!proactive || !applications || !review) throw new Error('tables missing');

  it('is a complete page with the title in <title> and the first <p>', () => {
    expect(
      html.startsWith(
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>',
      ),
    ).toBe(true);
    expect(html.trimEnd().endsWith('</body></html>')).toBe(true);
    const title = DomUtils.getElementsByTagName('title', doc.children)[0];
    const expected = `${data.year}年${data.agency}政府信息公开工作年度报告`;
    expect(title && DomUtils.textContent(title)).toBe(expected);
    const paragraphs = DomUtils.getElementsByTagName('p', doc.children).map(
      (p) => DomUtils.textContent(p),
    );
    expect(paragraphs[0]).toBe(expected);
    expect(paragraphs[1]).toBe('发布日期：2021-01-29');
    expect(paragraphs[2]).toContain(
      `本报告中所列数据的统计期限自${data.year}年1月1日起至${data.year}年12月31日止。`,
    );
  });

  it('puts the six headings in order, each table right after its heading', () => {
    const body = DomUtils.getElementsByTagName('body', doc.children)[0];
    if (!body) throw new Error('no body');
    const blocks = body.children
      .filter((n): n is Element => n.type === 'tag')
      .map((e) => (e.name === 'table' ? '<table>' : DomUtils.textContent(e)));
    const headings = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ];
    const at = headings.map((h) => blocks.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect([1, 2, 3].map((i) => blocks[(at[i] ?? 0) + 1])).toEqual([
      '<table>',
      '<table>',
      '<table>',
    ]);
    expect(blocks.filter((b) => b === '<table>')).toHaveLength(3);
    // The G2 sample has fee notices in 三（六）2, so 六 reports 信息处理费 (rule R11).
    expect(blocks[(at[5] ?? 0) + 1]).toMatch(
      generation === 'G1'
        ? /^无。$/
        : /^依据《政府信息公开信息处理费管理办法》.*信息处理费。$/,
    );
  });

  it('lays out table 二 with the official captions, labels and spans', () => {
    const grid = gridOf(proactive);
    expect(grid.every((row) => row.length === 4)).toBe(true);
    const captions = grid.filter((row) =>
      row.every((c) => c.text === row[0]?.text),
    );
    const items =
      generation === 'G1'
        ? ['一', '五', '六', '八', '九']
        : ['一', '五', '六', '八'];
    expect(captions.map((row) => row[0]?.text)).toEqual(
      items.map((i) => `第二十条第（${i}）项`),
    );
    expect(spanValues(proactive, 'rowspan')).toEqual([]);
    expect(cellsOf(rowsOf(proactive)[0] as Element)).toHaveLength(1);
    expect(
      DomUtils.getElementsByTagName('td', proactive.children),
    ).toHaveLength(generation === 'G1' ? 53 : 30);
  });

  it('lays out the header block of table 三 with the official spans', () => {
    const rows = rowsOf(applications);
    const first = cellsOf(rows[0] as Element);
    expect(
      first.map((td) => [
        DomUtils.textContent(td),
        td.attribs['colspan'],
        td.attribs['rowspan'],
      ]),
    ).toEqual([
      [
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '3',
        '3',
      ],
      ['申请人情况', '7', undefined],
    ]);
    const second = cellsOf(rows[1] as Element);
    expect(
      second.map((td) => [
        DomUtils.textContent(td),
        td.attribs['colspan'],
        td.attribs['rowspan'],
      ]),
    ).toEqual([
      ['自然人', undefined, '2'],
      ['法人或其他组织', '5', undefined],
      ['总计', undefined, '2'],
    ]);
    expect(
      cellsOf(rows[2] as Element).map((td) => DomUtils.textContent(td)),
    ).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(spanValues(applications, 'rowspan')).toEqual(
      generation === 'G1' ? [3, 2, 2, 20, 8, 3, 5] : [3, 2, 2, 22, 8, 3, 5, 3],
    );
    expect(attrCount(applications, 'colspan')).toBe(
      generation === 'G1' ? 10 : 9,
    );
    expect(
      DomUtils.getElementsByTagName('td', applications.children),
    ).toHaveLength(generation === 'G1' ? 198 : 215);
  });

  it('puts every table 三 value under its row and column', () => {
    const grid = gridOf(applications);
    expect(grid.every((row) => row.length === 10)).toBe(true);
    const rows = APPLICATION_ROWS.filter((r) =>
      r.generations.includes(generation),
    );
    expect(grid).toHaveLength(3 + rows.length);
    rows.forEach((row, i) => {
      const line = grid[3 + i] ?? [];
      APPLICATION_COLUMNS.forEach((col, j) => {
        expect(line[3 + j]?.text).toBe(
          textOfCell(data.values[`applications.${row.key}.${col.key}`]),
        );
      });
    });
    const labelOf = (i: number) =>
      (grid[3 + i] ?? []).slice(0, 3).map((c) => c.text);
    expect(labelOf(0)).toEqual(
      Array(3).fill('一、本年新收政府信息公开申请数量'),
    );
    expect(labelOf(5)).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '2.其他法律行政法规禁止公开',
    ]);
    expect(labelOf(rows.length - 2)).toEqual([
      '三、本年度办理结果',
      '（七）总计',
      '（七）总计',
    ]);
    expect(labelOf(rows.length - 1)).toEqual(
      Array(3).fill('四、结转下年度继续办理'),
    );
    expect(labelOf(generation === 'G2' ? 21 : 20)).toEqual([
      '三、本年度办理结果',
      '（六）其他处理',
      generation === 'G2'
        ? '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'
        : '（六）其他处理',
    ]);
  });

  it('lays out table 四: 5 + 10 header, 15 values', () => {
    const rows = rowsOf(review);
    expect(rows.map((tr) => cellsOf(tr).length)).toEqual([2, 7, 10, 15]);
    expect(spanValues(review, 'colspan')).toEqual([5, 10, 5, 5]);
    expect(spanValues(review, 'rowspan')).toEqual([2, 2, 2, 2, 2]);
    const grid = gridOf(review);
    expect(grid.map((r) => r.length)).toEqual([15, 15, 15, 15]);
    expect(grid[1]?.[5]?.text).toBe('未经复议直接起诉');
    expect(grid[2]?.[4]?.text).toBe('总计');
    const expected = REVIEW_GROUPS.flatMap((g) =>
      REVIEW_COLUMNS.map((c) => textOfCell(data.values[`${g.key}.${c.key}`])),
    );
    expect(grid[3]?.map((c) => c.text)).toEqual(expected);
  });
});

function proactiveGrid(generation: 'G1' | 'G2') {
  const html = renderReport(sampleReportData(generation), 'html');
  const proactive = tablesOf(html)[0];
  if (!proactive) throw new Error('table 二 missing');
  const grid = gridOf(proactive);
  return { proactive, grid, labels: grid.map((row) => row[0]?.text) };
}

describe('html table 二, G1', () => {
  it('has the G1 rows, signed changes and 2-value sub-tables', () => {
    const { proactive, grid, labels } = proactiveGrid('G1');

    expect(labels).toContain('规范性文件');
    expect(labels).toContain('其他对外管理服务事项');
    expect(labels).toContain('政府集中采购');
    // 5 captions, and the 2-value sub-tables （八）（九） widen their last cell.
    expect(spanValues(proactive, 'colspan')).toEqual([
      4, 4, 4, 4, 2, 2, 4, 2, 2,
    ]);
    const licensing = grid.find((row) => row[0]?.text === '行政许可');
    expect(licensing?.map((c) => c.text)).toEqual([
      '行政许可',
      '12',
      '+2',
      '486',
    ]);
    const other = grid.find((row) => row[0]?.text === '其他对外管理服务事项');
    expect(other?.map((c) => c.text)).toEqual([
      '其他对外管理服务事项',
      '35',
      '-4',
      '1290',
    ]);
    const procurement = grid.find((row) => row[0]?.text === '政府集中采购');
    expect(procurement?.map((c) => c.text)).toEqual([
      '政府集中采购',
      '4',
      '126.5836万元',
      '126.5836万元',
    ]);
  });
});

describe('html table 二, G2', () => {
  it('has the G2 rows, `/` for 规章 and colspan=3 single values', () => {
    const { proactive, grid, labels } = proactiveGrid('G2');

    expect(labels).toContain('行政规范性文件');
    expect(labels).not.toContain('规范性文件');
    expect(labels).not.toContain('其他对外管理服务事项');
    // Captions span 4; single-value header and data cells span 3 as real pages do.
    expect(spanValues(proactive, 'colspan')).toEqual([
      4, 4, 3, 3, 4, 3, 3, 3, 4, 3, 3,
    ]);
    const fee = grid.find(
      (row) =>
        row[0]?.text === '信息内容' && row[1]?.text.startsWith('本年收费'),
    );
    expect(fee?.[1]?.text).toBe('本年收费金额（单位：万元）');
    const rules = grid.find((row) => row[0]?.text === '规章');
    expect(rules?.map((c) => c.text)).toEqual(['规章', '/', '/', '/']);
    const licensing = grid.find((row) => row[0]?.text === '行政许可');
    expect(licensing?.map((c) => c.text)).toEqual([
      '行政许可',
      '1826',
      '1826',
      '1826',
    ]);
    expect(licensing?.map((c) => c.origin)).toEqual([true, true, false, false]);
    const fees = grid.find((row) => row[0]?.text === '行政事业性收费');
    expect(fees?.[1]?.text).toBe('12.3456');
  });
});

describe('html cell values', () => {
  it('renders blank, "/" and 0 differently', () => {
    const data = sampleReportData('G2');
    data.values['applications.received.natural'] = null;
    data.values['applications.received.commercial'] = '/';
    data.values['applications.received.research'] = 0;
    delete data.values['applications.received.socialWelfare'];
    const html = renderReport(data, 'html');
    expect(html).toContain(
      '<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>&nbsp;</td><td>/</td><td>0</td><td>&nbsp;</td>',
    );
  });

  it('escapes agency, title and prose', () => {
    const data: ReportData = {
      ...sampleReportData('G1'),
      agency: 'A&B<测试>"局"',
    };
    const html = renderReport(data, 'html', {
      narrative: { other: '<script>alert(1)</script> & 更多' },
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '<title>2020年A&amp;B&lt;测试&gt;&quot;局&quot;政府信息公开工作年度报告</title>',
    );
    const texts = DomUtils.getElementsByTagName('p', parse(html).children).map(
      (p) => DomUtils.textContent(p),
    );
    expect(texts).toContain('<script>alert(1)</script> & 更多');
    expect(texts[0]).toBe('2020年A&B<测试>"局"政府信息公开工作年度报告');
  });
});
