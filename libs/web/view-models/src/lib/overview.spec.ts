import type { BoardSummaryInput, CityTotalInput } from './overview';
import {
  buildHeadlines,
  cityTrend,
  overviewQueryMetrics,
  summarySentence,
  topContributor,
} from './overview';

const t = (
  year: number,
  metric: string,
  total: number,
  reported = 10,
): CityTotalInput => ({ year, metric, total, reported });

const totals: CityTotalInput[] = [
  t(2020, 'applications.received.total', 100),
  t(2021, 'applications.received.total', 118),
  t(2021, 'applications.granted.total', 60),
  t(2021, 'applications.partlyGranted.total', 15),
  t(2021, 'applications.resultTotal.total', 100),
  t(2020, 'proactive.procurement.amountWan', 3021.5),
  // Every report left it blank: no number, not 0.
  t(2021, 'review.total', 0, 0),
];

const board = (year: number, onTime: number): BoardSummaryInput => ({
  year,
  onTime,
  late: 2,
  counts: {
    accepted: 5,
    submitted: 2,
    submittedWithErrors: 2,
    pending: 0,
    returned: 0,
    missing: 1,
    notExpected: 3,
  },
});

describe('buildHeadlines', () => {
  const boards = new Map([
    [2020, board(2020, 6)],
    [2021, board(2021, 8)],
  ]);
  const byId = (year: number) =>
    new Map(
      buildHeadlines(year, totals, boards, 'zh-CN').map((h) => [h.id, h]),
    );

  it('computes the disclosure rate with the domain formula', () => {
    const h = byId(2021).get('derived.disclosureRate');
    expect(h?.value).toBeCloseTo(0.75);
    expect(h?.formula).toContain('予以公开');
    expect(h?.display).toBe('75.0%');
  });

  it('gives the year-over-year change', () => {
    expect(byId(2021).get('applications.received.total')?.change?.text).toBe(
      '+18%',
    );
  });

  it('says how many reports stand behind a figure', () => {
    const h = byId(2021).get('applications.received.total');
    expect([h?.reports, h?.previousReports]).toEqual([10, 10]);
    expect(byId(2021).get('review.total')?.reports).toBe(0);
    expect(byId(2021).get('compliance.onTimeRate')?.reports).toBeNull();
  });

  it('keeps blank city totals blank', () => {
    const h = byId(2021).get('review.total');
    expect(h?.value).toBeNull();
    expect(h?.display).toBe('—');
  });

  it('labels procurement as dropped by the 2021 format', () => {
    expect(byId(2021).get('proactive.procurement.amountWan')?.note).toMatch(
      /2019–2020/,
    );
    const in2020 = byId(2020).get('proactive.procurement.amountWan');
    expect(in2020?.note).toBeNull();
    expect(in2020?.display).toBe('3,021.50 万元');
  });

  it('rates compliance over the departments expected to report', () => {
    const h = byId(2021);
    // 10 expected (notExpected excluded): 8 on time; accepted + submitted = 7.
    expect(h.get('compliance.onTimeRate')?.value).toBeCloseTo(0.8);
    expect(h.get('compliance.cleanRate')?.value).toBeCloseTo(0.7);
    expect(h.get('compliance.onTimeRate')?.change?.text).toBe('+20 个百分点');
  });

  it('leaves departments not yet due out of the rates, and says how many', () => {
    const due = board(2021, 8);
    const withPending = new Map([
      [2020, board(2020, 6)],
      [2021, { ...due, counts: { ...due.counts, pending: 3 } }],
    ]);
    const h = new Map(
      buildHeadlines(2021, totals, withPending, 'zh-CN').map((x) => [x.id, x]),
    );
    expect(h.get('compliance.onTimeRate')?.value).toBeCloseTo(0.8);
    expect(h.get('compliance.cleanRate')?.value).toBeCloseTo(0.7);
    expect(h.get('compliance.onTimeRate')?.note).toBe(
      '另有 3 个部门尚未到报送期限，未计入。',
    );
    expect(byId(2021).get('compliance.onTimeRate')?.note).toBeNull();
  });

  it('asks the API for every input of the derived formulas', () => {
    const ids = overviewQueryMetrics();
    expect(ids).toContain('applications.resultTotal.total');
    expect(ids).toContain('litigationAfterReview.total');
    expect(ids.some((id) => id.startsWith('compliance.'))).toBe(false);
  });
});

describe('cityTrend', () => {
  it('marks years whose format has no such metric, and blank years', () => {
    const [line] = cityTrend(
      ['proactive.procurement.amountWan'],
      2020,
      2022,
      totals,
      new Map(),
      'en',
    );
    expect(line?.comparableAcrossGenerations).toBe(false);
    expect(line?.points.map((p) => p.status)).toEqual([
      'reported',
      'notInGeneration',
      'notInGeneration',
    ]);
  });
});

describe('summary sentences', () => {
  const lines = [
    {
      department: '住建局',
      points: [
        { year: 2020, value: 10 },
        { year: 2021, value: 30 },
      ],
    },
    {
      department: '民政局',
      points: [
        { year: 2020, value: 10 },
        { year: 2021, value: 8 },
      ],
    },
    { department: '新设局', points: [{ year: 2021, value: 50 }] },
  ];

  it('names the department that contributed most to the change', () => {
    const reportedBoth = lines.slice(0, 2);
    expect(topContributor(reportedBoth, 2021, 'up')).toEqual({
      department: '住建局',
      change: 20,
      missingIn: null,
    });
    expect(topContributor(lines, 2021, 'down')).toEqual({
      department: '民政局',
      change: -2,
      missingIn: null,
    });
  });

  it('counts a department with a number in one year only by all of it, and says so', () => {
    // 新设局 had no number in 2020: the city's sum rose by its 50.
    expect(topContributor(lines, 2021, 'up')).toEqual({
      department: '新设局',
      change: 50,
      missingIn: 2020,
    });
    const gone = [
      ...lines.slice(0, 2),
      { department: '公安局', points: [{ year: 2020, value: 467 }] },
    ];
    const top = topContributor(gone, 2021, 'down');
    expect(top).toEqual({
      department: '公安局',
      change: -467,
      missingIn: 2021,
    });
    const [down] = buildHeadlines(
      2021,
      [
        t(2020, 'applications.received.total', 585),
        t(2021, 'applications.received.total', 118),
      ],
      new Map(),
      'zh-CN',
    );
    expect(down && summarySentence(down, 2021, top, 'zh-CN')).toBe(
      '2021 年新收申请 118，同比减少 79.8%，变化主要来自公安局（-467，2021 年无数字）。',
    );
  });

  it('writes the sentence from a template in both languages', () => {
    const boards = new Map<number, BoardSummaryInput>();
    const [zh] = buildHeadlines(2021, totals, boards, 'zh-CN');
    const [en] = buildHeadlines(2021, totals, boards, 'en');
    const top = topContributor(lines.slice(0, 2), 2021, 'up');
    expect(zh && summarySentence(zh, 2021, top, 'zh-CN')).toBe(
      '2021 年新收申请 118，同比增加 18%，变化主要来自住建局（+20）。',
    );
    expect(en && summarySentence(en, 2021, top, 'en')).toMatch(
      /up 18% year over year, most of it at 住建局 \(\+20\)\.$/,
    );
  });
});
