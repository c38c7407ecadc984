import fc from 'fast-check';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  PROACTIVE_SUBTABLES,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../lib/metrics/metric-registry';
import type { ReportData } from '../lib/model/report';

/**
 * Test data: fast-check arbitraries for consistent reports, and one fixed realistic
 * report per generation. "Consistent" means the rules R1–R4 of the format hold, with
 * a blank read as 0 (blanks are only ever put on zero cells, as real reports do).
 */

type Generation = 'G1' | 'G2';
type Values = ReportData['values'];

/** The six applicant columns; `total` is always computed (R3). */
const APPLICANT_COLUMNS = APPLICATION_COLUMNS.filter(
  (c) => c.key !== 'total',
).map((c) => c.key);
const OUTCOMES = REVIEW_COLUMNS.filter((c) => c.key !== 'total').map(
  (c) => c.key,
);

function applicationRowKeys(generation: Generation): string[] {
  return APPLICATION_ROWS.filter((r) => r.generations.includes(generation)).map(
    (r) => r.key,
  );
}

/** The concluded-result rows summed by （七）总计 (R2). */
function resultRowKeys(generation: Generation): string[] {
  return applicationRowKeys(generation).filter(
    (k) =>
      k !== 'received' &&
      k !== 'carriedIn' &&
      k !== 'resultTotal' &&
      k !== 'carriedForward',
  );
}

function proactiveIds(generation: Generation): string[] {
  const ids: string[] = [];
  for (const sub of PROACTIVE_SUBTABLES) {
    if (sub.generation !== generation) continue;
    for (const row of sub.rows) {
      for (const col of sub.columns)
        ids.push(`proactive.${row.key}.${col.key}`);
    }
  }
  return ids;
}

export interface ApplicationCounts {
  /** Per result row: the six applicant-column counts. Missing rows are all 0. */
  results: Readonly<Record<string, readonly number[]>>;
  /** Six applicant-column counts each; `received` is derived from R1. */
  carriedIn: readonly number[];
  carriedForward: readonly number[];
}

/**
 * Fills table 三 from the free counts: resultTotal by R2, received by R1, the 总计
 * column by R3. `carriedIn` must not exceed resultTotal + carriedForward per column.
 */
export function completeApplications(
  generation: Generation,
  counts: ApplicationCounts,
  values: Record<string, number | null | '/'> = {},
): Record<string, number | null | '/'> {
  const rowKeys = applicationRowKeys(generation);
  const resultKeys = resultRowKeys(generation);
  const table = new Map<string, number[]>();
  const resultTotal = [0, 0, 0, 0, 0, 0];
  for (const key of resultKeys) {
    const row = APPLICANT_COLUMNS.map((_, i) => counts.results[key]?.[i] ?? 0);
    row.forEach((n, i) => (resultTotal[i] = (resultTotal[i] ?? 0) + n));
    table.set(key, row);
  }
  const carriedIn = APPLICANT_COLUMNS.map((_, i) => counts.carriedIn[i] ?? 0);
  const carriedForward = APPLICANT_COLUMNS.map(
    (_, i) => counts.carriedForward[i] ?? 0,
  );
  const received = resultTotal.map((t, i) => {
    const n = t + (carriedForward[i] ?? 0) - (carriedIn[i] ?? 0);
    if (n < 0)
      throw new Error('carriedIn exceeds resultTotal + carriedForward');
    return n;
  });
  table.set('received', received);
  table.set('carriedIn', carriedIn);
  table.set('resultTotal', resultTotal);
  table.set('carriedForward', carriedForward);
  for (const key of rowKeys) {
    const row = table.get(key) ?? [];
    let total = 0;
    APPLICANT_COLUMNS.forEach((col, i) => {
      const n = row[i] ?? 0;
      total += n;
      values[`applications.${key}.${col}`] = n;
    });
    values[`applications.${key}.total`] = total;
  }
  return values;
}

/** Table 四 from the four outcomes of each group; totals by R4. */
export function completeReviews(
  outcomes: Readonly<Record<string, readonly number[]>>,
  values: Record<string, number | null | '/'> = {},
): Record<string, number | null | '/'> {
  for (const group of REVIEW_GROUPS) {
    let total = 0;
    OUTCOMES.forEach((col, i) => {
      const n = outcomes[group.key]?.[i] ?? 0;
      total += n;
      values[`${group.key}.${col}`] = n;
    });
    values[`${group.key}.total`] = total;
  }
  return values;
}

// ---- Arbitraries ---------------------------------------------------------

const REGIONS = ['示例市', '示例县', 'XX区', 'XX县', '示例市XX区'] as const;
const DEPARTMENTS = [
  '民政局',
  '住房和城乡建设局',
  '市场监督管理局',
  '教育局',
  '卫生健康委员会',
  '自然资源和规划局',
  '生态环境局',
  '交通运输局',
  '人力资源和社会保障局',
  '财政局',
  '司法局',
  '统计局',
  '退役军人事务局',
  '应急管理局',
  '农业农村局',
  '医疗保障局',
  '发展和改革委员会',
  '人民政府办公室',
] as const;
const OTHER_BODIES = [
  'XX街道办事处',
  'XX区XX街道办事处',
  '示例县XX镇人民政府',
  'XX镇人民政府',
  '示例市住房公积金管理中心',
  '示例市人民政府',
] as const;

export const arbitraryAgency: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...REGIONS), fc.constantFrom(...DEPARTMENTS))
      .map(([region, department]) => region + department),
  },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_BODIES) },
);

/** Counts of one report share a magnitude: a township sees 0–9, a big bureau 10^5+. */
function countOf(max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max }) },
  );
}

const magnitude = fc.oneof(
  { weight: 6, arbitrary: fc.constant(9) },
  { weight: 3, arbitrary: fc.constant(999) },
  { weight: 1, arbitrary: fc.constant(1_000_000) },
);

const signedChange = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: -50, max: 50 }) },
  { weight: 1, arbitrary: fc.integer({ min: -2000, max: 2000 }) },
);

/** 万元 with at most 6 decimals (an integer number of 0.01 元). */
const moneyWan = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
  },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => n / 1e6),
  },
);

const sixOf = (arb: fc.Arbitrary<number>): fc.Arbitrary<number[]> =>
  fc.array(arb, { minLength: 6, maxLength: 6 });

/** An item list cannot shrink below empty; never -0 (it would not equal 0 in tests). */
function clampChange(change: number, previous: number): number {
  return change < -previous ? -previous || 0 : change;
}

function proactiveArbitrary(
  generation: Generation,
  max: number,
): fc.Arbitrary<Values> {
  const count = countOf(max);
  if (generation === 'G2') {
    const three = fc.tuple(count, count, count);
    return fc
      .record({
        rulesNotApplicable: fc.boolean(),
        rules: three,
        docs: three,
        licensing: count,
        penalty: count,
        coercion: count,
        fees: moneyWan,
      })
      .map((r) => {
        // Bodies without rule-making power write `/` across the 规章 row.
        const rules = r.rulesNotApplicable
          ? (['/', '/', '/'] as const)
          : r.rules;
        return {
          'proactive.rules.issued': rules[0],
          'proactive.rules.repealed': rules[1],
          'proactive.rules.inForce': rules[2],
          'proactive.normativeDocs.issued': r.docs[0],
          'proactive.normativeDocs.repealed': r.docs[1],
          'proactive.normativeDocs.inForce': r.docs[2],
          'proactive.licensing.decisions': r.licensing,
          'proactive.penalty.decisions': r.penalty,
          'proactive.coercion.decisions': r.coercion,
          'proactive.fees.amountWan': r.fees,
        };
      });
  }
  const items = fc.tuple(count, signedChange, count);
  return fc
    .record({
      rules: fc.tuple(count, count, count),
      docs: fc.tuple(count, count, count),
      licensing: items,
      otherServices: items,
      penalty: items,
      coercion: items,
      fees: fc.tuple(count, signedChange),
      procurement: fc.tuple(count, moneyWan),
    })
    .map((r) => {
      const values: Values = {};
      // 对外公开总数量 ≥ 本年新公开数量 (R9) in real reports.
      for (const [key, [made, published, extra]] of [
        ['rules', r.rules],
        ['normativeDocs', r.docs],
      ] as const) {
        values[`proactive.${key}.newlyMade`] = made;
        values[`proactive.${key}.newlyPublished`] = published;
        values[`proactive.${key}.totalPublished`] = published + extra;
      }
      for (const [key, [previous, change, decisions]] of [
        ['licensing', r.licensing],
        ['otherServices', r.otherServices],
        ['penalty', r.penalty],
        ['coercion', r.coercion],
      ] as const) {
        values[`proactive.${key}.previousItems`] = previous;
        values[`proactive.${key}.itemChange`] = clampChange(change, previous);
        values[`proactive.${key}.decisions`] = decisions;
      }
      values['proactive.fees.previousItems'] = r.fees[0];
      values['proactive.fees.itemChange'] = clampChange(r.fees[1], r.fees[0]);
      values['proactive.procurement.projects'] = r.procurement[0];
      values['proactive.procurement.amountWan'] = r.procurement[1];
      return values;
    });
}

function applicationsArbitrary(
  generation: Generation,
  max: number,
): fc.Arbitrary<Values> {
  const count = countOf(max);
  const resultKeys = resultRowKeys(generation);
  return fc
    .record({
      results: fc.array(sixOf(count), {
        minLength: resultKeys.length,
        maxLength: resultKeys.length,
      }),
      carriedIn: sixOf(count),
      carriedForward: sixOf(count),
    })
    .map(({ results, carriedIn, carriedForward }) => {
      const byRow: Record<string, number[]> = {};
      resultKeys.forEach((key, i) => (byRow[key] = results[i] ?? []));
      // Clamp so that received (R1) is never negative.
      const concluded = APPLICANT_COLUMNS.map((_, c) =>
        results.reduce((sum, row) => sum + (row[c] ?? 0), 0),
      );
      const clampedIn = carriedIn.map((n, c) =>
        Math.min(n, (concluded[c] ?? 0) + (carriedForward[c] ?? 0)),
      );
      return completeApplications(generation, {
        results: byRow,
        carriedIn: clampedIn,
        carriedForward,
      });
    });
}

const reviewOutcome = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 6, max: 300 }) },
);

const reviewsArbitrary: fc.Arbitrary<Values> = fc
  .tuple(
    fc.array(reviewOutcome, { minLength: 4, maxLength: 4 }),
    fc.array(reviewOutcome, { minLength: 4, maxLength: 4 }),
    fc.array(reviewOutcome, { minLength: 4, maxLength: 4 }),
  )
  .map(([review, direct, afterReview]) =>
    completeReviews({
      review,
      litigationDirect: direct,
      litigationAfterReview: afterReview,
    }),
  );

/**
 * A fresh values object. Not `{ ...a, ...b }`: V8 spreads objects of ~200 keys about
 * 100 times slower than a copy loop, which dominated report generation.
 */
function mergeValues(...parts: Values[]): Values {
  const values: Values = {};
  for (const part of parts) {
    for (const id of Object.keys(part)) values[id] = part[id] ?? null;
  }
  return values;
}

/** mulberry32: small, seeded, the same on every machine (blank placement, golden tests). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Publishes zeros as blank cells with probability `rate`. */
function blankZeros(values: Values, rate: number, seed: number): Values {
  if (rate <= 0) return values;
  const random = prng(seed);
  for (const id of Object.keys(values)) {
    if (values[id] === 0 && random() < rate) values[id] = null;
  }
  return values;
}

export interface ReportDataArbitraryOptions {
  /** Without it the generation follows the year: G1 for ≤2020, G2 after. */
  generation?: Generation;
  /**
   * Probability that a cell whose value is 0 is published blank (null), as many real
   * reports do. Only zeros are blanked, so R1–R4 still hold with blank read as 0.
   * Default 0.
   */
  blankRate?: number;
}

/**
 * Consistent reports (R1–R4), years 2019–2025. With a generation, the year is drawn
 * from that generation's years (G1: 2019–2020, G2: 2021–2025).
 */
export function arbitraryReportData(
  options: ReportDataArbitraryOptions = {},
): fc.Arbitrary<ReportData> {
  const blankRate = options.blankRate ?? 0;
  const header =
    options.generation === undefined
      ? fc.integer({ min: 2019, max: 2025 }).map((year) => ({
          year,
          generation: (year <= 2020 ? 'G1' : 'G2') as Generation,
        }))
      : fc
          .integer(
            options.generation === 'G1'
              ? { min: 2019, max: 2020 }
              : { min: 2021, max: 2025 },
          )
          .map((year) => ({
            year,
            generation: options.generation ?? 'G2',
          }));
  return fc.tuple(header, magnitude).chain(([{ year, generation }, max]) =>
    valuesArbitrary(generation, max).map(
      ({ agency, values, blankSeed }): ReportData => ({
        year,
        agency,
        generation,
        values: blankZeros(mergeValues(values), blankRate, blankSeed),
      }),
    ),
  );
}

interface DrawnValues {
  agency: string;
  values: Values;
  blankSeed: number;
}

// Built once per (generation, magnitude): constructing ~200 nested arbitraries inside
// every chain call made each report cost milliseconds.
const valuesCache = new Map<string, fc.Arbitrary<DrawnValues>>();

function valuesArbitrary(
  generation: Generation,
  max: number,
): fc.Arbitrary<DrawnValues> {
  const key = `${generation}:${max}`;
  let arbitrary = valuesCache.get(key);
  if (!arbitrary) {
    arbitrary = fc
      .record({
        agency: arbitraryAgency,
        proactive: proactiveArbitrary(generation, max),
        applications: applicationsArbitrary(generation, max),
        reviews: reviewsArbitrary,
        blankSeed: fc.integer(),
      })
      .map((r) => ({
        agency: r.agency,
        values: mergeValues(r.proactive, r.applications, r.reviews),
        blankSeed: r.blankSeed,
      }));
    valuesCache.set(key, arbitrary);
  }
  return arbitrary;
}

// ---- Fixed samples -------------------------------------------------------

/**
 * One fixed, realistic report per generation for unit tests and benchmarks.
 * G1: 示例市民政局 2020, with signed changes (+2, -4), money 126.5836 万元, and the
 * 科研机构 column published blank (zeros left empty, as in the Shanghai 2019 report).
 * G2: 示例市住房和城乡建设局 2023, `/` across the 规章 row, fee notices in 三（六）2.
 * A fresh object on every call: tests may mutate it.
 */
export function sampleReportData(generation: Generation): ReportData {
  return generation === 'G1' ? sampleG1() : sampleG2();
}

function sampleG1(): ReportData {
  const values: Values = {
    'proactive.rules.newlyMade': 0,
    'proactive.rules.newlyPublished': 0,
    'proactive.rules.totalPublished': 0,
    'proactive.normativeDocs.newlyMade': 3,
    'proactive.normativeDocs.newlyPublished': 3,
    'proactive.normativeDocs.totalPublished': 27,
    'proactive.licensing.previousItems': 12,
    'proactive.licensing.itemChange': 2,
    'proactive.licensing.decisions': 486,
    'proactive.otherServices.previousItems': 35,
    'proactive.otherServices.itemChange': -4,
    'proactive.otherServices.decisions': 1290,
    'proactive.penalty.previousItems': 6,
    'proactive.penalty.itemChange': 0,
    'proactive.penalty.decisions': 3,
    'proactive.coercion.previousItems': 2,
    'proactive.coercion.itemChange': 0,
    'proactive.coercion.decisions': 0,
    'proactive.fees.previousItems': 1,
    'proactive.fees.itemChange': 0,
    'proactive.procurement.projects': 4,
    'proactive.procurement.amountWan': 126.5836,
  };
  completeApplications(
    'G1',
    {
      results: {
        granted: [21, 3, 0, 0, 1, 0],
        partlyGranted: [4, 1, 0, 0, 0, 0],
        withheldByLaw: [1, 0, 0, 0, 0, 0],
        withheldThirdParty: [2, 0, 0, 0, 0, 0],
        withheldProcessInfo: [1, 0, 0, 0, 0, 0],
        unavailableNotHeld: [9, 2, 0, 0, 1, 0],
        unavailableNeedsCreation: [2, 0, 0, 0, 0, 0],
        unavailableUnclear: [1, 0, 0, 0, 0, 0],
        notProcessedComplaint: [3, 0, 0, 0, 0, 0],
        notProcessedRepeated: [2, 0, 0, 0, 0, 0],
        otherHandling: [5, 0, 0, 0, 0, 1],
      },
      carriedIn: [2, 0, 0, 0, 0, 0],
      carriedForward: [3, 1, 0, 0, 0, 0],
    },
    values,
  );
  for (const row of applicationRowKeys('G1')) {
    values[`applications.${row}.research`] = null;
  }
  completeReviews(
    {
      review: [1, 0, 0, 1],
      litigationDirect: [1, 0, 0, 0],
      litigationAfterReview: [0, 0, 0, 0],
    },
    values,
  );
  return { year: 2020, agency: '示例市民政局', generation: 'G1', values };
}

function sampleG2(): ReportData {
  const values: Values = {
    'proactive.rules.issued': '/',
    'proactive.rules.repealed': '/',
    'proactive.rules.inForce': '/',
    'proactive.normativeDocs.issued': 5,
    'proactive.normativeDocs.repealed': 1,
    'proactive.normativeDocs.inForce': 25,
    'proactive.licensing.decisions': 1826,
    'proactive.penalty.decisions': 57,
    'proactive.coercion.decisions': 3,
    'proactive.fees.amountWan': 12.3456,
  };
  completeApplications(
    'G2',
    {
      results: {
        granted: [38, 6, 0, 0, 2, 0],
        partlyGranted: [7, 1, 0, 0, 0, 0],
        withheldThirdParty: [2, 0, 0, 0, 0, 0],
        withheldProcessInfo: [1, 0, 0, 0, 0, 0],
        withheldAdminQuery: [3, 0, 0, 0, 0, 0],
        unavailableNotHeld: [21, 3, 0, 0, 1, 0],
        unavailableNeedsCreation: [4, 0, 0, 0, 0, 0],
        unavailableUnclear: [2, 0, 0, 0, 0, 0],
        notProcessedComplaint: [5, 0, 0, 0, 0, 0],
        notProcessedRepeated: [3, 1, 0, 0, 0, 0],
        notProcessedPublication: [1, 0, 0, 0, 0, 0],
        notProcessedConfirmation: [2, 0, 0, 0, 0, 0],
        otherOverdueCorrection: [4, 0, 0, 0, 0, 0],
        otherOverdueFee: [1, 0, 0, 0, 0, 0],
        otherMisc: [2, 0, 0, 0, 0, 1],
      },
      carriedIn: [5, 1, 0, 0, 0, 0],
      carriedForward: [6, 0, 0, 0, 1, 0],
    },
    values,
  );
  completeReviews(
    {
      review: [3, 1, 0, 1],
      litigationDirect: [2, 0, 1, 1],
      litigationAfterReview: [1, 0, 0, 0],
    },
    values,
  );
  return {
    year: 2023,
    agency: '示例市住房和城乡建设局',
    generation: 'G2',
    values,
  };
}

/** Every metric id the samples and arbitraries fill for a generation, in layout order. */
export function reportMetricIds(generation: Generation): string[] {
  const ids = proactiveIds(generation);
  for (const row of applicationRowKeys(generation)) {
    for (const col of APPLICATION_COLUMNS)
      ids.push(`applications.${row}.${col.key}`);
  }
  for (const group of REVIEW_GROUPS) {
    for (const col of REVIEW_COLUMNS) ids.push(`${group.key}.${col.key}`);
  }
  return ids;
}
