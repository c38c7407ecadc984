import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';

import { FIXTURES_DIR, readFixture } from '../../testing/fixtures';
import { arbitraryReportData, prng } from '../../testing/random-report';
import type {
  CellValue,
  Finding,
  ParsedReport,
  ReportData,
  SectionKey,
  TableKey,
} from '../model/report';
import { parseReport } from '../parse-report';
import { renderReport } from '../writer/render-report';
import type { AgencyKind, CheckOptions } from './check-report';
import { checkAggregate, checkReport } from './check-report';

/*
 * Golden test: pins every finding `checkReport` (and `checkAggregate`) produces —
 * code, severity, metric, metrics, location and both messages, in order — over the
 * fixtures, 300 random reports, the same reports broken in seeded random ways, and
 * cross-year pairs. The checks are tuned for speed; this makes sure no tuning changes
 * a single character of the output. Regenerate the snapshot only for an intended
 * change of behaviour (`-u`), never to make a refactoring pass.
 */

type Random = () => number;

const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

function pickMaybe<T>(random: Random, list: readonly T[]): T | undefined {
  return list[Math.floor(random() * list.length)];
}

/** For lists that are never empty (`undefined` may be one of the elements). */
function pickOne<T>(random: Random, list: readonly T[]): T {
  return pickMaybe(random, list) as T;
}

// ---- Serialisation ---------------------------------------------------------

function location(f: Finding): string {
  const l = f.location;
  if (!l) return '-';
  return l.kind === 'text'
    ? `L${l.line}:${l.column}`
    : `T${l.table}R${l.row}C${l.cell}`;
}

/** Every field of every finding, in order: one header line and the two messages. */
function serialise(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.code} ${f.severity} ${f.metric ?? '-'} ${location(f)} [${(f.metrics ?? []).join(',')}]\n  ${f.message}\n  ${f.messageEn}`,
    )
    .join('\n');
}

// Cases written out in full at the start of each group; the others are pinned by
// their codes and a digest of the full text (the snapshot stays a few hundred KB).
const SHOWN_IN_FULL = 3;

const dump: string[] = [];

/** A group of cases as the snapshot stores it. */
function snapshotOf(
  cases: readonly { name: string; findings: readonly Finding[] }[],
  shownInFull = SHOWN_IN_FULL,
): string {
  return cases
    .map(({ name, findings }, i) => {
      const full = serialise(findings);
      dump.push(`## ${name}\n${full}`);
      if (i < shownInFull) return `## ${name}\n${full}`;
      const digest = createHash('sha1').update(full).digest('hex').slice(0, 12);
      return `${name}: ${findings.map((f) => f.code).join(' ')} ${digest}`;
    })
    .join('\n');
}

// CHECKS_GOLDEN_DUMP=<file> writes every case in full, to diff two versions.
afterAll(() => {
  const file = process.env['CHECKS_GOLDEN_DUMP'];
  if (file) writeFileSync(file, dump.join('\n'));
});

function run(
  name: string,
  report: ParsedReport,
  options?: CheckOptions,
): { name: string; findings: Finding[] } {
  return { name, findings: checkReport(report, options) };
}

// ---- Inputs ----------------------------------------------------------------

function fixturePaths(): string[] {
  const out: string[] = [];
  for (const dir of ['valid', 'invalid']) {
    for (const file of readdirSync(join(FIXTURES_DIR, dir)).sort()) {
      out.push(`${dir}/${file}`);
    }
  }
  return out;
}

const RANDOM = fc.sample(arbitraryReportData({ blankRate: 0.2 }), {
  numRuns: 300,
  seed: 7,
});

const PARSED: readonly ParsedReport[] = RANDOM.map((data) =>
  parseReport(renderReport(data, 'text')),
);

const clone = (r: ParsedReport): ParsedReport => structuredClone(r);

// ---- Mutations of the values ---------------------------------------------

const cell = (
  status: CellValue['status'],
  value: number | null,
  raw: string,
  location: CellValue['location'],
): CellValue => ({ status, value, raw, location });

/** Breaks a few cells at random: changed, negative, fractional, blank, `/`, unreadable, gone. */
function mutateValues(report: ParsedReport, random: Random): void {
  const ids = Object.keys(report.values);
  const count = int(random, 1, 5);
  for (let k = 0; k < count && ids.length > 0; k++) {
    const id = pickOne(random, ids);
    const old = report.values[id];
    const loc = old?.location ?? null;
    const base = old?.value ?? 0;
    switch (int(random, 0, 9)) {
      case 0:
      case 1: {
        const v = base + int(random, 1, 7);
        report.values[id] = cell('number', v, String(v), loc);
        break;
      }
      case 2: {
        const v = Math.max(0, base - int(random, 1, 3));
        report.values[id] = cell('number', v, String(v), loc);
        break;
      }
      case 3: {
        const v = -int(random, 1, 9);
        report.values[id] = cell('number', v, String(v), loc);
        break;
      }
      case 4: {
        const v = base + pickOne(random, [0.5, 0.1 + 0.2, 1.25, 0.000001]);
        report.values[id] = cell('number', v, String(v), loc);
        break;
      }
      case 5:
        report.values[id] = cell('blank', null, '', loc);
        break;
      case 6:
        report.values[id] = cell('notApplicable', null, '/', loc);
        break;
      case 7:
        report.values[id] = cell('unreadable', null, '约3', loc);
        break;
      case 8:
        delete report.values[id];
        break;
      default: {
        const v = int(random, 0, 2000);
        report.values[id] = cell('number', v, `${v}件`, null);
        break;
      }
    }
  }
  // A whole row published blank: one side of R1–R4 may be entirely blank.
  if (random() < 0.1) {
    const prefix = pickOne(random, [
      'applications.received.',
      'applications.carriedIn.',
      'applications.resultTotal.',
      'applications.carriedForward.',
      'applications.granted.',
      'review.',
    ]);
    for (const id of ids) {
      const old = report.values[id];
      if (id.startsWith(prefix) && old) {
        report.values[id] = cell('blank', null, '', old.location);
      }
    }
  }
  // （六）其他处理 of the other generation too: the table's generation decides.
  if (random() < 0.08) {
    const row = pickOne(random, [
      'otherHandling',
      'otherMisc',
      'otherOverdueFee',
    ]);
    for (const col of ['natural', 'total']) {
      const v = int(random, 0, 3);
      report.values[`applications.${row}.${col}`] = cell(
        'number',
        v,
        String(v),
        null,
      );
    }
  }
  // Ids outside the registry must be ignored (or sorted last) by every check.
  if (random() < 0.1) {
    report.values['proactive.extra.test'] = cell('number', -1.5, '-1.5', null);
  }
  if (random() < 0.1) {
    report.values['applications.otherOverdueFee.bogus'] = cell(
      'number',
      3,
      '3',
      null,
    );
  }
}

// ---- Mutations of the document -------------------------------------------

const CHINESE = '零一二三四五六七八九';

function chineseNumeral(n: number, random: Random): string {
  if (n < 10) return n === 2 && random() < 0.5 ? '两' : (CHINESE[n] ?? '');
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 && random() < 0.5 ? '' : (CHINESE[tens] ?? '')}十${units === 0 ? '' : (CHINESE[units] ?? '')}`;
}

function writeNumber(n: number, random: Random): string {
  const r = random();
  if (r < 0.5 || n >= 100) return String(n);
  if (r < 0.75) {
    return Array.from(String(n), (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    ).join('');
  }
  return chineseNumeral(n, random);
}

function tableNumber(report: ParsedReport, id: string): number | null {
  const c = report.values[id];
  return c?.status === 'number' ? c.value : null;
}

/** A sentence of 总体情况 quoting a figure that may or may not match the tables. */
function claimSentence(report: ParsedReport, random: Random): string {
  const year = report.year ?? 2022;
  const prefix = pickOne(random, [
    '',
    '',
    '全年',
    '去年',
    '上年',
    '同期',
    `${year}年`,
    `${year - 1}年`,
    '2022年',
  ]);
  const quoted = (id: string): number => {
    const actual = tableNumber(report, id);
    return actual !== null && random() < 0.6
      ? actual +
          (random() < 0.2
            ? (tableNumber(report, 'applications.carriedIn.total') ?? 0)
            : 0)
      : int(random, 0, 120);
  };
  const n = (id: string) => writeNumber(quoted(id), random);
  const context = random() < 0.6 ? '因政府信息公开工作' : '因征地拆迁';
  switch (int(random, 0, 6)) {
    case 0:
    case 1:
      return `${prefix}${pickOne(random, ['受理', '收到', '接收', '新收', '办理', '处理'])}${pickOne(random, ['', '了'])}${pickOne(random, ['', '各类'])}${pickOne(random, ['政府信息公开申请', '依申请公开', '依申请公开政府信息申请'])}${pickOne(random, ['', '共计', '共', '合计'])}${pickOne(random, ['', ' '])}${n(pickOne(random, ['applications.received.total', 'applications.resultTotal.total']))}${pickOne(random, ['件', '个'])}`;
    case 2:
      return `${prefix}${pickOne(random, ['上年结转', '上一年度结转的', '上年度结转政府信息公开申请'])}${n('applications.carriedIn.total')}件`;
    case 3:
      return `${prefix}${pickOne(random, ['结转下年度继续办理', '结转至下一年度', '结转到下年度答复的申请'])}${n('applications.carriedForward.total')}件`;
    case 4:
      return `${context}被申请行政复议${pickOne(random, ['', '案件', '案件共'])}${n('review.total')}${pickOne(random, ['件', '宗', '起', '个'])}`;
    case 5:
      return `${context}被提起行政诉讼${pickOne(random, ['', '案件'])}${n('litigationDirect.total')}${pickOne(random, ['件', '宗', '起'])}`;
    default:
      return `${prefix}工作平稳有序，发布信息${int(random, 1, 500)}条`;
  }
}

const SEPARATORS = ['，', '。', '；', '\n', ',', '、'];

const AGENCIES: readonly (string | null)[] = [
  null,
  '示例县人民政府',
  '示例市人民政府',
  '示例省人民政府办公厅',
  '示例自治区人民政府',
  '示例县示例镇人民政府',
  '国家统计局',
  '中华人民共和国财政部',
  '示例市公安局',
  '示例区示例街道办事处',
  '示例市政务服务中心',
  '示例市 自然资源和规划局',
  '示例研究院',
  '示例人民政府',
  '示例新区管理委员会',
];

const SECTION_KEYS: readonly SectionKey[] = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
];
const TABLE_KEYS: readonly TableKey[] = [
  'proactive',
  'applications',
  'reviewLitigation',
];

function mutateDocument(report: ParsedReport, random: Random): void {
  // Prose of 总体情况 with figures that agree or disagree with the tables.
  if (random() < 0.7) {
    const overview = report.sections.find((s) => s.key === 'overview');
    if (overview) {
      const sentences: string[] = [];
      const count = int(random, 1, 6);
      for (let i = 0; i < count; i++) {
        sentences.push(claimSentence(report, random));
        sentences.push(pickOne(random, SEPARATORS));
      }
      overview.text =
        random() < 0.3
          ? sentences.join('')
          : `${overview.text}${sentences.join('')}`;
    }
  }
  if (random() < 0.15) {
    report.sections = report.sections.filter(
      (s) => s.key !== pickOne(random, SECTION_KEYS),
    );
  }
  if (random() < 0.15) {
    const s = pickMaybe(random, report.sections);
    if (s) {
      s.standardHeading = false;
      s.heading = `${s.numeral}、关于${s.key}`;
    }
  }
  const problems = report.sections.find((s) => s.key === 'problems');
  if (problems && random() < 0.2) {
    problems.text = pickOne(random, [
      '无',
      '无。',
      '',
      ' 暂无。',
      '一是不足。二是改进',
    ]);
  }
  const other = report.sections.find((s) => s.key === 'other');
  if (other && random() < 0.2) {
    other.text = pickOne(random, ['无。', '本年度未收取信息处理费。', '']);
  }
  if (random() < 0.1) report.truncated = !report.truncated;
  if (random() < 0.15) {
    const key = pickOne(random, TABLE_KEYS);
    report.tables = report.tables.filter((t) => t.key !== key);
  }
  if (random() < 0.15) {
    const t = pickMaybe(random, report.tables);
    if (t) {
      const r = random();
      if (r < 0.3) t.empty = true;
      else t.generation = pickOne(random, ['G0', 'G1', 'G2', null] as const);
    }
  }
  if (random() < 0.1) report.generation = 'G0';
  if (random() < 0.15) {
    report.year = pickOne(random, [null, 2017, 2018, 2019, 2020, 2021, 2024]);
  }
  if (random() < 0.4) report.agency = pickOne(random, AGENCIES);
  if (random() < 0.3) {
    // 规章 counts above 0 for R13.
    for (const col of ['issued', 'repealed', 'inForce']) {
      if (random() < 0.6) {
        const v = int(random, 0, 4);
        report.values[`proactive.rules.${col}`] = cell(
          'number',
          v,
          String(v),
          null,
        );
      }
    }
  }
}

const KINDS: readonly (AgencyKind | undefined)[] = [
  undefined,
  undefined,
  'department',
  'government',
  'township',
  'other',
];

// ---- Cross-year pairs -------------------------------------------------------

/** `previous` made the year before `report`, partly consistent with it. */
function previousOf(
  report: ParsedReport,
  source: ParsedReport,
  random: Random,
): ParsedReport {
  const previous = clone(source);
  const r = random();
  previous.year =
    r < 0.8 || report.year === null
      ? report.year === null
        ? null
        : report.year - 1
      : pickOne(random, [report.year, report.year - 2, null]);
  if (random() < 0.6) {
    // Carried forward last year = carried over this year, mostly.
    for (const id of Object.keys(report.values)) {
      const m = /^applications\.carriedIn\.(.+)$/.exec(id);
      const now = report.values[id];
      if (!m || !now || random() < 0.15) continue;
      previous.values[`applications.carriedForward.${m[1] ?? ''}`] = {
        ...now,
      };
    }
  }
  if (random() < 0.6) {
    // In force last year consistent with this year's issued/repealed (R7), and
    // items last year consistent with the change (R8), mostly.
    for (const row of ['rules', 'normativeDocs']) {
      const inForce = tableNumber(report, `proactive.${row}.inForce`);
      const issued = tableNumber(report, `proactive.${row}.issued`);
      const repealed = tableNumber(report, `proactive.${row}.repealed`);
      if (inForce === null || issued === null || repealed === null) continue;
      const v = inForce - issued + repealed + (random() < 0.2 ? 1 : 0);
      previous.values[`proactive.${row}.inForce`] = cell(
        'number',
        v,
        String(v),
        null,
      );
    }
    for (const row of [
      'licensing',
      'otherServices',
      'penalty',
      'coercion',
      'fees',
    ]) {
      const items = tableNumber(report, `proactive.${row}.previousItems`);
      const change = tableNumber(previous, `proactive.${row}.itemChange`);
      if (items === null || change === null) continue;
      const v = items - change + (random() < 0.2 ? -2 : 0);
      previous.values[`proactive.${row}.previousItems`] = cell(
        'number',
        v,
        String(v),
        null,
      );
    }
  }
  return previous;
}

// ---- The test ------------------------------------------------------------

describe('checkReport golden output', () => {
  it('is unchanged on the fixtures', () => {
    const cases = fixturePaths().map((path) =>
      run(path, parseReport(readFixture(path))),
    );
    expect(snapshotOf(cases, Infinity)).toMatchSnapshot();
  });

  it('is unchanged on 300 random reports (text)', () => {
    const random = prng(11);
    const out = PARSED.map((report, i) =>
      run(`random ${i}`, report, { agencyKind: pickOne(random, KINDS) }),
    );
    expect(snapshotOf(out)).toMatchSnapshot();
  });

  it('is unchanged on 60 random reports (html: table locations)', () => {
    const out = RANDOM.slice(0, 60).map((data: ReportData, i) =>
      run(`html ${i}`, parseReport(renderReport(data, 'html'))),
    );
    expect(snapshotOf(out)).toMatchSnapshot();
  });

  it('is unchanged on the random reports with broken values', () => {
    const random = prng(23);
    const out = PARSED.map((source, i) => {
      const report = clone(source);
      mutateValues(report, random);
      return run(`values ${i}`, report);
    });
    expect(snapshotOf(out)).toMatchSnapshot();
  });

  it('is unchanged on the random reports with broken documents', () => {
    const random = prng(37);
    const out = PARSED.map((source, i) => {
      const report = clone(source);
      mutateDocument(report, random);
      if (random() < 0.5) mutateValues(report, random);
      return run(`document ${i}`, report, {
        agencyKind: pickOne(random, KINDS),
      });
    });
    expect(snapshotOf(out)).toMatchSnapshot();
  });

  it('is unchanged on cross-year pairs', () => {
    const random = prng(41);
    const out = PARSED.map((source, i) => {
      const report = clone(source);
      if (random() < 0.3) mutateValues(report, random);
      const other = PARSED[(i * 7 + 3) % PARSED.length] ?? source;
      const previous = previousOf(report, other, random);
      return run(`pair ${i}`, report, { previous });
    });
    expect(snapshotOf(out)).toMatchSnapshot();
  });

  it('is unchanged for aggregates (R12)', () => {
    const random = prng(53);
    const out: { name: string; findings: Finding[] }[] = [];
    for (let i = 0; i < 30; i++) {
      const aggregate = clone(PARSED[i] ?? PARSED[0] ?? parseReport(''));
      const parts = Array.from({ length: int(random, 0, 4) }, (_, k) => {
        const part = clone(
          PARSED[(i * 5 + k + 1) % PARSED.length] ?? aggregate,
        );
        if (random() < 0.7) part.year = aggregate.year;
        return part;
      });
      out.push({
        name: `aggregate ${i}`,
        findings: checkAggregate(aggregate, parts),
      });
    }
    expect(snapshotOf(out)).toMatchSnapshot();
  });
});
