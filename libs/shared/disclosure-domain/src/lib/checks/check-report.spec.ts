import {
  applicationRow,
  consistentG2Values,
  makeReport,
  reviewGroup,
} from '../../testing/report.factory';
import type { CellSpec } from '../../testing/report.factory';
import fc from 'fast-check';

import type { CellValue, ParsedReport } from '../model/report';
import { parseReport } from '../parse-report';
import { arbitraryReportData } from '../../testing/random-report';
import { renderReport } from '../writer/render-report';
import type { AgencyKind } from './check-report';
import {
  CHECK_CODES,
  checkAggregate,
  checkInContext,
  checkIntrinsic,
  checkReport,
  CONTEXT_CHECK_METRICS,
} from './check-report';

const CONTEXT_CODES = ['R6', 'R7', 'R8', 'R13', 'PREVIOUS_NOT_PRIOR_YEAR'];

const codes = (findings: readonly { code: string }[]) =>
  findings.map((f) => f.code);

/**
 * 上海市人民政府办公厅 2019 (G1), tables 二–四 as published, typed by hand from
 * the real report. Empty cells stay blank (null): the report publishes zeros as
 * blanks, and its 总计 column is blank on most result rows.
 */
const B = null;
const shanghai2019Values: Record<string, CellSpec> = {
  'proactive.rules.newlyMade': 13,
  'proactive.rules.newlyPublished': 13,
  'proactive.rules.totalPublished': 524,
  'proactive.normativeDocs.newlyMade': 60,
  'proactive.normativeDocs.newlyPublished': 60,
  'proactive.normativeDocs.totalPublished': 368,
  'proactive.licensing.previousItems': 0,
  'proactive.licensing.itemChange': 0,
  'proactive.licensing.decisions': 0,
  'proactive.otherServices.previousItems': 0,
  'proactive.otherServices.itemChange': 0,
  'proactive.otherServices.decisions': 0,
  'proactive.penalty.previousItems': 0,
  'proactive.penalty.itemChange': 0,
  'proactive.penalty.decisions': 0,
  'proactive.coercion.previousItems': 0,
  'proactive.coercion.itemChange': 0,
  'proactive.coercion.decisions': 0,
  'proactive.fees.previousItems': 0,
  'proactive.fees.itemChange': 0,
  'proactive.procurement.projects': 6,
  'proactive.procurement.amountWan': 25.1,
  ...applicationRow('received', [821, 35, B, B, 2, 1, 859]),
  ...applicationRow('carriedIn', [18, B, B, B, B, B, 18]),
  ...applicationRow('granted', [258, 12, B, B, 1, 1, B]),
  ...applicationRow('partlyGranted', [3, B, B, B, B, B, B]),
  ...applicationRow('withheldStateSecret', [14, B, B, B, B, B, B]),
  ...applicationRow('withheldByLaw', [B, B, B, B, B, B, B]),
  ...applicationRow('withheldSafetyStability', [B, B, B, B, B, B, B]),
  ...applicationRow('withheldThirdParty', [B, B, B, B, B, B, B]),
  ...applicationRow('withheldInternalAffairs', [5, B, B, B, B, B, B]),
  ...applicationRow('withheldProcessInfo', [3, 1, B, B, B, B, B]),
  ...applicationRow('withheldEnforcementFile', [B, B, B, B, B, B, B]),
  ...applicationRow('withheldAdminQuery', [10, 2, B, B, B, B, B]),
  ...applicationRow('unavailableNotHeld', [252, 12, B, B, 1, B, B]),
  ...applicationRow('unavailableNeedsCreation', [44, 3, B, B, B, B, B]),
  ...applicationRow('unavailableUnclear', [25, B, B, B, B, B, B]),
  ...applicationRow('notProcessedComplaint', [148, 1, B, B, B, B, B]),
  ...applicationRow('notProcessedRepeated', [5, 4, B, B, B, B, B]),
  ...applicationRow('notProcessedPublication', [B, B, B, B, B, B, B]),
  ...applicationRow('notProcessedExcessive', [B, B, B, B, B, B, B]),
  ...applicationRow('notProcessedConfirmation', [B, B, B, B, B, B, B]),
  ...applicationRow('otherHandling', [B, B, B, B, B, B, B]),
  ...applicationRow('resultTotal', [767, 35, B, B, 2, 1, 805]),
  ...applicationRow('carriedForward', [72, B, B, B, B, B, 72]),
  ...reviewGroup('review', [5, B, B, 2, 7]),
  ...reviewGroup('litigationDirect', [8, B, B, 1, 9]),
  ...reviewGroup('litigationAfterReview', [B, B, B, B, B]),
};

const shanghaiOverview =
  '2019年，市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%。' +
  '答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。' +
  '信息公开类行政复议7件，诉讼9件，均获维持。';

function shanghai(values: Record<string, CellSpec> = shanghai2019Values) {
  return makeReport({
    year: 2019,
    generation: 'G1',
    agency: '上海市人民政府办公厅',
    values,
    sectionText: { overview: shanghaiOverview },
  });
}

describe('checkReport: §8 test vector, Shanghai 2019 (G1)', () => {
  const findings = checkReport(shanghai());

  it('passes R1, R2 and R4 and fails R3 only through its blank 总计 cells', () => {
    expect(codes(findings)).toEqual([
      'R2_SIDE_BLANK',
      ...Array.from({ length: 11 }, () => 'R3_SIDE_BLANK'),
      'R5_BLANK',
      'R5_BLANK',
      'R5_BLANK_AS_ZERO',
      'R5_BLANK_AS_ZERO',
    ]);
  });

  it('reports each result row whose 总计 is blank while its parts are filled', () => {
    expect(
      findings.filter((f) => f.code === 'R3_SIDE_BLANK').map((f) => f.metric),
    ).toEqual([
      'applications.granted.total',
      'applications.partlyGranted.total',
      'applications.withheldStateSecret.total',
      'applications.withheldInternalAffairs.total',
      'applications.withheldProcessInfo.total',
      'applications.withheldAdminQuery.total',
      'applications.unavailableNotHeld.total',
      'applications.unavailableNeedsCreation.total',
      'applications.unavailableUnclear.total',
      'applications.notProcessedComplaint.total',
      'applications.notProcessedRepeated.total',
    ]);
    const granted = findings.find(
      (f) => f.metric === 'applications.granted.total',
    );
    expect(granted).toMatchObject({
      severity: 'warning',
      message:
        '（一）予以公开：总计为空白，但各申请人类别已填报，之和为258+12+空白+空白+1+1=272',
    });
  });

  it('says that the 总计 column of the results is blank while （七）总计 is 805', () => {
    expect(findings[0]).toMatchObject({
      code: 'R2_SIDE_BLANK',
      severity: 'warning',
      metric: 'applications.resultTotal.total',
      message: '总计列：（七）总计为805，但各项办理结果均为空白',
    });
  });

  it('notes once per table that 自然人 258+3+…=767 and 复议 5+0+0+2=7 hold only with blanks as 0', () => {
    const notes = findings.filter((f) => f.code === 'R5_BLANK_AS_ZERO');
    expect(notes.map((n) => n.severity)).toEqual(['info', 'info']);
    expect(notes[0]?.message).toContain('R1 商业企业列');
    expect(notes[0]?.message).toContain('R2 自然人列');
    expect(notes[0]?.message).not.toContain('R1 总计列');
    expect(notes[0]?.metrics).toContain('applications.withheldByLaw.natural');
    expect(notes[1]?.message).toContain(
      'R4 行政复议、R4 行政诉讼（未经复议直接起诉）',
    );
    expect(notes[1]?.metrics).toEqual([
      'review.corrected',
      'review.other',
      'litigationDirect.corrected',
      'litigationDirect.other',
    ]);
  });

  it('finds the prose figures (859, 18, 行政复议7件) equal to the tables', () => {
    expect(codes(findings)).not.toContain('R10');
  });

  it('fails R1 when the total column does not balance, naming the column and numbers', () => {
    const report = shanghai({
      ...shanghai2019Values,
      'applications.carriedForward.total': 70,
      'applications.carriedForward.natural': 70,
    });
    const r1 = checkReport(report).filter((f) => f.code === 'R1');
    expect(r1.map((f) => f.message)).toEqual([
      '第一项加第二项之和（821+18=839）不等于第三项加第四项之和（767+70=837）：自然人列',
      '第一项加第二项之和（859+18=877）不等于第三项加第四项之和（805+70=875）：总计列',
    ]);
    expect(r1[1]).toMatchObject({
      severity: 'error',
      metric: 'applications.received.total',
      metrics: [
        'applications.received.total',
        'applications.carriedIn.total',
        'applications.resultTotal.total',
        'applications.carriedForward.total',
      ],
      location: { kind: 'text', line: 29, column: 1 },
    });
  });

  it('says blank cells were involved when an equation with blanks fails', () => {
    const report = shanghai({
      ...shanghai2019Values,
      'applications.resultTotal.commercial': 34,
    });
    const r1 = checkReport(report).filter((f) => f.code === 'R1');
    expect(r1.map((f) => f.message)).toEqual([
      '第一项加第二项之和（35+空白=35）不等于第三项加第四项之和（34+空白=34）：商业企业列（涉及2个空白单元格，已按0计算；空白表示未填报，不等于0）',
    ]);
  });
});

describe('checkReport: §8 G2 vector (14069 + 560 = 13810 + 819)', () => {
  const values = consistentG2Values();

  it('is the vector of the spec', () => {
    expect([
      values['applications.received.total'],
      values['applications.carriedIn.total'],
      values['applications.resultTotal.total'],
      values['applications.carriedForward.total'],
    ]).toEqual([14069, 560, 13810, 819]);
  });

  it('raises no finding for a complete, consistent G2 report', () => {
    expect(
      checkReport(
        makeReport({ year: 2022, agency: '某市市场监督管理局', values }),
      ),
    ).toEqual([]);
  });

  it('is deterministic', () => {
    const report = makeReport({
      year: 2022,
      values: { ...values, 'applications.received.total': 14070 },
    });
    expect(checkReport(report)).toEqual(checkReport(report));
  });
});

describe('checkReport: truncated documents', () => {
  // Cut inside table 三 after row 二: nothing below it is in `values`.
  const report = makeReport({
    year: 2023,
    truncated: true,
    omitSections: ['reviewLitigation', 'problems', 'other'],
    tables: [
      { key: 'proactive', generation: 'G2', truncated: false, empty: false },
      { key: 'applications', generation: 'G2', truncated: true, empty: false },
    ],
    values: {
      ...applicationRow('received', [3, 0, 0, 0, 0, 0, 3]),
      ...applicationRow('carriedIn', [0, 0, 0, 0, 0, 0, 1]),
    },
  });
  const findings = checkReport(report);

  it('skips the rules whose cells are missing and checks what is there', () => {
    expect(codes(findings)).toEqual([
      'SECTION_MISSING',
      'SECTION_MISSING',
      'SECTION_MISSING',
      'TABLE_MISSING',
      'R3',
    ]);
    expect(findings[4]?.metric).toBe('applications.carriedIn.total');
  });

  it('says the document ends early', () => {
    expect(findings[0]?.message).toBe(
      '缺少“四、政府信息公开行政复议、行政诉讼情况”部分（文档提前结束，可能只复制了报告的前一部分）',
    );
  });
});

describe('checkReport: options and order', () => {
  it('orders findings by catalogue, then by table order', () => {
    const report = makeReport({
      year: 2023,
      generation: 'G1',
      agency: '某县民政局',
      omitSections: ['other'],
      values: {
        ...reviewGroup('review', [1, 0, 0, 0, 2]),
        ...applicationRow('received', [1, 0, 0, 0, 0, 0, 2]),
        'proactive.rules.newlyMade': -1,
      },
    });
    const order = codes(checkReport(report));
    expect(order).toEqual([
      'FORMAT_OUTDATED',
      'FORMAT_OUTDATED',
      'SECTION_MISSING',
      'R3',
      'R4',
      'R5_NEGATIVE',
    ]);
    const rank = order.map((c) => CHECK_CODES.findIndex((x) => x.code === c));
    expect([...rank].sort((a, b) => a - b)).toEqual(rank);
  });

  it('runs cross-year rules only with a previous report', () => {
    const values = consistentG2Values();
    const report = makeReport({ year: 2022, values });
    const previous = makeReport({
      year: 2021,
      values: {
        ...applicationRow('carriedForward', [500, 40, 5, 0, 10, 5, 500]),
        'proactive.normativeDocs.inForce': 37,
      },
    });
    expect(codes(checkReport(report))).toEqual([]);
    expect(codes(checkReport(report, { previous }))).toEqual(['R6']);
  });

  it('uses the agency kind for R13', () => {
    const report = makeReport({
      year: 2022,
      values: { 'proactive.rules.issued': 1 },
    });
    expect(codes(checkReport(report))).toEqual([]);
    expect(codes(checkReport(report, { agencyKind: 'township' }))).toEqual([
      'R13',
    ]);
  });

  it('checks an aggregate against its parts', () => {
    const city = makeReport({
      year: 2022,
      values: { 'applications.received.total': 10 },
    });
    const parts = [6, 5].map((n) =>
      makeReport({ year: 2022, values: { 'applications.received.total': n } }),
    );
    expect(codes(checkAggregate(city, parts))).toEqual(['R12']);
  });
});

describe('checkReport: what is not a rule', () => {
  it('never compares items with decisions (§8: 上一年项目数量 + 本年增/减 ≠ 处理决定数量)', () => {
    const report = makeReport({
      year: 2020,
      generation: 'G1',
      values: {
        'proactive.licensing.previousItems': 10,
        'proactive.licensing.itemChange': 1036,
        'proactive.licensing.decisions': 474339,
      },
    });
    expect(checkReport(report)).toEqual([]);
  });

  it('never reads 行政事业性收费 as 信息处理费', () => {
    const report = makeReport({
      year: 2022,
      values: { 'proactive.fees.amountWan': 26.55 },
    });
    expect(checkReport(report)).toEqual([]);
  });
});

describe('checkInContext', () => {
  /** What a writer knows of a report without reading its model back. */
  const numbersOnly = (r: ParsedReport): ParsedReport => ({
    ...r,
    sections: [],
    tables: [],
    extras: [],
    findings: [],
    values: Object.fromEntries(
      Object.entries(r.values)
        .filter(([id]) => CONTEXT_CHECK_METRICS.includes(id))
        .map(([id, c]): [string, CellValue] => [
          id,
          {
            status: c.status,
            value: c.value,
            raw: c.status === 'number' ? String(c.value) : '',
            location: c.location,
          },
        ]),
    ),
  });
  it('finds the same from the statuses, numbers and locations of its metrics as from the whole report', () => {
    const parsed = (data: Parameters<typeof renderReport>[0]) =>
      parseReport(renderReport(data, 'text'));
    const codesFound = new Set<string>();
    fc.assert(
      fc.property(
        arbitraryReportData({ blankRate: 0.2 })
          .map((b) => ({ b, year: b.year ?? 2019 }))
          .filter(({ year }) => year > 2019)
          .chain(({ b, year }) =>
            arbitraryReportData({
              blankRate: 0.2,
              generation: year - 1 <= 2020 ? 'G1' : 'G2',
            }).map((a): [typeof a, typeof b] => [{ ...a, year: year - 1 }, b]),
          ),
        fc.constantFrom<AgencyKind | undefined>(
          undefined,
          'department',
          'government',
          'township',
        ),
        ([a, b], agencyKind) => {
          const report = parsed(b);
          const previous = parsed(a);
          const options = {
            previous: numbersOnly(previous),
            ...(agencyKind ? { agencyKind } : {}),
          };
          const whole = checkInContext(report, options);
          for (const f of whole) codesFound.add(f.code);
          // mergeChecks keeps checkReport's order only while the parts share no code.
          for (const f of checkIntrinsic(report)) {
            expect(CONTEXT_CODES).not.toContain(f.code);
          }
          expect(checkInContext(numbersOnly(report), options)).toEqual(whole);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
    // Not vacuous: every check in context fired.
    expect([...codesFound].sort()).toEqual(['R13', 'R6', 'R7', 'R8']);
  });
});
