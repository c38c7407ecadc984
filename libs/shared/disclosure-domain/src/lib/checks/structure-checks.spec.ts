import type { ReportSpec } from '../../testing/report.factory';
import { makeReport, makeTable } from '../../testing/report.factory';
import { checkStructure } from './structure-checks';

const run = (spec: ReportSpec) => checkStructure(makeReport(spec));
const codes = (spec: ReportSpec) => run(spec).map((f) => f.code);

describe('format generation', () => {
  it('accepts G1 for 2019–2020 and G2 from 2021', () => {
    expect(codes({ year: 2019, generation: 'G1' })).toEqual([]);
    expect(codes({ year: 2020, generation: 'G1' })).toEqual([]);
    expect(codes({ year: 2021, generation: 'G2' })).toEqual([]);
  });

  it('flags G1 tables 二 and 三 from 2021 on, but not table 四 (unchanged)', () => {
    const findings = run({ year: 2023, generation: 'G1' });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['FORMAT_OUTDATED', 'warning'],
      ['FORMAT_OUTDATED', 'warning'],
    ]);
    expect(findings[0]?.message).toBe(
      '2023年度报告的表二（主动公开政府信息情况）仍使用2019年试行格式，应使用2021年格式（国办公开办函〔2021〕30号）',
    );
  });

  it('flags only the table that is outdated', () => {
    expect(
      codes({
        year: 2022,
        tables: [
          makeTable('proactive', { generation: 'G1' }),
          makeTable('applications'),
          makeTable('reviewLitigation', { generation: 'G1' }),
        ],
      }),
    ).toEqual(['FORMAT_OUTDATED']);
  });

  it('treats G0 as a warning from 2020, tolerated in 2019, normal before', () => {
    const g0 = { generation: 'G0' as const, tables: [] };
    expect(run({ year: 2020, ...g0 }).map((f) => [f.code, f.severity])).toEqual(
      [['FORMAT_G0', 'warning']],
    );
    expect(run({ year: 2019, ...g0 }).map((f) => [f.code, f.severity])).toEqual(
      [['FORMAT_G0_TOLERATED', 'info']],
    );
    expect(
      codes({
        year: 2016,
        ...g0,
        omitSections: ['proactive', 'other'],
        nonstandardHeadings: ['overview'],
      }),
    ).toEqual([]);
  });

  it('says nothing about formats when the year is unknown', () => {
    expect(codes({ year: null, generation: 'G1' })).toEqual([]);
  });
});

describe('completeness', () => {
  it('reports each missing section in the order of the format', () => {
    const findings = run({ omitSections: ['other', 'problems'] });
    expect(findings.map((f) => f.message)).toEqual([
      '缺少“五、存在的主要问题及改进情况”部分',
      '缺少“六、其他需要报告的事项”部分',
    ]);
  });

  it('says so when the document ends early', () => {
    expect(
      run({ truncated: true, omitSections: ['other'] })[0]?.messageEn,
    ).toBe(
      'Section "6. Other matters" is missing (the document ends early; only the start of the report may have been copied)',
    );
  });

  it('reports missing tables unless the document is G0', () => {
    const tables = [makeTable('proactive')];
    expect(run({ tables }).map((f) => [f.code, f.location])).toEqual([
      ['TABLE_MISSING', { kind: 'text', line: 1200, column: 1 }],
      ['TABLE_MISSING', { kind: 'text', line: 1300, column: 1 }],
    ]);
    expect(codes({ year: 2018, generation: 'G0', tables: [] })).toEqual([]);
  });

  it('reports tables with a heading but no data (images)', () => {
    expect(
      codes({
        year: 2020,
        generation: 'G1',
        tables: [
          makeTable('proactive', { generation: null, empty: true }),
          makeTable('applications', { generation: null, empty: true }),
          makeTable('reviewLitigation', { generation: null, empty: true }),
        ],
      }),
    ).toEqual(['TABLE_EMPTY', 'TABLE_EMPTY', 'TABLE_EMPTY']);
  });

  it('reports non-standard headings with their location', () => {
    const findings = run({ nonstandardHeadings: ['problems'] });
    expect(findings).toEqual([
      {
        code: 'HEADING_NONSTANDARD',
        severity: 'warning',
        message:
          '标题“五、本单位情况”与统一格式不一致，应为“五、存在的主要问题及改进情况”',
        messageEn:
          'Heading "五、本单位情况" differs from the national format ("5. Main problems and improvements")',
        location: { kind: 'text', line: 1400, column: 1 },
      },
    ]);
  });
});

describe('SECTION_FIVE_THIN (D7)', () => {
  it.each(['无', '无。', '  无 ', '暂无问题。', ''])('flags “%s”', (text) => {
    expect(codes({ sectionText: { problems: text } })).toEqual([
      'SECTION_FIVE_THIN',
    ]);
  });

  it('accepts ten characters or more', () => {
    expect(
      codes({ sectionText: { problems: '培训不足，将加强业务培训' } }),
    ).toEqual([]);
  });

  it('does not judge a section cut off by the end of the document', () => {
    expect(
      codes({
        truncated: true,
        omitSections: ['other'],
        sectionText: { problems: '一是' },
      }),
    ).toEqual(['SECTION_MISSING']);
    expect(
      codes({ truncated: true, sectionText: { problems: '无。' } }),
    ).toEqual(['SECTION_FIVE_THIN']);
  });
});
