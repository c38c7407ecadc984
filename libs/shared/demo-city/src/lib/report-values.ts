import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  metricsOfGeneration,
} from '@gongkai/disclosure-domain';
import type { ReportData } from '@gongkai/disclosure-domain';
import type { DepartmentProfile } from './departments';
import { isActive } from './departments';
import type { Random } from './random';
import {
  apportion,
  between,
  chanceFor,
  intBetween,
  pickWeighted,
  poisson,
  roundTo,
  streamFor,
} from './random';

/**
 * The statistics of one department-year, independent of the format generation: the
 * same year can be written with the 2019 tables (a late adopter) or the 2021 ones.
 * Table 三 keeps the three G2 （六） rows; G1's single （六）其他处理 is their sum.
 */
export interface YearRecord {
  year: number;
  /** Six applicant columns each, in the order of APPLICATION_COLUMNS. */
  received: number[];
  carriedIn: number[];
  carriedForward: number[];
  /** Concluded applications per G2 result row, six columns each. */
  results: Record<string, number[]>;
  /** 结果维持, 结果纠正, 其他结果, 尚未审结 per group of table 四. */
  reviews: Record<string, number[]>;
  /** null: the body cannot make 规章. */
  rules: Tally | null;
  normativeDocs: Tally;
  items: Record<ItemKey, ItemList>;
  decisions: Record<DecisionKey, number>;
  feesWan: number;
  procurement: { projects: number; amountWan: number };
}

/** Documents of one kind: this year's issued/repealed, in force and ever published. */
export interface Tally {
  issued: number;
  repealed: number;
  inForce: number;
  /** 对外公开总数量 (G1): everything published so far, this year included. */
  published: number;
}

/** A G1 item list (事项): its size at the start of the year and the change during it. */
export interface ItemList {
  previous: number;
  change: number;
}

type ItemKey = 'licensing' | 'otherServices' | 'penalty' | 'coercion' | 'fees';
type DecisionKey = 'licensing' | 'otherServices' | 'penalty' | 'coercion';

const APPLICANT_KEYS: readonly string[] = APPLICATION_COLUMNS.filter(
  (c) => c.key !== 'total',
).map((c) => c.key);

const OUTCOME_KEYS: readonly string[] = REVIEW_COLUMNS.filter(
  (c) => c.key !== 'total',
).map((c) => c.key);

const FRAME_ROWS = new Set([
  'received',
  'carriedIn',
  'resultTotal',
  'carriedForward',
]);

/** The result rows of G2, in table order; （七）总计 sums them (R2). */
const G2_RESULT_ROWS: readonly string[] = APPLICATION_ROWS.filter(
  (r) => r.generations.includes('G2') && !FRAME_ROWS.has(r.key),
).map((r) => r.key);

const G2_OTHER_ROWS = [
  'otherOverdueCorrection',
  'otherOverdueFee',
  'otherMisc',
];

// Shares of each outcome in real city reports: most requests are granted or the
// information is not held; withholding on secrecy grounds is rare.
const RESULT_WEIGHTS: Readonly<Record<string, number>> = {
  granted: 0.31,
  partlyGranted: 0.08,
  withheldStateSecret: 0.003,
  withheldByLaw: 0.01,
  withheldSafetyStability: 0.003,
  withheldThirdParty: 0.02,
  withheldInternalAffairs: 0.02,
  withheldProcessInfo: 0.025,
  withheldEnforcementFile: 0.01,
  withheldAdminQuery: 0.03,
  unavailableNotHeld: 0.24,
  unavailableNeedsCreation: 0.05,
  unavailableUnclear: 0.04,
  notProcessedComplaint: 0.06,
  notProcessedRepeated: 0.035,
  notProcessedPublication: 0.008,
  notProcessedExcessive: 0.008,
  notProcessedConfirmation: 0.01,
  otherOverdueCorrection: 0.03,
  otherOverdueFee: 0.004,
  otherMisc: 0.03,
};

// 自然人 dominate; companies and law firms follow; research bodies are rare.
const APPLICANT_WEIGHTS = [0.8, 0.11, 0.006, 0.009, 0.045, 0.03];

const OUTCOME_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 0.56],
  [1, 0.1],
  [2, 0.19],
  [3, 0.15],
];

const SERVICES_BY_SIZE = { small: 25, medium: 220, large: 1400 } as const;
const PROJECTS_BY_KIND = {
  township: [0, 3],
  small: [1, 6],
  medium: [4, 15],
  large: [10, 40],
  district: [30, 90],
} as const;

interface Levels {
  applications: number;
  growth: number;
  carryRate: number;
  applicantSkew: number[];
  resultSkew: Record<string, number>;
  decisions: Record<DecisionKey, number>;
  trends: Record<DecisionKey, number>;
  feesWan: number;
  items: Record<ItemKey, number>;
  rules: Tally | null;
  normativeDocs: Tally;
}

const log10p = (n: number) => Math.log10(n + 1);

function initialLevels(profile: DepartmentProfile, random: Random): Levels {
  const jitter = () => between(random, 0.85, 1.2);
  const services =
    profile.kind === 'township' ? 40 : SERVICES_BY_SIZE[profile.size];
  const decisions: Record<DecisionKey, number> = {
    licensing: profile.licensing * jitter(),
    otherServices: services * between(random, 0.4, 1.6),
    penalty: profile.penalty * jitter(),
    coercion: profile.coercion * jitter(),
  };
  const trend = () => between(random, -0.03, 0.08);
  const docsPerYear = profile.normativeDocs;
  const docsInForce = Math.round(docsPerYear * between(random, 4, 7));
  return {
    applications: profile.applications * jitter(),
    // Townships' counts are tiny and jump around; bureaus grow steadily.
    growth:
      profile.kind === 'township'
        ? between(random, 0, 0.25)
        : between(random, 0.05, 0.2),
    carryRate: between(random, 0.02, 0.09),
    applicantSkew: APPLICANT_WEIGHTS.map((w) => w * between(random, 0.6, 1.4)),
    resultSkew: Object.fromEntries(
      G2_RESULT_ROWS.map((row) => [
        row,
        (RESULT_WEIGHTS[row] ?? 0) * between(random, 0.5, 1.5),
      ]),
    ),
    decisions,
    trends: {
      licensing: trend(),
      otherServices: trend(),
      penalty: trend(),
      coercion: trend(),
    },
    feesWan: profile.feesWan * jitter(),
    items: {
      licensing:
        profile.licensing > 0
          ? Math.round((6 + 7 * log10p(profile.licensing)) * jitter())
          : 0,
      otherServices: Math.round(log10p(services) * 9 * jitter()),
      penalty:
        profile.penalty > 0
          ? Math.round(25 * log10p(profile.penalty) ** 1.6 * jitter())
          : 0,
      coercion:
        profile.coercion > 0
          ? Math.round((4 + 6 * log10p(profile.coercion)) * jitter())
          : 0,
      fees:
        profile.feesWan > 0
          ? Math.round((2 + 4 * log10p(profile.feesWan)) * jitter())
          : 0,
    },
    rules: profile.makesRules
      ? {
          issued: 0,
          repealed: 0,
          inForce: intBetween(random, 42, 56),
          published: intBetween(random, 60, 80),
        }
      : null,
    normativeDocs: {
      issued: 0,
      repealed: 0,
      inForce: docsInForce,
      published: docsInForce + Math.round(docsPerYear * between(random, 2, 4)),
    },
  };
}

/** This year's issued/repealed; in force and published carry on (R7, R9 hold). */
function nextTally(previous: Tally, issued: number, random: Random): Tally {
  const repealable = previous.inForce + issued;
  const repealed = Math.min(
    repealable,
    poisson(random, issued * 0.3 + previous.inForce * 0.03),
  );
  return {
    issued,
    repealed,
    inForce: previous.inForce + issued - repealed,
    published: previous.published + issued,
  };
}

/** An item list changes now and then by a few items (R8 holds across years). */
function itemChange(items: number, random: Random): number {
  if (items === 0 || random() < 0.55) return 0;
  const step = intBetween(random, 1, Math.max(1, Math.round(items * 0.06)));
  const change = random() < 0.6 ? step : -step;
  return Math.max(change, -items);
}

function applicationTable(
  record: Pick<YearRecord, 'received' | 'carriedIn'>,
  levels: Levels,
  random: Random,
): Pick<YearRecord, 'carriedForward' | 'results'> {
  const rate = levels.carryRate * between(random, 0.6, 1.4);
  const carriedForward = record.received.map((n, i) =>
    Math.round((n + (record.carriedIn[i] ?? 0)) * rate),
  );
  const weights = G2_RESULT_ROWS.map(
    (row) => (levels.resultSkew[row] ?? 0) * between(random, 0.8, 1.2),
  );
  const results: Record<string, number[]> = {};
  for (const row of G2_RESULT_ROWS) results[row] = [];
  record.received.forEach((n, column) => {
    // R1: whatever was received or carried in is concluded or carried forward.
    const concluded =
      n + (record.carriedIn[column] ?? 0) - (carriedForward[column] ?? 0);
    apportion(concluded, weights).forEach((count, i) => {
      results[G2_RESULT_ROWS[i] as string]?.push(count);
    });
  });
  return { carriedForward, results };
}

function reviewTable(
  received: number,
  random: Random,
): Record<string, number[]> {
  const means: Record<string, number> = {
    review: 0.035 * received + 0.15,
    litigationDirect: 0.018 * received + 0.08,
    litigationAfterReview: 0.007 * received + 0.02,
  };
  const out: Record<string, number[]> = {};
  for (const group of REVIEW_GROUPS) {
    const outcomes = [0, 0, 0, 0];
    const cases = poisson(random, means[group.key] ?? 0);
    for (let i = 0; i < cases; i++) {
      const k = pickWeighted(random, OUTCOME_WEIGHTS);
      outcomes[k] = (outcomes[k] ?? 0) + 1;
    }
    out[group.key] = outcomes;
  }
  return out;
}

function procurement(
  profile: DepartmentProfile,
  random: Random,
): YearRecord['procurement'] {
  const range =
    profile.kind === 'township'
      ? PROJECTS_BY_KIND.township
      : profile.kind === 'district'
        ? PROJECTS_BY_KIND.district
        : PROJECTS_BY_KIND[profile.size];
  const projects = intBetween(random, range[0], range[1]);
  // Whole hundreds of 元: amounts in 万元 with two decimals, as offices round them.
  return {
    projects,
    amountWan: roundTo(projects * between(random, 15, 180), 2),
  };
}

export interface SeriesOptions {
  seed: number;
  /** Last report year to generate. */
  lastYear: number;
  /** 上年结转 of the first year, six columns; e.g. what merged bodies carried forward. */
  carriedIn?: number[];
}

/** The first year the generator models: the national format starts with 2019. */
export const FIRST_MODELLED_YEAR = 2019;

/**
 * One record per active year from 2019 (or the body's creation) to `lastYear`.
 * Always modelled from 2019, so a year's figures do not depend on the requested
 * range. 上年结转 of every year is the 结转下年度 of the year before (R6).
 */
export function generateSeries(
  profile: DepartmentProfile,
  options: SeriesOptions,
): YearRecord[] {
  const random = streamFor(options.seed, 'values', profile.code);
  const levels = initialLevels(profile, random);
  const records: YearRecord[] = [];
  let carriedIn: number[] | null = options.carriedIn ?? null;
  let first = true;
  for (let year = FIRST_MODELLED_YEAR; year <= options.lastYear; year++) {
    if (!isActive(profile, year)) continue;
    if (!first) {
      levels.applications *= (1 + levels.growth) * between(random, 0.9, 1.1);
      for (const key of Object.keys(levels.decisions) as DecisionKey[]) {
        levels.decisions[key] *=
          (1 + levels.trends[key]) * between(random, 0.9, 1.12);
      }
      levels.feesWan *= between(random, 0.9, 1.12);
    }
    const applicantWeights = levels.applicantSkew.map(
      (w) => w * between(random, 0.8, 1.2),
    );
    const received = apportion(
      Math.max(0, Math.round(levels.applications)),
      applicantWeights,
    );
    // The first modelled year inherits a plausible backlog from the year before.
    const inflow =
      carriedIn ??
      received.map((n) =>
        Math.round((n * levels.carryRate) / (1 + levels.growth)),
      );
    const table = applicationTable(
      { received, carriedIn: inflow },
      levels,
      random,
    );

    const items = {} as Record<ItemKey, ItemList>;
    for (const key of Object.keys(levels.items) as ItemKey[]) {
      const previous = levels.items[key];
      const change = itemChange(previous, random);
      items[key] = { previous, change };
      levels.items[key] = previous + change;
    }
    const docsIssued = poisson(
      random,
      profile.normativeDocs * between(random, 0.7, 1.3),
    );
    levels.normativeDocs = nextTally(levels.normativeDocs, docsIssued, random);
    if (levels.rules) {
      levels.rules = nextTally(levels.rules, intBetween(random, 1, 5), random);
    }

    records.push({
      year,
      received,
      carriedIn: inflow,
      carriedForward: table.carriedForward,
      results: table.results,
      reviews: reviewTable(
        received.reduce((s, n) => s + n, 0),
        random,
      ),
      rules: levels.rules ? { ...levels.rules } : null,
      normativeDocs: { ...levels.normativeDocs },
      items,
      decisions: {
        licensing: Math.round(levels.decisions.licensing),
        otherServices: Math.round(levels.decisions.otherServices),
        penalty: Math.round(levels.decisions.penalty),
        coercion: Math.round(levels.decisions.coercion),
      },
      feesWan: roundTo(levels.feesWan, 4),
      procurement: procurement(profile, random),
    });
    carriedIn = table.carriedForward;
    first = false;
  }
  return records;
}

/** How a body fills the 规章 row of the 2021 tables when it cannot make 规章 (R13). */
export type RulesStyle = 'slash' | 'zero';

/** How a body publishes zeros: as 0, as blank cells, or blank in the minor columns. */
export type BlankStyle = 'none' | 'zeros' | 'minorColumns';

const MINOR_COLUMNS = new Set(['research', 'socialWelfare', 'otherOrg']);

function sum(values: readonly number[]): number {
  return values.reduce((s, n) => s + n, 0);
}

/** Table 三 rows of a record, G1's （六）其他处理 and （七）总计 included. */
function applicationRows(record: YearRecord): Record<string, number[]> {
  const rows: Record<string, number[]> = {
    received: record.received,
    carriedIn: record.carriedIn,
    carriedForward: record.carriedForward,
  };
  const resultTotal = APPLICANT_KEYS.map(() => 0);
  const otherHandling = APPLICANT_KEYS.map(() => 0);
  for (const row of G2_RESULT_ROWS) {
    const counts = record.results[row] ?? [];
    rows[row] = counts;
    const isOther = G2_OTHER_ROWS.includes(row);
    counts.forEach((n, i) => {
      resultTotal[i] = (resultTotal[i] ?? 0) + n;
      if (isOther) otherHandling[i] = (otherHandling[i] ?? 0) + n;
    });
  }
  rows['otherHandling'] = otherHandling;
  rows['resultTotal'] = resultTotal;
  return rows;
}

type Reader = (
  record: YearRecord,
  rows: Readonly<Record<string, number[]>>,
  rulesStyle: RulesStyle,
) => number | '/';

const TALLY_FIELD: Readonly<Record<string, keyof Tally>> = {
  issued: 'issued',
  repealed: 'repealed',
  inForce: 'inForce',
  newlyMade: 'issued',
  newlyPublished: 'issued',
  totalPublished: 'published',
};

/** How to read one metric from a record; built once per id, not per report. */
function readerFor(id: string): Reader {
  const parts = id.split('.');
  const [table, row = '', column = ''] = parts;
  if (table === 'applications') {
    const i = APPLICANT_KEYS.indexOf(column);
    return (_, rows) => {
      const counts = rows[row] ?? [];
      return i < 0 ? sum(counts) : (counts[i] ?? 0);
    };
  }
  if (parts.length === 2) {
    const i = OUTCOME_KEYS.indexOf(row);
    return (record) => {
      const outcomes = record.reviews[table ?? ''] ?? [];
      return i < 0 ? sum(outcomes) : (outcomes[i] ?? 0);
    };
  }
  const field = TALLY_FIELD[column];
  if (row === 'rules' && field) {
    // G1 has no `/`: bodies without the power write 0 there.
    const g2 =
      column === 'issued' || column === 'repealed' || column === 'inForce';
    return (record, _, style) =>
      record.rules ? record.rules[field] : g2 && style === 'slash' ? '/' : 0;
  }
  if (row === 'normativeDocs' && field) {
    return (record) => record.normativeDocs[field];
  }
  if (row === 'fees' && column === 'amountWan') return (r) => r.feesWan;
  if (row === 'procurement') {
    return column === 'projects'
      ? (r) => r.procurement.projects
      : (r) => r.procurement.amountWan;
  }
  const item = row as ItemKey;
  if (column === 'previousItems') return (r) => r.items[item].previous;
  if (column === 'itemChange') return (r) => r.items[item].change;
  if (column === 'decisions') return (r) => r.decisions[item as DecisionKey];
  throw new Error(`no reader for ${id}`);
}

const READERS: Record<'G1' | 'G2', readonly (readonly [string, Reader])[]> = {
  G1: metricsOfGeneration('G1').map((id) => [id, readerFor(id)] as const),
  G2: metricsOfGeneration('G2').map((id) => [id, readerFor(id)] as const),
};

export interface ValueStyle {
  rules: RulesStyle;
  blanks: BlankStyle;
}

/**
 * The ReportData of one record in one generation, in the order of the official
 * tables. Zeros become blank cells per the body's habit; only zeros, so R1–R4 still
 * hold with blank read as 0, exactly as in real reports.
 */
export function toReportData(
  profile: DepartmentProfile,
  record: YearRecord,
  generation: 'G1' | 'G2',
  style: ValueStyle,
  seed: number,
): ReportData {
  const rows = applicationRows(record);
  const values: ReportData['values'] = {};
  for (const [id, read] of READERS[generation]) {
    const value = read(record, rows, style.rules);
    values[id] =
      value === 0 &&
      blankCell(style.blanks, id, seed, profile.code, record.year)
        ? null
        : value;
  }
  return {
    year: record.year,
    agency: profile.name,
    generation,
    values,
  };
}

function blankCell(
  style: BlankStyle,
  id: string,
  seed: number,
  code: string,
  year: number,
): boolean {
  switch (style) {
    case 'none':
      return false;
    case 'minorColumns': {
      const column = id.slice(id.lastIndexOf('.') + 1);
      return id.startsWith('applications.') && MINOR_COLUMNS.has(column);
    }
    case 'zeros':
      // Table 四 keeps its 总计 cells: its one data row has no label, so a row
      // of nothing but blanks would give the reader nothing to anchor on.
      if (/^(?:review|litigation\w+)\.total$/.test(id)) return false;
      return chanceFor(seed, 'blank', code, year, id) < 0.85;
  }
}
