import {
  computeDerived,
  getDerivedMetric,
} from '@gongkai/disclosure-domain/metrics';

import type { Change, Direction, ValueUnit } from './format';
import { formatValue, yearOverYear } from './format';
import type { Locale } from './locale';
import { pick } from './locale';
import { generationOfYear, metricInfo, metricInYear } from './metric-info';
import type { PointStatus } from './series-matrix';

/** A city total as the API gives it. */
export interface CityTotalInput {
  year: number;
  metric: string;
  total: number | null;
  reported: number;
}

export interface BoardSummaryInput {
  year: number;
  onTime: number;
  late: number;
  counts: {
    accepted: number;
    submitted: number;
    submittedWithErrors: number;
    pending: number;
    returned: number;
    missing: number;
    notExpected: number;
  };
}

/** Parsed metrics the overview reads from the city totals. */
export const OVERVIEW_METRICS = [
  'applications.received.total',
  'applications.resultTotal.total',
  'applications.granted.total',
  'applications.partlyGranted.total',
  'review.total',
  'review.corrected',
  'review.upheld',
  'review.other',
  'review.pending',
  'litigationDirect.total',
  'litigationDirect.corrected',
  'litigationAfterReview.total',
  'litigationAfterReview.corrected',
  'proactive.licensing.decisions',
  'proactive.penalty.decisions',
  'proactive.procurement.amountWan',
] as const;

/** Parsed metrics whose change is explained by the department that moved most. */
export const CONTRIBUTION_METRICS: readonly string[] = [
  'applications.received.total',
  'applications.resultTotal.total',
  'review.total',
  'proactive.licensing.decisions',
  'proactive.penalty.decisions',
];

/** Every input of the derived metrics too, so that their formulas can run on totals. */
export function overviewQueryMetrics(): string[] {
  const ids = new Set<string>(OVERVIEW_METRICS);
  for (const id of [...HEADLINE_IDS, 'derived.withheldTotal']) {
    const d = getDerivedMetric(id);
    if (d) for (const i of d.inputs) ids.add(i);
  }
  return [...ids].filter((id) => !id.startsWith('compliance.'));
}

const HEADLINE_IDS = [
  'applications.received.total',
  'applications.resultTotal.total',
  'derived.disclosureRate',
  'review.total',
  'derived.reviewCorrectionRate',
  'derived.litigationTotal',
  'derived.litigationCorrectionRate',
  'proactive.licensing.decisions',
  'proactive.penalty.decisions',
  'proactive.procurement.amountWan',
  'compliance.onTimeRate',
  'compliance.cleanRate',
] as const;

export type HeadlineId = (typeof HEADLINE_IDS)[number];

export interface Headline {
  id: HeadlineId;
  label: string;
  value: number | null;
  previous: number | null;
  unit: ValueUnit;
  display: string;
  change: Change | null;
  /** Formula in words for rates. */
  formula: string | null;
  /** What the figure means, in plain words. */
  definition: string;
  /** e.g. that the 2021 format dropped the metric. */
  note: string | null;
  /** Reports with a number behind the figure, this year and the year before. */
  reports: number | null;
  previousReports: number | null;
}

/** Short label and plain-language definition, zh and en. */
const DEFINITIONS: Record<HeadlineId, [string, string, string, string]> = {
  'applications.received.total': [
    '新收申请',
    'Requests received',
    '本年新收到的政府信息公开申请件数，各部门之和。',
    'Requests for government information received this year, all departments together.',
  ],
  'applications.resultTotal.total': [
    '办结申请',
    'Requests concluded',
    '本年办理完毕的申请件数（含上年结转）。',
    'Requests concluded this year, including those carried over.',
  ],
  'derived.disclosureRate': [
    '公开率',
    'Disclosure rate',
    '办结的申请中，全部或部分公开了所申请信息的比例。',
    'Share of concluded requests where the information was disclosed in full or in part.',
  ],
  'review.total': [
    '行政复议',
    'Administrative reviews',
    '申请人对公开答复不服而申请行政复议的案件数。',
    'Administrative reviews requested by applicants who disagreed with an answer.',
  ],
  'derived.reviewCorrectionRate': [
    '复议纠错率',
    'Review correction rate',
    '行政复议中结果被纠正的比例：越高说明原答复问题越多。',
    'Share of reviews that corrected the original answer: higher means more answers were wrong.',
  ],
  'derived.litigationTotal': [
    '行政诉讼',
    'Lawsuits',
    '因政府信息公开被提起的行政诉讼案件数（直接起诉与复议后起诉）。',
    'Lawsuits about disclosure, filed directly or after a review.',
  ],
  'derived.litigationCorrectionRate': [
    '诉讼纠错率',
    'Lawsuit correction rate',
    '行政诉讼中结果被纠正的比例。',
    'Share of lawsuits that corrected the original answer.',
  ],
  'proactive.licensing.decisions': [
    '行政许可决定',
    'Licensing decisions',
    '主动公开的行政许可处理决定数量。',
    'Licensing decisions published proactively.',
  ],
  'proactive.penalty.decisions': [
    '行政处罚决定',
    'Penalty decisions',
    '主动公开的行政处罚决定数量。',
    'Penalty decisions published proactively.',
  ],
  'proactive.procurement.amountWan': [
    '政府集中采购金额',
    'Central procurement',
    '政府集中采购总金额（万元）。2021 年新格式已取消此项，只有 2019–2020 年有数。',
    'Central government procurement in 10k CNY. The 2021 format dropped it: figures exist for 2019–2020 only.',
  ],
  'compliance.onTimeRate': [
    '按时报送率',
    'Reported on time',
    '应报送部门中在截止日前报送年报的比例。',
    'Share of the departments expected to report that did so by the deadline.',
  ],
  'compliance.cleanRate': [
    '无错误报送率',
    'Reported without errors',
    '应报送部门中，当前版本没有错误且未被退回的比例。',
    'Share of the departments expected to report whose current report has no errors and was not returned.',
  ],
};

/** Year × metric → total, null where no report had a number. */
export function totalsByYear(
  totals: readonly CityTotalInput[],
): Map<number, Map<string, number | null>> {
  const out = new Map<number, Map<string, number | null>>();
  for (const t of totals) {
    let m = out.get(t.year);
    if (!m) out.set(t.year, (m = new Map()));
    m.set(t.metric, t.reported > 0 ? t.total : null);
  }
  return out;
}

/**
 * The departments a rate is over: those expected whose deadline has passed or that
 * reported already. One not yet due (`pending`) has not failed to report.
 */
function dueOf(b: BoardSummaryInput): number {
  const c = b.counts;
  return (
    c.accepted + c.submitted + c.submittedWithErrors + c.returned + c.missing
  );
}

function complianceValue(
  id: 'compliance.onTimeRate' | 'compliance.cleanRate',
  b: BoardSummaryInput | undefined,
): number | null {
  if (!b) return null;
  const due = dueOf(b);
  if (due === 0) return null;
  return id === 'compliance.onTimeRate'
    ? b.onTime / due
    : (b.counts.accepted + b.counts.submitted) / due;
}

/** The departments a compliance rate leaves out because their deadline is ahead. */
function notYetDue(
  b: BoardSummaryInput | undefined,
  locale: Locale,
): string | null {
  const n = b?.counts.pending ?? 0;
  if (n === 0) return null;
  return pick(
    locale,
    `另有 ${n} 个部门尚未到报送期限，未计入。`,
    `${n} more department${n === 1 ? ' is' : 's are'} not yet due and not counted.`,
  );
}

/** The value of a headline for a year from totals (and derived formulas) or the board. */
export function headlineValue(
  id: HeadlineId,
  year: number,
  byYear: Map<number, Map<string, number | null>>,
  boards: ReadonlyMap<number, BoardSummaryInput>,
): number | null {
  if (id === 'compliance.onTimeRate' || id === 'compliance.cleanRate') {
    return complianceValue(id, boards.get(year));
  }
  const values = byYear.get(year);
  if (!values) return null;
  if (id.startsWith('derived.')) {
    return computeDerived(Object.fromEntries(values))[id] ?? null;
  }
  return values.get(id) ?? null;
}

/** How many reports had a number for a parsed metric, or for the inputs of a derived one. */
function reportCount(
  id: string,
  year: number,
  totals: readonly CityTotalInput[],
): number | null {
  const inputs = getDerivedMetric(id)?.inputs ?? [id];
  let n: number | null = null;
  for (const t of totals) {
    if (t.year === year && inputs.includes(t.metric)) {
      n = n === null ? t.reported : Math.max(n, t.reported);
    }
  }
  return n;
}

export function buildHeadlines(
  year: number,
  totals: readonly CityTotalInput[],
  boards: ReadonlyMap<number, BoardSummaryInput>,
  locale: Locale,
): Headline[] {
  const byYear = totalsByYear(totals);
  return HEADLINE_IDS.map((id) => {
    const compliance = id.startsWith('compliance.');
    const info = compliance ? null : metricInfo(id, locale);
    const unit: ValueUnit = info?.unit ?? 'ratio';
    const value = headlineValue(id, year, byYear, boards);
    const previous = headlineValue(id, year - 1, byYear, boards);
    const [labelZh, labelEn, defZh, defEn] = DEFINITIONS[id];
    const dropped = info !== null && !metricInYear(info, year);
    return {
      id,
      label: pick(locale, labelZh, labelEn),
      value,
      previous,
      unit,
      display: formatValue(value, unit, locale),
      change: yearOverYear(value, previous, unit, locale),
      formula: compliance
        ? id === 'compliance.onTimeRate'
          ? pick(
              locale,
              '按时报送部门数 ÷ 已到报送期限的应报送部门数',
              'departments on time ÷ departments expected and due',
            )
          : pick(
              locale,
              '（已接收 + 已报送无错误）÷ 已到报送期限的应报送部门数',
              '(accepted + submitted without errors) ÷ departments expected and due',
            )
        : (info?.formula ?? null),
      definition: pick(locale, defZh, defEn),
      note: dropped
        ? pick(
            locale,
            `${year} 年所用格式没有此项（仅 2019–2020 年格式有）。`,
            `The format of ${year} has no such figure (2019–2020 format only).`,
          )
        : compliance
          ? notYetDue(boards.get(year), locale)
          : null,
      reports: compliance ? null : reportCount(id, year, totals),
      previousReports: compliance ? null : reportCount(id, year - 1, totals),
    };
  });
}

/** One line over the years, every point with its status and its year's format. */
export interface TrendLine {
  id: string;
  name: string;
  /** False: the chart breaks the line where the format changes. */
  comparableAcrossGenerations: boolean;
  points: {
    year: number;
    value: number | null;
    status: PointStatus;
    generation: 'G1' | 'G2';
  }[];
}

export function cityTrend(
  ids: readonly string[],
  from: number,
  to: number,
  totals: readonly CityTotalInput[],
  boards: ReadonlyMap<number, BoardSummaryInput>,
  locale: Locale,
): TrendLine[] {
  const byYear = totalsByYear(totals);
  return ids.map((id) => {
    const info = metricInfo(id, locale);
    const points: TrendLine['points'] = [];
    for (let year = from; year <= to; year++) {
      const value = headlineValue(id as HeadlineId, year, byYear, boards);
      const status: PointStatus = !metricInYear(info, year)
        ? 'notInGeneration'
        : value === null
          ? byYear.has(year)
            ? 'blank'
            : 'missingReport'
          : 'reported';
      points.push({
        year,
        value: status === 'reported' ? value : null,
        status,
        generation: generationOfYear(year),
      });
    }
    const short = (DEFINITIONS as Partial<Record<string, string[]>>)[id];
    return {
      id,
      name: short ? pick(locale, short[0] ?? '', short[1] ?? '') : info.label,
      comparableAcrossGenerations: info.comparable,
      points,
    };
  });
}

export interface Contribution {
  department: string;
  change: number;
  /** The year of the two with no number from it (no report, or a blank cell). */
  missingIn: number | null;
}

/**
 * One sentence per headline from a template: the change and, where given, the
 * department that contributed most to it.
 */
export function summarySentence(
  h: Headline,
  year: number,
  top: Contribution | null,
  locale: Locale,
): string | null {
  if (h.value === null) return null;
  if (!h.change) {
    return pick(
      locale,
      `${year} 年${h.label}为 ${h.display}（上年无可比数据）。`,
      `${h.label} in ${year}: ${h.display} (no comparable figure for the year before).`,
    );
  }
  const verb: Record<Direction, [string, string]> = {
    up: ['同比增加', 'up'],
    down: ['同比减少', 'down'],
    flat: ['与上年持平', 'unchanged'],
  };
  const [vz, ve] = verb[h.change.direction];
  const amount =
    h.change.direction === 'flat'
      ? ''
      : ` ${h.change.text.replace(/^[+-]/, '')}`;
  let zh = `${year} 年${h.label} ${h.display}，${vz}${amount}`;
  let en = `${h.label} ${year}: ${h.display}, ${ve}${amount} year over year`;
  if (
    top &&
    h.change.direction !== 'flat' &&
    Math.sign(top.change) === (h.change.direction === 'up' ? 1 : -1)
  ) {
    const delta = formatValue(top.change, 'signedCount', locale);
    const why =
      top.missingIn === null
        ? ['', '']
        : [`，${top.missingIn} 年无数字`, `; no figure in ${top.missingIn}`];
    zh += `，变化主要来自${top.department}（${delta}${why[0]}）`;
    en += `, most of it at ${top.department} (${delta}${why[1]})`;
  }
  return pick(locale, `${zh}。`, `${en}.`);
}

/**
 * The department whose value changed most in the direction of the city's change. A
 * department with a number in one of the two years only moved the city's sum by all
 * of it: it counts, and says which year it had none.
 */
export function topContributor(
  lines: readonly {
    department: string;
    points: readonly { year: number; value: number | null }[];
  }[],
  year: number,
  direction: Direction,
): Contribution | null {
  let best: Contribution | null = null;
  for (const l of lines) {
    const cur = l.points.find((p) => p.year === year)?.value ?? null;
    const prev = l.points.find((p) => p.year === year - 1)?.value ?? null;
    if (cur === null && prev === null) continue;
    const change = (cur ?? 0) - (prev ?? 0);
    const score = direction === 'down' ? -change : change;
    if (
      score > 0 &&
      (!best || score > (direction === 'down' ? -best.change : best.change))
    ) {
      best = {
        department: l.department,
        change,
        missingIn: cur === null ? year : prev === null ? year - 1 : null,
      };
    }
  }
  return best;
}

/** How concluded requests were answered, per year: the parts of 办理结果总计. */
export function outcomeParts(
  totals: readonly CityTotalInput[],
  years: readonly number[],
  locale: Locale,
): { id: string; name: string; values: (number | null)[] }[] {
  const byYear = totalsByYear(totals);
  const value = (year: number, id: string): number | null => {
    const values = byYear.get(year);
    if (!values) return null;
    return id.startsWith('derived.')
      ? (computeDerived(Object.fromEntries(values))[id] ?? null)
      : (values.get(id) ?? null);
  };
  const parts: [string, string, string][] = [
    ['applications.granted.total', '予以公开', 'Disclosed'],
    ['applications.partlyGranted.total', '部分公开', 'Partly disclosed'],
    ['derived.withheldTotal', '不予公开', 'Withheld'],
  ];
  const out = parts.map(([id, zh, en]) => ({
    id,
    name: pick(locale, zh, en),
    values: years.map((y) => value(y, id)),
  }));
  // The rest of the concluded total: cannot be provided, not processed, other.
  out.push({
    id: 'other',
    name: pick(
      locale,
      '无法提供、不予处理及其他',
      'Unavailable, not processed, other',
    ),
    values: years.map((y, i) => {
      const total = value(y, 'applications.resultTotal.total');
      const known = out.map((p) => p.values[i] ?? null);
      if (total === null || known.some((k) => k === null)) return null;
      return Math.max(
        0,
        total - known.reduce<number>((a, k) => a + (k ?? 0), 0),
      );
    }),
  });
  return out;
}
