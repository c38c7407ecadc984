import type { CellSpec } from '../../testing/report.factory';
import { makeReport } from '../../testing/report.factory';
import { checkValues } from './value-checks';

const run = (values: Record<string, CellSpec>) =>
  checkValues(makeReport({ values }));

describe('R5: values', () => {
  it('accepts whole non-negative counts, signed changes and decimal money', () => {
    expect(
      run({
        'applications.received.total': 0,
        'proactive.licensing.itemChange': -71,
        'proactive.fees.amountWan': 0.092,
        'proactive.procurement.amountWan': 25.1,
        'review.total': '/',
        'review.upheld': '?',
      }),
    ).toEqual([]);
  });

  it('reports a negative count as an error on that cell', () => {
    const findings = run({ 'applications.received.natural': -3 });
    expect(findings).toEqual([
      {
        code: 'R5_NEGATIVE',
        severity: 'error',
        message:
          '一、本年新收政府信息公开申请数量 · 自然人为负数（-3，原文“-3”）',
        messageEn:
          'New applications received · natural persons is negative (-3, written "-3")',
        metric: 'applications.received.natural',
        metrics: ['applications.received.natural'],
        location: { kind: 'text', line: 1, column: 1 },
      },
    ]);
  });

  it('reports negative money and non-integer counts', () => {
    const findings = run({
      'proactive.fees.amountWan': -0.5,
      'review.total': 2.5,
      'proactive.penalty.itemChange': 1.5,
    });
    expect(findings.map((f) => [f.code, f.metric])).toEqual([
      ['R5_NOT_INTEGER', 'proactive.penalty.itemChange'],
      ['R5_NEGATIVE', 'proactive.fees.amountWan'],
      ['R5_NOT_INTEGER', 'review.total'],
    ]);
  });

  it('reports blank cells once per table, in table order', () => {
    const findings = run({
      'review.corrected': null,
      'applications.received.research': null,
      'applications.received.socialWelfare': null,
      'proactive.licensing.decisions': null,
      'applications.received.total': 5,
    });
    expect(findings.map((f) => [f.code, f.severity, f.metrics])).toEqual([
      ['R5_BLANK', 'info', ['proactive.licensing.decisions']],
      [
        'R5_BLANK',
        'info',
        [
          'applications.received.research',
          'applications.received.socialWelfare',
        ],
      ],
      ['R5_BLANK', 'info', ['review.corrected']],
    ]);
    expect(findings[1]?.message).toBe(
      '表三（收到和处理政府信息公开申请情况）有2个空白单元格（空白表示未填报，不等于0）：一、本年新收政府信息公开申请数量 · 科研机构、一、本年新收政府信息公开申请数量 · 社会公益组织',
    );
  });

  it('ignores ids that are not in the registry', () => {
    expect(run({ 'proactive.extra.inspections': -1 })).toEqual([]);
  });
});
