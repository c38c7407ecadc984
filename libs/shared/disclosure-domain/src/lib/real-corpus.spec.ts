import {
  readExpected,
  readIndex,
  readRealFile,
  realCorpusAvailable,
  REAL_CORPUS_DIR,
} from '../testing/real-corpus';
import { analyseReport } from './analyse-report';
import type { ParsedReport } from './model/report';

/**
 * Real published reports, read from `../shared/fixtures/real` (never copied into the
 * repository). Every value a careful reader takes from them must come out the same.
 */
const available = realCorpusAvailable();
if (!available) {
  // Said loudly, so that a skipped corpus is never mistaken for a passing one.
  console.warn(
    `SKIPPED: real-report corpus not found at ${REAL_CORPUS_DIR}; the real-corpus tests did not run.`,
  );
}
const describeCorpus = available ? describe : describe.skip;

/** A number, null for blank, undefined when the document does not have the cell. */
function valueOf(
  report: ParsedReport,
  metric: string,
): number | null | undefined {
  const v = report.values[metric];
  if (v === undefined) return undefined;
  return v.status === 'number' ? v.value : null;
}

/** `a|b`: whichever exists; `a+b`: the sum, blank counting as 0. */
function expectedMetric(report: ParsedReport, metric: string): number | null {
  if (metric.includes('|')) {
    for (const id of metric.split('|')) {
      const v = valueOf(report, id);
      if (v !== undefined) return v;
    }
    return null;
  }
  if (metric.includes('+')) {
    const parts = metric.split('+').map((id) => valueOf(report, id));
    if (parts.every((p) => p === undefined || p === null)) return null;
    return parts.reduce<number>((s, p) => s + (p ?? 0), 0);
  }
  return valueOf(report, metric) ?? null;
}

describeCorpus('real published reports', () => {
  const expected = available ? readExpected() : [];
  const index = available ? readIndex() : [];
  const reports = new Map<string, ParsedReport>();
  const report = (file: string) => {
    let r = reports.get(file);
    if (!r) {
      r = analyseReport(readRealFile(file));
      reports.set(file, r);
    }
    return r;
  };

  it('has the files the tests are about', () => {
    expect(expected.length).toBeGreaterThan(150);
    expect(index.map((r) => r.file)).toEqual(
      expect.arrayContaining([
        '2020-guangdong-qingyuan-civil-affairs.txt',
        '2019-shanghai-government-office.html',
      ]),
    );
  });

  it.each(
    expected.map(
      (e) => [e.file, e.metric, e.value === null ? 'blank' : e.value] as const,
    ),
  )('%s: %s = %s', (file, metric, value) => {
    const got = expectedMetric(report(file), metric);
    // Money is compared at a precision far below any printed digit.
    const rounded = got === null ? null : Math.round(got * 1e9) / 1e9;
    expect(rounded).toBe(value === 'blank' ? null : value);
  });

  it.each(index.map((r) => [r.file, r] as const))(
    '%s: year, format generation and completeness as indexed',
    (file, row) => {
      const r = report(file);
      const hasTables = r.tables.some((t) => !t.empty);
      expect({
        year: r.year,
        generation: hasTables ? r.generation : 'no tables',
        truncated: r.truncated,
      }).toEqual({
        year: row.reportYear,
        generation: hasTables ? row.format : 'no tables',
        truncated: !row.complete,
      });
    },
  );

  it('reads the last row whole where the page stops inside the next row’s label', () => {
    // Dawuli ends `1.属于国家秘密` with its seven zeros, then `2` of `2.其他法律…`.
    const r = report('2020-hebei-qianan-dawuli-town.txt');
    const row = Object.entries(r.values).filter(([k]) =>
      k.startsWith('applications.withheldStateSecret.'),
    );
    expect(row.map(([, v]) => v.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.findings.map((f) => f.code)).not.toContain('ROW_AMBIGUOUS');
  });

  it('takes the publication date from the page metadata, not the share button after it', () => {
    // `发布日期: 2021-01-29  来源:大五里镇 字体: 打印 分享至:` — 至 once made the line a period.
    expect(report('2020-hebei-qianan-dawuli-town.txt').publishedOn).toBe(
      '2021-01-29',
    );
  });

  it('reads the complete Shanghai 2019 report as the published G1 report', () => {
    const r = report('2019-shanghai-government-office.html');
    expect(r.format).toBe('html');
    expect(r.agency).toBe('上海市人民政府办公厅');
    expect(r.publishedOn).toBe('2020-01-31');
    expect(r.sections.map((s) => s.numeral).join('')).toBe('一二三四五六');
    expect(r.values['proactive.procurement.amountWan']).toMatchObject({
      status: 'number',
      value: 25.1,
      raw: '251000元',
      unit: '元',
    });
    // 予以公开 · 总计 is an empty cell (&nbsp;) although the row has values.
    expect(r.values['applications.granted.total']).toMatchObject({
      status: 'blank',
      location: { kind: 'table', table: 2, row: 6, cell: 10 },
    });
    // §8 test vector: R1, R2 and R4 hold; R3 fails as published (totals left blank).
    const codes = r.findings.map((f) => f.code);
    expect(codes).not.toContain('R1');
    expect(codes).not.toContain('R4');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the Qingyuan 2020 sample with its tab-indented cells', () => {
    const r = report('2020-guangdong-qingyuan-civil-affairs.txt');
    expect(r.agency).toBe('清远市民政局');
    expect(r.yearSource).toBe('text');
    expect(r.values['proactive.procurement.projects']).toMatchObject({
      value: 9,
      raw: '9项',
      unit: '项',
    });
    expect(r.values['proactive.licensing.itemChange']).toMatchObject({
      value: 36,
      raw: '+36',
      location: { kind: 'text', line: 48, column: 2 },
    });
    expect(r.findings.map((f) => f.code)).not.toContain(
      'TRADITIONAL_CONVERTED',
    );
  });

  it('never shifts values when the sub-row labels of a group are lost', () => {
    const r = report('unknown-year-bureau-g1-rows-lost.txt');
    expect(r.findings.map((f) => f.code)).toContain('ROWS_LOST');
    expect(r.values['applications.withheldStateSecret.total']?.status).toBe(
      'unreadable',
    );
    expect(r.values['applications.unavailableNotHeld.total']).toBeUndefined();
    expect(r.values['proactive.licensing.itemChange']?.value).toBe(-4);
  });

  it('infers the lost 规章 label only from its position', () => {
    const r = report('2025-shaanxi-hanzhong-xuwang-town.txt');
    expect(r.findings.map((f) => f.code)).toContain('ROW_LABEL_INFERRED');
    expect(r.values['proactive.rules.issued']?.value).toBe(0);
    expect(r.values['proactive.licensing.decisions']?.value).toBe(124);
  });

  it('reports a page cut inside a row as truncated, without zeros', () => {
    const r = report('2024-guangdong-shenzhen-longgang-department.txt');
    expect(
      r.values['applications.withheldEnforcementFile.otherOrg']?.value,
    ).toBe(0);
    expect(
      r.values['applications.withheldEnforcementFile.total'],
    ).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toContain('DOCUMENT_TRUNCATED');
  });

  it('reads traditional characters as simplified', () => {
    const r = report(
      '2022-heilongjiang-fuyuan-natural-resources-traditional.txt',
    );
    expect(r.agency).toBe('抚远市自然资源局');
    expect(r.findings.map((f) => f.code)).toContain('TRADITIONAL_CONVERTED');
  });

  it('flags the section headings without tables', () => {
    const r = report(
      '2020-hunan-changsha-guihuaping-street-tables-missing.txt',
    );
    expect(Object.keys(r.values)).toEqual([]);
    expect(r.tables.map((t) => [t.key, t.empty])).toEqual([
      ['proactive', true],
      ['applications', true],
      ['reviewLitigation', true],
    ]);
    expect(r.findings.filter((f) => f.code === 'TABLE_EMPTY')).toHaveLength(3);
  });

  it('reads a page cut after section 一 as a cut report, not as a non-report', () => {
    const r = report(
      '2024-guangdong-guangzhou-panyu-government-office-narrative-only.txt',
    );
    expect(r.findings.map((f) => f.code)).not.toContain('NOT_A_REPORT');
    expect([r.year, r.agency, r.truncated]).toEqual([
      2024,
      '番禺区人民政府办公室',
      true,
    ]);
  });

  it('finds the narrative and the table disagreeing (R10)', () => {
    const r = report('2023-jilin-changchun-veterans-affairs.txt');
    expect(r.findings.map((f) => f.code)).toContain('R10');
  });

  it('keeps / as not applicable, not zero', () => {
    const r = report('2023-district-statistics-bureau.txt');
    expect(r.values['proactive.rules.issued']).toMatchObject({
      status: 'notApplicable',
      value: null,
      raw: '/',
    });
  });
});
