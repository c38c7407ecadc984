import type { CellSpec } from '../../testing/report.factory';
import { makeReport } from '../../testing/report.factory';
import type { AgencyKind } from './rule-making-power';
import { checkRuleMaking, ruleMakingPower } from './rule-making-power';

describe('ruleMakingPower', () => {
  it.each([
    ['西宁市城中区城乡建设局', undefined, 'none'],
    ['衡东县杨林镇人民政府', undefined, 'none'],
    ['长沙市天心区桂花坪街道办事处', undefined, 'none'],
    ['化隆县群科新区综合服务中心', undefined, 'none'],
    ['广州市番禺区人民政府办公室', undefined, 'none'],
    ['上海市人民政府办公厅', undefined, 'possible'],
    ['广西壮族自治区人民政府', undefined, 'possible'],
    ['迁安市人民政府', 'government', 'possible'],
    ['国家市场监督管理总局', 'department', 'unknown'],
    ['财政部', undefined, 'unknown'],
    ['某某研究会', undefined, 'unknown'],
    [null, undefined, 'unknown'],
    [null, 'department', 'none'],
    [null, 'township', 'none'],
    ['某市人民政府', 'other', 'possible'],
  ] as const)('%s (%s) → %s', (name, kind, expected) => {
    expect(ruleMakingPower(name, kind as AgencyKind | undefined)).toBe(
      expected,
    );
  });
});

describe('R13 (G2): 规章 counts from an agency without rule-making power', () => {
  const rules = (issued: CellSpec, inForce: CellSpec = 0) => ({
    'proactive.rules.issued': issued,
    'proactive.rules.repealed': 0,
    'proactive.rules.inForce': inForce,
  });

  it('is an info finding naming every positive cell', () => {
    const report = makeReport({
      agency: '西宁市城中区城乡建设局',
      values: rules(2, 1),
    });
    const findings = checkRuleMaking(report);
    expect(findings).toEqual([
      {
        code: 'R13',
        severity: 'info',
        message:
          '西宁市城中区城乡建设局没有规章制定权，但规章 · 本年制发件数为2，规章 · 现行有效件数为1；此类机关的规章一行通常填“/”或0',
        messageEn:
          '西宁市城中区城乡建设局 cannot make rules (规章) but reports Rules · issued this year 2, Rules · in force 1; such agencies usually write "/" or 0 in the rules row',
        metric: 'proactive.rules.issued',
        metrics: ['proactive.rules.issued', 'proactive.rules.inForce'],
        location: { kind: 'text', line: 1, column: 1 },
      },
    ]);
  });

  it('is silent for /, 0, agencies that may make rules, and unknown agencies', () => {
    expect(
      checkRuleMaking(
        makeReport({ agency: '某区统计局', values: rules('/', '/') }),
      ),
    ).toEqual([]);
    expect(
      checkRuleMaking(makeReport({ agency: '某区统计局', values: rules(0) })),
    ).toEqual([]);
    expect(
      checkRuleMaking(
        makeReport({ agency: '上海市人民政府办公厅', values: rules(13, 200) }),
      ),
    ).toEqual([]);
    expect(checkRuleMaking(makeReport({ values: rules(1) }))).toEqual([]);
  });

  it('uses the agency kind given by the caller', () => {
    expect(
      checkRuleMaking(makeReport({ values: rules(1) }), 'department').map(
        (f) => f.code,
      ),
    ).toEqual(['R13']);
  });

  it('does not read G1 columns', () => {
    expect(
      checkRuleMaking(
        makeReport({
          agency: '衡东县杨林镇人民政府',
          generation: 'G1',
          values: { 'proactive.rules.newlyMade': 1 },
        }),
      ),
    ).toEqual([]);
  });
});
