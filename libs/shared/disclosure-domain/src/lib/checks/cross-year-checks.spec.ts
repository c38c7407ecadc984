import type { CellSpec } from '../../testing/report.factory';
import { applicationRow, makeReport } from '../../testing/report.factory';
import { checkCrossYear } from './cross-year-checks';

const pair = (
  now: Record<string, CellSpec>,
  before: Record<string, CellSpec>,
  years: [number | null, number | null] = [2022, 2021],
) =>
  checkCrossYear(
    makeReport({ year: years[0], values: now }),
    makeReport({ year: years[1], values: before }),
  );

describe('R6: carried over (N) = carried forward (N−1)', () => {
  it('passes when every column matches', () => {
    expect(
      pair(
        applicationRow('carriedIn', [72, 0, 0, 0, 0, 0, 72]),
        applicationRow('carriedForward', [72, 0, 0, 0, 0, 0, 72]),
      ),
    ).toEqual([]);
  });

  it('warns per column that differs', () => {
    const findings = pair(
      applicationRow('carriedIn', [70, 0, 0, 0, 2, 0, 72]),
      applicationRow('carriedForward', [72, 0, 0, 0, 0, 0, 72]),
    );
    expect(findings.map((f) => [f.code, f.severity, f.metric])).toEqual([
      ['R6', 'warning', 'applications.carriedIn.natural'],
      ['R6', 'warning', 'applications.carriedIn.legalService'],
    ]);
    expect(findings[0]?.message).toBe(
      '自然人列：上年结转政府信息公开申请数量（70）不等于2021年度报告的结转下年度继续办理（72）；机构改革、数据更正等可能造成合理差异',
    );
    expect(findings[0]?.metrics).toEqual([
      'applications.carriedIn.natural',
      'applications.carriedForward.natural',
    ]);
  });

  it('applies the blank policy: both blank skip, one blank against a number warns', () => {
    const findings = pair(
      applicationRow('carriedIn', [null, null, null, null, null, null, 18]),
      applicationRow('carriedForward', [18, null, null, null, null, 0, 18]),
    );
    expect(findings.map((f) => f.metric)).toEqual([
      'applications.carriedIn.natural',
    ]);
    expect(findings[0]?.message).toContain('（空白）');
    expect(findings[0]?.message).toContain('已按0计算');
  });

  it('reads a not-applicable cell as 0 and says so', () => {
    const findings = pair(
      applicationRow('carriedIn', ['/', 0, 0, 0, 0, 0, 0]),
      applicationRow('carriedForward', [5, 0, 0, 0, 0, 0, 5]),
    );
    expect(findings.map((f) => f.metric)).toEqual([
      'applications.carriedIn.natural',
      'applications.carriedIn.total',
    ]);
    expect(findings[0]?.message).toBe(
      '自然人列：上年结转政府信息公开申请数量（/）不等于2021年度报告的结转下年度继续办理（5）（另有1个单元格填“/”或“—”，已按0计算）；机构改革、数据更正等可能造成合理差异',
    );
  });

  it('skips when the previous report lacks the row', () => {
    expect(
      pair(applicationRow('carriedIn', [1, 0, 0, 0, 0, 0, 1]), {}),
    ).toEqual([]);
  });
});

describe('previous report of another year', () => {
  it.each([
    [2022, 2020],
    [2022, 2022],
    [null, 2021],
    [2022, null],
  ] as const)('reports %s vs %s once and runs no cross-year rule', (a, b) => {
    const findings = pair(
      applicationRow('carriedIn', [1, 0, 0, 0, 0, 0, 1]),
      applicationRow('carriedForward', [9, 0, 0, 0, 0, 0, 9]),
      [a, b],
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['PREVIOUS_NOT_PRIOR_YEAR', 'info'],
    ]);
  });
});

describe('R7 (G2): in force ≈ last year in force + issued − repealed', () => {
  const now = {
    'proactive.normativeDocs.issued': 5,
    'proactive.normativeDocs.repealed': 2,
    'proactive.normativeDocs.inForce': 40,
  };

  it('passes when the stock carries over', () => {
    expect(pair(now, { 'proactive.normativeDocs.inForce': 37 })).toEqual([]);
  });

  it('is an info finding when it does not', () => {
    const findings = pair(now, { 'proactive.normativeDocs.inForce': 30 });
    expect(findings.map((f) => [f.code, f.severity, f.metric])).toEqual([
      ['R7', 'info', 'proactive.normativeDocs.inForce'],
    ]);
    expect(findings[0]?.message).toBe(
      '行政规范性文件：现行有效件数（40）不等于上年现行有效件数加本年制发件数减本年废止件数（30+5−2=33）；修订、清理和统计口径可能造成差异',
    );
  });

  it('skips rows with / or blank cells', () => {
    expect(
      pair(
        {
          'proactive.rules.issued': '/',
          'proactive.rules.repealed': '/',
          'proactive.rules.inForce': '/',
          ...now,
          'proactive.normativeDocs.repealed': null,
        },
        { 'proactive.rules.inForce': 3, 'proactive.normativeDocs.inForce': 1 },
      ),
    ).toEqual([]);
  });
});

describe('R8 (G1, 2019 → 2020): items last year carried forward', () => {
  it('passes and fails as an info finding', () => {
    const before = {
      'proactive.penalty.previousItems': 79,
      'proactive.penalty.itemChange': -71,
      'proactive.licensing.previousItems': 21,
      'proactive.licensing.itemChange': 19,
    };
    const findings = pair(
      {
        'proactive.penalty.previousItems': 8,
        'proactive.licensing.previousItems': 39,
      },
      before,
      [2020, 2019],
    );
    expect(findings.map((f) => [f.code, f.severity, f.metric])).toEqual([
      ['R8', 'info', 'proactive.licensing.previousItems'],
    ]);
    expect(findings[0]?.message).toBe(
      '行政许可：上一年项目数量（39）不等于2019年度报告的上一年项目数量加本年增/减（21+19=40）',
    );
  });
});
