import { encode } from 'iconv-lite';

import { readFixture } from '../testing/fixtures';
import { sampleReportData } from '../testing/random-report';
import { analyseReport } from './analyse-report';
import type { CellValue, ParsedReport } from './model/report';
import { parseReport } from './parse-report';
import { renderReport } from './writer/render-report';

const codes = (r: ParsedReport) => r.findings.map((f) => f.code);

/** A row's cells as compact text: numbers, `_` blank, `/` not applicable, `?` unreadable. */
function row(
  r: ParsedReport,
  prefix: string,
  columns: readonly string[],
): string {
  return columns
    .map((c) => {
      const v: CellValue | undefined = r.values[`${prefix}.${c}`];
      if (!v) return '-';
      if (v.status === 'number') return String(v.value);
      return v.status === 'blank'
        ? '_'
        : v.status === 'notApplicable'
          ? '/'
          : '?';
    })
    .join(' ');
}

const APPLICANTS = [
  'natural',
  'commercial',
  'research',
  'socialWelfare',
  'legalService',
  'otherOrg',
  'total',
];
const G1_DOCS = ['newlyMade', 'newlyPublished', 'totalPublished'];
const G1_ITEMS = ['previousItems', 'itemChange', 'decisions'];
const G2_DOCS = ['issued', 'repealed', 'inForce'];

describe('parseReport on the project’s layout variants', () => {
  it('reads cells separated by lone pipes (street-2021-separator-pipes)', () => {
    const r = parseReport(readFixture('valid/street-2021-separator-pipes.txt'));
    expect(r.year).toBe(2021);
    expect(r.agency).toBe('示例市东湖街道办事处');
    expect(r.publishedOn).toBe('2022-01-28');
    expect(r.generation).toBe('G2');
    expect(row(r, 'proactive.normativeDocs', G2_DOCS)).toBe('1 0 3');
    expect(r.values['proactive.licensing.decisions']?.value).toBe(1250);
    expect(r.values['proactive.fees.amountWan']).toMatchObject({
      value: 0.35,
      raw: '0.35',
      location: { kind: 'text', line: 77, column: 1 },
    });
    expect(r.truncated).toBe(true);
  });

  it('reads one cell per line ending in a pipe (bureau-2019-trailing-pipes)', () => {
    const r = parseReport(readFixture('valid/bureau-2019-trailing-pipes.txt'));
    expect(r.year).toBe(2019);
    expect(r.generation).toBe('G1');
    expect(row(r, 'proactive.licensing', G1_ITEMS)).toBe('31 5 2406');
    expect(row(r, 'proactive.otherServices', G1_ITEMS)).toBe('12 -4 310');
    expect(row(r, 'proactive.penalty', G1_ITEMS)).toBe('88 -12 95');
    expect(r.values['proactive.procurement.amountWan']).toMatchObject({
      value: 340.582,
      unit: '元',
    });
    // Lone pipes are the empty cells of the row: they keep 3 in its column.
    expect(row(r, 'applications.received', APPLICANTS)).toBe('_ _ 3 _ _ _ 3');
    // The page stops after three cells of the next row: no zeros are invented.
    expect(row(r, 'applications.carriedIn', APPLICANTS)).toBe('1 0 0 - - - -');
    expect(codes(r)).toContain('DOCUMENT_TRUNCATED');
  });

  it('reads bordered rows with padding and full-width digits (statistics-2023-bordered-rows)', () => {
    const r = parseReport(
      readFixture('valid/statistics-2023-bordered-rows.txt'),
    );
    expect(r.year).toBe(2023);
    expect(r.yearSource).toBe('statisticsPeriod');
    expect(r.agency).toBe('示例市统计局');
    expect(row(r, 'proactive.rules', G2_DOCS)).toBe('/ / /');
    expect(r.values['proactive.coercion.decisions']?.status).toBe('blank');
    expect(r.values['proactive.fees.amountWan']?.value).toBe(1208.5);
    expect(row(r, 'applications.received', APPLICANTS)).toBe('4 1 0 0 0 0 5');
    // The prose says 5 applications and the table agrees: no R10 finding.
    expect(
      codes(
        analyseReport(readFixture('valid/statistics-2023-bordered-rows.txt')),
      ),
    ).not.toContain('R10');
  });

  it('reads the same report in traditional characters identically', () => {
    const simplified = parseReport(
      readFixture('valid/statistics-2023-bordered-rows.txt'),
    );
    const traditional = parseReport(
      readFixture('valid/statistics-2023-traditional.txt'),
    );
    expect(traditional.values).toEqual(simplified.values);
    expect(traditional.agency).toBe('示例市统计局');
    expect(codes(traditional)).toContain('TRADITIONAL_CONVERTED');
  });

  it('infers a lost row label from its position only (town-2025-lost-label)', () => {
    const r = parseReport(readFixture('valid/town-2025-lost-label.txt'));
    expect(r.generation).toBe('G2');
    expect(row(r, 'proactive.rules', G2_DOCS)).toBe('0 0 0');
    expect(row(r, 'proactive.normativeDocs', G2_DOCS)).toBe('1 0 4');
    expect(r.values['proactive.penalty.decisions']?.value).toBe(3);
    expect(row(r, 'applications.received', APPLICANTS)).toBe('1 0 0 0 0 0 1');
    expect(codes(r)).toEqual(
      expect.arrayContaining(['ROW_LABEL_INFERRED', 'DOCUMENT_TRUNCATED']),
    );
  });

  it('splits space-separated rows copied from a PDF (forestry-2020-space-separated)', () => {
    const r = parseReport(
      readFixture('valid/forestry-2020-space-separated.txt'),
    );
    expect(row(r, 'proactive.licensing', G1_ITEMS)).toBe('24 2 361');
    expect(row(r, 'proactive.penalty', G1_ITEMS)).toBe('41 -3 26');
    expect(r.values['proactive.procurement.amountWan']).toMatchObject({
      value: 12.5,
      unit: '万元',
    });
    expect(r.tables.find((t) => t.key === 'applications')).toMatchObject({
      truncated: true,
      empty: false,
    });
  });

  it.each(['text', 'tabbed', 'pipes'] as const)(
    'skips page numbers and rules a PDF copy keeps inside a table (%s)',
    (layout) => {
      const text = renderReport(sampleReportData('G2'), layout);
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes('属于国家秘密'));
      const plain = parseReport(text);
      for (const marker of [
        '- 2 -',
        '第 2 页 共 5 页',
        'Page 2',
        '----------',
      ]) {
        for (const offset of [1, 3]) {
          const marked = [...lines];
          marked.splice(at + offset, 0, marker);
          const r = parseReport(marked.join('\n'));
          expect({ marker, offset, values: r.values }).toEqual({
            marker,
            offset,
            values: expect.objectContaining(
              Object.fromEntries(
                Object.entries(plain.values).map(([k, v]) => [
                  k,
                  expect.objectContaining({ status: v.status, value: v.value }),
                ]),
              ),
            ),
          });
          expect(codes(r)).not.toContain('ROW_AMBIGUOUS');
        }
      }
    },
  );

  describe('a year given by the caller', () => {
    const text = renderReport(
      { ...sampleReportData('G2'), year: 2023 },
      'text',
    );
    const mismatch = (r: ParsedReport) =>
      r.findings.filter((f) => f.code === 'YEAR_MISMATCH');

    it('wins, but a title that says another year is an error', () => {
      const r = parseReport(text, { year: 2025 });
      expect(r.year).toBe(2025);
      expect(mismatch(r)).toEqual([
        expect.objectContaining({
          severity: 'error',
          message: '报告标题写的是 2023 年，却报送为 2025 年的报告。',
        }),
      ]);
    });

    it('says which: the statistics period when the title names no year', () => {
      const untitled = text.replace(
        /^.*年度报告\s*$/m,
        '政府信息公开工作年度报告',
      );
      expect(mismatch(parseReport(untitled, { year: 2025 }))).toEqual([
        expect.objectContaining({
          message: '报告统计期限写的是 2023 年，却报送为 2025 年的报告。',
        }),
      ]);
    });

    it('raises nothing when it agrees, or when only the text mentions a year', () => {
      expect(mismatch(parseReport(text, { year: 2023 }))).toEqual([]);
      const mentionsOnly = text
        .replace(/^.*年度报告\s*$/m, '政府信息公开工作年度报告')
        .replace(/本报告中所列数据的统计期限[^。]*。/, '');
      expect(parseReport(mentionsOnly).yearSource).toBe('text');
      expect(mismatch(parseReport(mentionsOnly, { year: 2025 }))).toEqual([]);
    });
  });

  describe('money in the unit its column header gives', () => {
    const g1 = renderReport(sampleReportData('G1'), 'pipes');
    const g2 = renderReport(sampleReportData('G2'), 'pipes');

    it('reads 采购总金额（元） in yuan and says so where it read it', () => {
      const r = parseReport(
        g1
          .replace('| 采购总金额 |', '| 采购总金额（元） |')
          .replace('| 126.5836万元 |', '| 1265836 |'),
      );
      expect(r.values['proactive.procurement.amountWan']).toMatchObject({
        status: 'number',
        value: 126.5836,
        raw: '1265836',
      });
      const found = r.findings.filter((f) => f.code.startsWith('MONEY_UNIT'));
      expect(found).toMatchObject([
        {
          code: 'MONEY_UNIT_FROM_HEADER',
          metric: 'proactive.procurement.amountWan',
          location: r.values['proactive.procurement.amountWan']?.location,
        },
      ]);
    });

    it('reads 本年收费金额（单位：元） in yuan; 万元 as written, with no unit assumed', () => {
      const yuan = parseReport(
        g2
          .replace('（单位：万元）', '（单位：元）')
          .replace('| 12.3456 |', '| 2500 |'),
      );
      expect(yuan.values['proactive.fees.amountWan']?.value).toBe(0.25);
      const wan = parseReport(
        g1
          .replace('| 采购总金额 |', '| 采购总金额（万元） |')
          .replace('| 126.5836万元 |', '| 126.5836 |'),
      );
      expect(wan.values['proactive.procurement.amountWan']?.value).toBe(
        126.5836,
      );
      expect(codes(wan)).not.toContain('MONEY_UNIT_ASSUMED');
      expect(codes(wan)).not.toContain('MONEY_UNIT_FROM_HEADER');
    });

    it('lets a unit written in the cell win over the header', () => {
      const r = parseReport(
        g1.replace('| 采购总金额 |', '| 采购总金额（元） |'),
      );
      expect(r.values['proactive.procurement.amountWan']).toMatchObject({
        value: 126.5836,
        unit: '万元',
      });
      expect(codes(r)).not.toContain('MONEY_UNIT_FROM_HEADER');
    });
  });

  it('maps irregular HTML spans by logical column (office-2019-irregular-spans)', () => {
    const r = parseReport(
      readFixture('valid/office-2019-irregular-spans.html'),
    );
    expect(r.format).toBe('html');
    expect(r.title).toBe('2019年示例市人民政府办公室政府信息公开工作年度报告');
    expect(r.agency).toBe('示例市人民政府办公室');
    expect(r.publishedOn).toBe('2020-01-21');
    expect(row(r, 'proactive.rules', G1_DOCS)).toBe('4 4 212');
    expect(row(r, 'proactive.licensing', G1_ITEMS)).toBe('_ _ _');
    expect(r.values['proactive.procurement.amountWan']?.value).toBe(8.65);
    expect(row(r, 'applications.granted', APPLICANTS)).toBe('12 1 _ _ _ _ 13');
    expect(
      row(r, 'review', ['upheld', 'corrected', 'other', 'pending', 'total']),
    ).toBe('2 _ _ 1 3');
    expect(r.values['review.total']?.location).toEqual({
      kind: 'table',
      table: 4,
      row: 4,
      cell: 5,
    });
    // The number in the script of the page head is never read.
    expect(r.values['proactive.rules.totalPublished']?.value).not.toBe(99);
    expect(r.truncated).toBe(false);
  });

  it('reads a GBK page by its declared charset and without one', () => {
    const html = renderReport(sampleReportData('G2'), 'html');
    const utf8 = parseReport(html);
    const declared = parseReport(
      encode(html.replace('charset="utf-8"', 'charset="gbk"'), 'gbk'),
    );
    expect(declared.values).toEqual(utf8.values);
    expect(codes(declared)).not.toContain('ENCODING_GUESSED');
    const undeclared = parseReport(
      encode(html.replace('<meta charset="utf-8">', ''), 'gb18030'),
    );
    expect(undeclared.values).toEqual(utf8.values);
    expect(codes(undeclared)).toContain('ENCODING_GUESSED');
  });

  it('lets the caller override year and agency', () => {
    const r = parseReport(readFixture('valid/town-2025-lost-label.txt'), {
      year: 2024,
      agency: '示例县青山镇',
    });
    expect([r.year, r.yearSource, r.agency, r.agencySource]).toEqual([
      2024,
      'caller',
      '示例县青山镇',
      'caller',
    ]);
  });
});

describe('parseReport on damaged and unexpected documents', () => {
  it('refuses to split digits run into a label (bureau-2020-digits-merged)', () => {
    const r = parseReport(readFixture('invalid/bureau-2020-digits-merged.txt'));
    expect(row(r, 'proactive.rules', G1_DOCS)).toBe('? ? ?');
    expect(row(r, 'proactive.normativeDocs', G1_DOCS)).toBe('? ? ?');
    expect(row(r, 'proactive.licensing', G1_ITEMS)).toBe('12 0 58');
    const merged = r.findings.filter((f) => f.code === 'ROW_DIGITS_MERGED');
    expect(merged.map((f) => f.location)).toEqual([
      { kind: 'text', line: 7, column: 1 },
      { kind: 'text', line: 8, column: 1 },
    ]);
  });

  it('reports dropped cells and words in number cells (bureau-2021-dropped-cells)', () => {
    const r = parseReport(readFixture('invalid/bureau-2021-dropped-cells.txt'));
    expect(row(r, 'proactive.normativeDocs', G2_DOCS)).toBe('? ? ?');
    const ambiguous = r.findings.find((f) => f.code === 'ROW_AMBIGUOUS');
    expect(ambiguous).toMatchObject({
      severity: 'warning',
      location: { kind: 'text', line: 8, column: 1 },
    });
    const unreadable = r.findings.filter((f) => f.code === 'VALUE_UNREADABLE');
    expect(unreadable.map((f) => [f.metric, f.severity, f.location])).toEqual([
      [
        'proactive.licensing.decisions',
        'error',
        { kind: 'text', line: 11, column: 8 },
      ],
      [
        'proactive.penalty.decisions',
        'error',
        { kind: 'text', line: 14, column: 8 },
      ],
    ]);
    expect(r.values['proactive.licensing.decisions']).toMatchObject({
      status: 'unreadable',
      value: null,
      raw: '约5',
    });
  });

  it('recognises a pre-2019 report and reads nothing as a G1/G2 table', () => {
    const r = analyseReport(readFixture('invalid/bureau-2017-g0.txt'));
    expect(r.generation).toBe('G0');
    expect(r.year).toBe(2017);
    expect(r.values).toEqual({});
    expect(r.tables).toEqual([]);
    // Right for 2017; the same layout for a 2020 report is a format defect.
    expect(codes(r)).not.toContain('FORMAT_G0');
    const late = analyseReport(readFixture('invalid/bureau-2017-g0.txt'), {
      year: 2020,
    });
    expect(late.findings.find((f) => f.code === 'FORMAT_G0')?.severity).toBe(
      'warning',
    );
  });

  it('says an unrelated page is not a report', () => {
    const r = parseReport(readFixture('invalid/news-page.html'));
    expect(r.values).toEqual({});
    expect(r.findings[0]).toMatchObject({
      code: 'NOT_A_REPORT',
      severity: 'error',
    });
  });
});

describe('parseReport completeness', () => {
  it('reads a table 四 whose data row is entirely blank as 15 blanks', () => {
    const data = sampleReportData('G2');
    const values = { ...data.values };
    for (const id of Object.keys(values)) {
      if (/^(review|litigation)/.test(id)) values[id] = null;
    }
    for (const layout of ['html', 'tabbed'] as const) {
      const r = parseReport(renderReport({ ...data, values }, layout));
      const review = Object.entries(r.values).filter(([id]) =>
        /^(review|litigation)/.test(id),
      );
      expect(review).toHaveLength(15);
      expect(review.every(([, v]) => v.status === 'blank')).toBe(true);
      expect(codes(r)).not.toContain('CELLS_MISSING');
    }
  });

  it('reports the cells of a dropped row instead of passing silently', () => {
    const text = renderReport(sampleReportData('G2'), 'pipes')
      .split('\n')
      .filter((l) => !l.startsWith('行政强制'))
      .join('\n');
    const r = parseReport(text);
    expect(r.values['proactive.coercion.decisions']).toBeUndefined();
    const missing = r.findings.find((f) => f.code === 'CELLS_MISSING');
    expect(missing).toMatchObject({
      severity: 'warning',
      metrics: ['proactive.coercion.decisions'],
    });
  });
});
