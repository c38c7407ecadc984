import type { CellSpec } from '../../testing/report.factory';
import {
  applicationRow,
  consistentG2Values,
  makeReport,
  makeTable,
  reviewGroup,
} from '../../testing/report.factory';
import { checkArithmetic } from './arithmetic-checks';
import { BlankAsZeroNotes } from './blank-notes';

function run(values: Record<string, CellSpec>) {
  const notes = new BlankAsZeroNotes();
  const findings = checkArithmetic(makeReport({ values }), notes);
  return { findings, notes: notes.toFindings() };
}

const g2 = (changes: Record<string, CellSpec> = {}) => ({
  ...consistentG2Values(),
  ...changes,
});

const codesAndMetrics = (
  findings: readonly { code: string; metric?: string }[],
) => findings.map((f) => [f.code, f.metric]);

describe('R1: new + carried over = concluded + carried forward', () => {
  it('holds on every column of the G2 vector', () => {
    expect(run(g2())).toEqual({ findings: [], notes: [] });
  });

  it('fails per column, as an error naming the column', () => {
    const { findings } = run(
      g2({
        'applications.carriedForward.natural': 701,
        'applications.carriedForward.total': 820,
      }),
    );
    expect(codesAndMetrics(findings)).toEqual([
      ['R1', 'applications.received.natural'],
      ['R1', 'applications.received.total'],
    ]);
    expect(findings[1]).toMatchObject({
      severity: 'error',
      message:
        '第一项加第二项之和（14069+560=14629）不等于第三项加第四项之和（13810+820=14630）：总计列',
      messageEn:
        'New plus carried over (14069+560=14629) does not equal concluded plus carried forward (13810+820=14630): column total',
    });
  });

  it('warns when the right-hand side is entirely blank', () => {
    const { findings } = run({
      'applications.received.total': 5,
      'applications.carriedIn.total': 0,
      'applications.resultTotal.total': null,
      'applications.carriedForward.total': null,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'R1_SIDE_BLANK',
      severity: 'warning',
      message:
        '总计列：第三项（办理结果总计）和第四项（结转下年度继续办理）均为空白，而第一项加第二项之和为5+0=5，勾稽关系无法核对',
    });
  });

  it('reads a not-applicable cell as 0, and says so when the balance fails', () => {
    // 社会公益组织 carried in nothing: written as / instead of 0, every balance holds
    // (read as 0, the / raises no false error).
    expect(
      run(g2({ 'applications.carriedIn.socialWelfare': '/' })).findings,
    ).toEqual([]);
    // A total that does not add up is found although one of its cells is —.
    const { findings } = run(
      g2({
        'applications.received.research': '/',
        'applications.received.total': 99999,
      }),
    );
    const r3 = findings.find(
      (f) => f.code === 'R3' && f.metric === 'applications.received.total',
    );
    expect(r3?.message).toMatch(
      /\+\/\+.*（另有1个单元格填“\/”或“—”，已按0计算）$/,
    );
    expect(r3?.messageEn).toMatch(
      /\(1 cell\(s\) marked not applicable \(\/ or —\), read as 0\)$/,
    );
  });
});

describe('R2: （七）总计 = sum of the result rows', () => {
  it('fails in G2 when a result row is off', () => {
    const { findings } = run(
      g2({
        'applications.otherMisc.natural': 211,
        'applications.otherMisc.total': 221,
      }),
    );
    expect(codesAndMetrics(findings)).toEqual([
      ['R2', 'applications.resultTotal.natural'],
      ['R2', 'applications.resultTotal.total'],
    ]);
    expect(findings[0]?.message).toBe(
      '自然人列：（七）总计（11800）不等于各项办理结果之和（8000+1000+10+20+5+30+15+40+10+50+1500+300+100+200+150+20+30+10+100+0+211=11801）',
    );
    expect(findings[0]?.metrics).toHaveLength(22);
  });

  it('uses the single （六）其他处理 row in G1', () => {
    const values = g2();
    for (const row of [
      'otherOverdueCorrection',
      'otherOverdueFee',
      'otherMisc',
    ]) {
      for (const key of Object.keys(values)) {
        if (key.startsWith(`applications.${row}.`)) delete values[key];
      }
    }
    Object.assign(
      values,
      applicationRow('otherHandling', [310, 20, 2, 2, 5, 2, 341]),
    );
    expect(run(values).findings).toEqual([]);
    values['applications.otherHandling.total'] = 340;
    values['applications.otherHandling.otherOrg'] = 1;
    expect(codesAndMetrics(run(values).findings)).toEqual([
      ['R2', 'applications.resultTotal.otherOrg'],
      ['R2', 'applications.resultTotal.total'],
    ]);
  });

  it('lets the table generation decide when both forms of （六） are present', () => {
    const values = g2(
      applicationRow('otherHandling', [null, null, null, null, null, null, 7]),
    );
    const report = (generation: 'G1' | 'G2') =>
      makeReport({
        values,
        tables: [makeTable('applications', { generation })],
      });
    const r2 = (generation: 'G1' | 'G2') =>
      checkArithmetic(report(generation), new BlankAsZeroNotes())
        .filter((f) => f.code.startsWith('R2'))
        .map((f) => f.metric);
    expect(r2('G2')).toEqual([]);
    // Read as G1, the three G2 rows are left out and the sums no longer hold.
    expect(r2('G1')).toContain('applications.resultTotal.total');
  });

  it('skips when the result rows were cut off', () => {
    const values = g2();
    // Read as 0, the missing 210 would make the 自然人 column fail.
    delete values['applications.otherMisc.natural'];
    expect(run(values)).toEqual({ findings: [], notes: [] });
  });
});

describe('R3: 总计 = sum of the six applicant columns', () => {
  it('fails on the row whose total is off', () => {
    const { findings } = run(g2({ 'applications.granted.commercial': 1001 }));
    expect(codesAndMetrics(findings)).toEqual([
      ['R2', 'applications.resultTotal.commercial'],
      ['R3', 'applications.granted.total'],
    ]);
    expect(findings[1]?.message).toBe(
      '（一）予以公开：总计（9370）不等于各申请人类别之和（8000+1001+60+40+200+70=9371）',
    );
  });

  it('warns when only the 总计 column is filled (applicant cells blank)', () => {
    const { findings, notes } = run(
      applicationRow('granted', [null, null, null, null, null, null, 4]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'R3_SIDE_BLANK',
      metric: 'applications.granted.total',
      message: '（一）予以公开：总计为4，但各申请人类别均为空白',
    });
    expect(notes).toEqual([]);
  });

  it('treats a zero total with blank parts as holding, noted once', () => {
    const { findings, notes } = run({
      ...applicationRow('granted', [0, null, null, null, null, null, 0]),
      ...applicationRow('partlyGranted', [
        null,
        null,
        null,
        null,
        null,
        null,
        0,
      ]),
    });
    expect(findings).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      code: 'R5_BLANK_AS_ZERO',
      severity: 'info',
      metric: 'applications.granted.commercial',
    });
    expect(notes[0]?.message).toContain('R3 （一）予以公开、R3 （二）部分公开');
    expect(notes[0]?.metrics).toHaveLength(11);
  });
});

describe('R4: total = upheld + corrected + other + pending', () => {
  it('fails per group', () => {
    const { findings } = run(
      g2(reviewGroup('litigationAfterReview', [1, 0, 0, 1, 1])),
    );
    expect(codesAndMetrics(findings)).toEqual([
      ['R4', 'litigationAfterReview.total'],
    ]);
    expect(findings[0]?.message).toBe(
      '行政诉讼（复议后起诉）：总计（1）不等于结果维持、结果纠正、其他结果、尚未审结之和（1+0+0+1=2）',
    );
  });

  it('warns when the total is blank but outcomes are filled', () => {
    const { findings } = run(reviewGroup('review', [2, null, null, 1, null]));
    expect(codesAndMetrics(findings)).toEqual([
      ['R4_SIDE_BLANK', 'review.total'],
    ]);
  });

  it('holds with a single blank read as 0, noted for table 四', () => {
    const { findings, notes } = run(reviewGroup('review', [2, null, 0, 1, 3]));
    expect(findings).toEqual([]);
    expect(notes.map((n) => [n.code, n.metrics])).toEqual([
      ['R5_BLANK_AS_ZERO', ['review.corrected']],
    ]);
  });

  it('skips a group that is entirely blank', () => {
    const { findings, notes } = run(
      reviewGroup('review', [null, null, null, null, null]),
    );
    expect(findings).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('skips a group with an unreadable cell', () => {
    const { findings } = run(reviewGroup('review', [2, '?', 0, 0, 9]));
    expect(findings).toEqual([]);
  });
});

describe('R9 (G1): total published ≥ newly published', () => {
  it('passes when equal or greater', () => {
    expect(
      run({
        'proactive.rules.newlyPublished': 13,
        'proactive.rules.totalPublished': 524,
        'proactive.normativeDocs.newlyPublished': 60,
        'proactive.normativeDocs.totalPublished': 60,
      }).findings,
    ).toEqual([]);
  });

  it('warns when the total is smaller, also when it is blank', () => {
    const { findings } = run({
      'proactive.rules.newlyPublished': 8,
      'proactive.rules.totalPublished': 5,
      'proactive.normativeDocs.newlyPublished': 3,
      'proactive.normativeDocs.totalPublished': null,
    });
    expect(findings.map((f) => [f.code, f.severity, f.metric])).toEqual([
      ['R9', 'warning', 'proactive.rules.totalPublished'],
      ['R9', 'warning', 'proactive.normativeDocs.totalPublished'],
    ]);
    expect(findings[0]?.message).toBe(
      '规章：对外公开总数量（5）小于本年新公开数量（8）',
    );
    expect(findings[1]?.message).toContain('空白');
  });
});
