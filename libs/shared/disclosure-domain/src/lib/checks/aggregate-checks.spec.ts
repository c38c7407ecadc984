import type { CellSpec } from '../../testing/report.factory';
import { makeReport } from '../../testing/report.factory';
import { compareWithParts } from './aggregate-checks';

const report = (
  values: Record<string, CellSpec>,
  year = 2022,
  agency = '某局',
) => makeReport({ year, agency, values });

describe('R12: parts ≤ aggregate', () => {
  it('is silent when the parts add up to at most the aggregate', () => {
    const city = report({
      'applications.received.total': 11,
      'review.total': 2,
    });
    const parts = [
      report({ 'applications.received.total': 6, 'review.total': 2 }),
      report({ 'applications.received.total': 5, 'review.total': null }),
    ];
    expect(compareWithParts(city, parts)).toEqual([]);
  });

  it('is an info finding per cell where the parts exceed the aggregate', () => {
    const city = report({
      'review.total': 1,
      'applications.received.total': 10,
      'proactive.fees.amountWan': 0.3,
    });
    const parts = [
      report({
        'applications.received.total': 6,
        'proactive.fees.amountWan': 0.1,
      }),
      report({
        'applications.received.total': 5,
        'review.total': 1,
        'proactive.fees.amountWan': 0.2,
      }),
    ];
    const findings = compareWithParts(city, parts);
    expect(findings.map((f) => [f.code, f.severity, f.metric])).toEqual([
      ['R12', 'info', 'applications.received.total'],
    ]);
    expect(findings[0]?.message).toBe(
      '一、本年新收政府信息公开申请数量 · 总计：2份部门报告之和（11）大于汇总报告的数值（10）；汇总范围各地不同，仅供参考',
    );
  });

  it('skips signed changes and cells the aggregate leaves blank', () => {
    const city = report({
      'proactive.licensing.itemChange': 1,
      'applications.received.total': null,
    });
    const parts = [
      report({
        'proactive.licensing.itemChange': 5,
        'applications.received.total': 4,
      }),
    ];
    expect(compareWithParts(city, parts)).toEqual([]);
  });

  it('leaves out parts of another year and says so', () => {
    const city = report({ 'applications.received.total': 10 });
    const parts = [
      report({ 'applications.received.total': 9 }, 2022, '甲局'),
      report({ 'applications.received.total': 9 }, 2021, '乙局'),
    ];
    const findings = compareWithParts(city, parts);
    expect(findings.map((f) => f.code)).toEqual(['R12_PART_SKIPPED']);
    expect(findings[0]?.message).toBe(
      '以下报告与汇总报告（2022年度）年度不同，未计入汇总核对：乙局（2021年度）',
    );
  });
});
