import type { CellSpec, ReportSpec } from '../../testing/report.factory';
import {
  applicationRow,
  makeReport,
  reviewGroup,
} from '../../testing/report.factory';
import fc from 'fast-check';

import { toHalfWidth } from '../text/normalize';
import {
  checkFeeReporting,
  checkProse,
  halfWidth,
  parseProseNumber,
} from './prose-checks';

describe('halfWidth', () => {
  it('equals toHalfWidth', () => {
    const unit = fc.oneof(
      fc.constantFrom('，', '（', '１', '０', '　', '\u00a0', '～', '！', '｟'),
      fc
        .integer({ min: 0xff00, max: 0xff60 })
        .map((c) => String.fromCharCode(c)),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(halfWidth(s)).toBe(toHalfWidth(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns the same string when nothing changes', () => {
    const s = '本年度收到申请12件。';
    expect(halfWidth(s)).toBe(s);
  });
});

describe('parseProseNumber', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['零', 0],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
    ['一二', null],
    ['十十', null],
  ])('%s → %s', (text, value) => {
    expect(parseProseNumber(text)).toBe(value);
  });
});

const prose = (
  overview: string,
  values: Record<string, CellSpec>,
  year = 2023,
) => checkProse(makeReport({ year, values, sectionText: { overview } }));

const table3 = {
  ...applicationRow('received', [3, 0, 0, 0, 0, 0, 3]),
  ...applicationRow('carriedIn', [0, 0, 0, 0, 0, 0, 0]),
};

describe('R10: figures in 一、总体情况 against the tables', () => {
  it('flags the real 2023 case: prose says 2 applications, table 三 says 3', () => {
    const findings = prose(
      '（二）依申请公开工作情况。本年度，共受理政府信息公开申请2件，都在法定期限内予以答复。',
      table3,
    );
    expect(findings).toEqual([
      {
        code: 'R10',
        severity: 'warning',
        message:
          '“总体情况”正文称“受理政府信息公开申请2件”，与表三（收到和处理政府信息公开申请情况）不一致：本年新收为3，加上年结转为3',
        messageEn:
          'The overview says "受理政府信息公开申请2件" (2) but in Table 3 (applications received and handled) new applications are 3, 3 with those carried over',
        metric: 'applications.received.total',
        metrics: [
          'applications.received.total',
          'applications.carriedIn.total',
          'applications.resultTotal.total',
        ],
        location: { kind: 'text', line: 7, column: 1 },
      },
    ]);
  });

  it('accepts 受理 meaning new plus carried over', () => {
    expect(
      prose('共受理政府信息公开申请82件。', {
        ...applicationRow('received', [80, 0, 0, 0, 0, 0, 80]),
        ...applicationRow('carriedIn', [2, 0, 0, 0, 0, 0, 2]),
      }),
    ).toEqual([]);
  });

  it('accepts 办理 meaning the concluded applications, but not 受理', () => {
    const values = {
      ...applicationRow('received', [80, 0, 0, 0, 0, 0, 80]),
      ...applicationRow('carriedIn', [2, 0, 0, 0, 0, 0, 2]),
      'applications.resultTotal.total': 74,
    };
    expect(prose('共办理政府信息公开申请74件。', values)).toEqual([]);
    expect(prose('共受理政府信息公开申请74件。', values)).toHaveLength(1);
  });

  it('checks 上年结转, 结转下年, 行政复议 and 行政诉讼 (the Panyu 2024 sentences)', () => {
    const text =
      '2024年共办理政府信息公开申请80件，同比增长5.26%；上年结转2件，结转下年办理8件。' +
      '因政府信息公开申请被行政复议5宗、行政诉讼0宗，其中2宗维持原答复。';
    const values = {
      ...applicationRow('received', [78, 0, 0, 0, 0, 0, 78]),
      ...applicationRow('carriedIn', [2, 0, 0, 0, 0, 0, 2]),
      ...applicationRow('carriedForward', [8, 0, 0, 0, 0, 0, 8]),
      ...reviewGroup('review', [2, 1, 1, 1, 5]),
      ...reviewGroup('litigationDirect', [0, 0, 0, 0, 0]),
      ...reviewGroup('litigationAfterReview', [null, null, null, null, null]),
    };
    expect(prose(text, values, 2024)).toEqual([]);
    const wrong = prose(
      text,
      {
        ...values,
        'applications.carriedIn.total': 3,
        'applications.carriedForward.total': 9,
        'review.total': 4,
        'litigationDirect.total': 1,
      },
      2024,
    );
    expect(wrong.map((f) => f.metric)).toEqual([
      'applications.received.total',
      'applications.carriedIn.total',
      'applications.carriedForward.total',
      'review.total',
      'litigationDirect.total',
    ]);
    expect(wrong[3]?.message).toBe(
      '“总体情况”正文称“行政复议5宗”，与表四（政府信息公开行政复议、行政诉讼情况）不一致：行政复议 · 总计为4',
    );
  });

  it('reads full-width digits and small Chinese numerals', () => {
    expect(
      prose('共受理政府信息公开申请３件。', table3).map((f) => f.code),
    ).toEqual([]);
    expect(
      prose(
        '因政府信息公开工作被申请行政复议两件。',
        reviewGroup('review', [3, 0, 0, 0, 3]),
      ).map((f) => f.metric),
    ).toEqual(['review.total']);
  });

  it('ignores figures about another year', () => {
    expect(
      prose(
        '2022年受理政府信息公开申请76件，去年受理政府信息公开申请70件。',
        table3,
      ),
    ).toEqual([]);
  });

  it('ignores 行政复议 figures of other work and other 申请 figures', () => {
    const values = { ...table3, ...reviewGroup('review', [0, 0, 0, 0, 0]) };
    expect(
      prose(
        '全年办理行政复议案件120件。2025年办理挖掘（占用）城市道路申请件77件。',
        values,
      ),
    ).toEqual([]);
  });

  it('skips claims whose table cell is blank, missing or not applicable', () => {
    expect(
      prose('共受理政府信息公开申请2件，行政诉讼3件。', {
        'applications.received.total': null,
      }),
    ).toEqual([]);
  });

  it('does nothing without an overview', () => {
    expect(
      checkProse(makeReport({ omitSections: ['overview'], values: table3 })),
    ).toEqual([]);
  });
});

describe('R11 (G2): 逾期未缴费 implies 信息处理费 in 六', () => {
  const fee = (total: CellSpec, spec: ReportSpec = {}) =>
    checkFeeReporting(
      makeReport({
        values: {
          ...applicationRow('otherOverdueFee', [
            total === null ? 1 : 0,
            0,
            0,
            0,
            0,
            0,
            total,
          ]),
          'proactive.fees.amountWan': 26.55,
        },
        ...spec,
      }),
    );

  it('warns when 六 is silent about 信息处理费', () => {
    const findings = fee(2);
    expect(findings.map((f) => [f.code, f.severity, f.metric])).toEqual([
      ['R11', 'warning', 'applications.otherOverdueFee.total'],
    ]);
    expect(findings[0]?.message).toContain(
      '“其他需要报告的事项”未提及信息处理费',
    );
  });

  it('is satisfied by a 信息处理费 sentence, even with amount 0', () => {
    expect(
      fee(2, { sectionText: { other: '本年度未收取信息处理费。' } }),
    ).toEqual([]);
  });

  it('counts a filled applicant column when 总计 is blank', () => {
    expect(fee(null).map((f) => f.code)).toEqual(['R11']);
  });

  it('does nothing when no application lapsed for fees', () => {
    expect(fee(0)).toEqual([]);
  });

  it('does not run on G1 tables, whatever 行政事业性收费 says', () => {
    expect(
      checkFeeReporting(
        makeReport({
          generation: 'G1',
          values: {
            ...applicationRow('otherHandling', [3, 0, 0, 0, 0, 0, 3]),
            'proactive.fees.itemChange': 2,
          },
        }),
      ),
    ).toEqual([]);
  });

  it('warns when 六 is missing, unless the document was cut off', () => {
    expect(fee(1, { omitSections: ['other'] })[0]?.message).toContain(
      '报告缺少“其他需要报告的事项”',
    );
    expect(fee(1, { omitSections: ['other'], truncated: true })).toEqual([]);
  });
});
