import { buildDemoPlan } from '@gongkai/demo-city';
import type { DemoReport } from '@gongkai/demo-city';
import {
  getMetric,
  METRICS,
  metricsOfGeneration,
} from '@gongkai/disclosure-domain';
import type { DepartmentKind } from '@gongkai/disclosure-domain';

import type { Dialect } from '../entities';
import { DemoExpectations } from '../../testing/demo-expectations';
import {
  CONSISTENT,
  countedState,
  recomputeCityTotals,
  roundedTotals,
  storedCityTotals,
  valueRowMismatches,
} from '../../testing/store-invariants';
import type { TestStore } from '../../testing/test-databases';
import { DIALECTS, openTestStore } from '../../testing/test-databases';
import type { DemoLoadResult } from './demo-loader';
import { DEMO_META_KEY, loadDemoCity } from './demo-loader';
import {
  encodeSeriesMatrix,
  POINT_STATUS_LETTERS,
  POINT_STATUSES,
  ReportQueries,
} from './report-queries';
import type { ReportStore } from './report-store';

const plan = buildDemoPlan();
const NOW = new Date(plan.now);
const FIRST_YEAR = plan.city.years[0] as number;
const CURRENT_YEAR = plan.city.years[plan.city.years.length - 1] as number;

/** Metrics of both generations, of one only, counts, money, and the rows with `/`. */
const SERIES_METRICS = [
  'applications.received.total',
  'applications.granted.research',
  'applications.carriedIn.natural',
  'applications.withheldAdminQuery.total',
  'applications.otherMisc.total',
  'proactive.rules.inForce',
  'proactive.rules.newlyMade',
  'proactive.procurement.projects',
  'proactive.procurement.amountWan',
  'proactive.fees.amountWan',
  'proactive.licensing.decisions',
  'proactive.penalty.decisions',
  'review.total',
  'litigationDirect.total',
];

// One database per dialect, each loaded once with the demo city for every test here.
const opened = new Map<Dialect, TestStore>();
const loaded = new Map<Dialect, DemoLoadResult>();
const expected = new Map<Dialect, DemoExpectations>();

beforeAll(async () => {
  for (const dialect of DIALECTS) {
    const t = await openTestStore(dialect);
    opened.set(dialect, t);
    loaded.set(dialect, await loadDemoCity(t.store));
    // Department ids as this database gave them out.
    const departments = await t.store.departments();
    expected.set(
      dialect,
      new DemoExpectations(
        plan,
        new Map(departments.map((d) => [d.code, d.id])),
      ),
    );
  }
}, 180_000);

afterAll(async () => {
  for (const t of opened.values()) await t.close();
}, 60_000);

function storeOf(dialect: Dialect): ReportStore {
  const t = opened.get(dialect);
  if (!t) throw new Error(`no ${dialect} store`);
  return t.store;
}

/** The finding codes planted in a version (R6 shows because the store checks across years). */
const plantedCodes = (r: DemoReport) => r.defects.flatMap((d) => d.codes);

describe.each(DIALECTS)('demo city queries on %s', (dialect) => {
  const store = () => storeOf(dialect);
  const queries = () => new ReportQueries(store());
  let expectations: DemoExpectations;
  beforeAll(() => {
    expectations = expected.get(dialect) as DemoExpectations;
  });

  it('loads every department, succession and submission of the plan', async () => {
    expect(loaded.get(dialect)).toEqual({
      departments: plan.city.departments.length,
      submissions: plan.city.submissions.length,
      failed: 0,
    });
    const departments = await store().departments();
    expect(departments.map((d) => d.code).sort()).toEqual(
      plan.city.departments.map((d) => d.code).sort(),
    );
    const lineage = await store().lineage();
    expect(
      lineage.map((l) => [
        departments.find((d) => d.id === l.predecessorId)?.code,
        departments.find((d) => d.id === l.successorId)?.code,
        l.year,
      ]),
    ).toEqual(
      plan.city.departments.flatMap((d) =>
        d.predecessors.map((p) => [p, d.code, d.activeFrom]),
      ),
    );
    expect(JSON.parse((await store().getMeta(DEMO_META_KEY)) ?? '{}')).toEqual({
      city: '示例市',
      now: plan.now,
    });
    expect(await store().years()).toEqual(plan.city.years);
    expect(await countedState(store().db)).toEqual(CONSISTENT);
    expect(await valueRowMismatches(store().db)).toEqual([]);
  });

  it('keeps the city totals equal to a recomputation for every metric', async () => {
    const db = store().db;
    expect(roundedTotals(await storedCityTotals(db))).toEqual(
      roundedTotals(await recomputeCityTotals(db)),
    );
  });

  it('gives city totals that add up the counted reports of the plan', async () => {
    const totals = await queries().cityTotals(
      SERIES_METRICS,
      FIRST_YEAR,
      CURRENT_YEAR,
    );
    const expected = [];
    for (let year = FIRST_YEAR; year <= CURRENT_YEAR; year++) {
      for (const metric of SERIES_METRICS) {
        const t = {
          year,
          metric,
          total: 0,
          reported: 0,
          blank: 0,
          notApplicable: 0,
          unreadable: 0,
        };
        for (const r of expectations.countedIn(year)) {
          const v = r.data.values[metric];
          if (typeof v === 'number') {
            t.total += v;
            t.reported++;
          } else if (v === null) t.blank++;
          else if (v === '/') t.notApplicable++;
        }
        expected.push({
          ...t,
          // Blank is not zero: no number in any report, no total.
          total: t.reported > 0 ? Math.round(t.total * 1e6) / 1e6 : null,
        });
      }
    }
    // Some cells have no number in any report (a metric outside its format).
    expect(expected.some((t) => t.total === null)).toBe(true);
    expect(totals).toEqual(expected);
  });

  it.each([
    [2024, [] as DepartmentKind[], false],
    [2021, ['district'] as DepartmentKind[], false],
    [2020, ['cityDepartment', 'township'] as DepartmentKind[], true],
  ])(
    'sums the tables of %i in their official format (kinds %j, accepted only %s)',
    async (year, kinds, acceptedOnly) => {
      const got = await queries().cityTables({ year, kinds, acceptedOnly });
      const generation = year >= 2021 ? 'G2' : 'G1';
      const reports = expectations
        .countedIn(year)
        .filter(
          (r) =>
            (kinds.length === 0 ||
              kinds.includes(
                expectations.department(r.submission.departmentCode).kind,
              )) &&
            (!acceptedOnly || r.submission.review?.action === 'accept'),
        );
      expect(reports.length).toBeGreaterThan(0);
      const byGeneration: Record<string, number> = {};
      for (const r of reports) {
        byGeneration[r.data.generation] =
          (byGeneration[r.data.generation] ?? 0) + 1;
      }
      expect(got).toEqual({
        year,
        generation,
        kinds,
        acceptedOnly,
        reports: Object.entries(byGeneration)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([g, n]) => ({ generation: g, reports: n })),
        cells: metricsOfGeneration(generation).map((metric) => {
          const numbers = reports
            .map((r) => r.data.values[metric])
            .filter((v): v is number => typeof v === 'number');
          return {
            metric,
            value: numbers.length
              ? Math.round(numbers.reduce((a, b) => a + b, 0) * 1e6) / 1e6
              : null,
            reports: numbers.length,
          };
        }),
      });
    },
  );

  it.each([2019, 2022])(
    'sums every department of %i from the city totals as a scan of every kind does',
    async (year) => {
      const fromTotals = await queries().cityTables({ year });
      const scanned = await queries().cityTables({
        year,
        kinds: ['cityDepartment', 'district', 'township', 'other'],
      });
      expect({ ...scanned, kinds: [] }).toEqual(fromTotals);
    },
  );

  it('refuses a year before the national tables', async () => {
    await expect(queries().cityTables({ year: 2018 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('gives every point of every series the value or status the plan rendered', async () => {
    const page = await queries().series({
      metrics: SERIES_METRICS,
      departments: {},
      from: FIRST_YEAR,
      to: CURRENT_YEAR,
    });
    expect(page.totalDepartments).toBe(plan.city.departments.length);
    const got = page.lines.map((l) => ({
      code: l.department.code,
      metric: l.metric,
      points: l.points.map(({ submissionId: _s, ...p }) => p),
    }));
    const want = page.lines.map((l) => ({
      code: l.department.code,
      metric: l.metric,
      points: plan.city.years.map((y) =>
        expectations.point(l.department.code, l.metric, y),
      ),
    }));
    expect(got).toEqual(want);
    // The comparison above only means something if every status occurs.
    const statuses = new Set(
      want.flatMap((l) => l.points.map((p) => p.status)),
    );
    expect([...statuses].sort()).toEqual(
      [
        'blank',
        'missingReport',
        'notApplicable',
        'notInGeneration',
        'reported',
      ].sort(),
    );
    // A point has a submission exactly when the department's own report counts.
    for (const line of page.lines) {
      for (const p of line.points) {
        const own = expectations.counted(line.department.code, p.year);
        expect({
          line: line.department.code,
          year: p.year,
          has: p.submissionId !== null,
        }).toEqual({
          line: line.department.code,
          year: p.year,
          has: own !== null,
        });
      }
    }
  });

  it.each([
    ['reported', 'any'],
    ['blank', 'any'],
    ['notApplicable', 'any'],
    // A G1-only metric in a report of the 2021 format.
    ['notInGeneration', 'G2'],
  ] as const)(
    'shows a %s cell where the plan rendered one (in %s report)',
    async (status, generation) => {
      let found: { report: DemoReport; metric: string } | undefined;
      for (const year of plan.city.years) {
        for (const report of expectations.countedIn(year)) {
          if (
            found ||
            (generation !== 'any' && report.data.generation !== generation)
          )
            continue;
          const metric = METRICS.map((m) => m.id).find(
            (id) => expectations.cell(report, id).status === status,
          );
          if (metric) found = { report, metric };
        }
      }
      expect(found).toBeDefined();
      const { report, metric } = found as {
        report: DemoReport;
        metric: string;
      };
      const { departmentCode: code, year } = report.submission;
      expect(
        getMetric(metric)?.generations.includes(report.data.generation),
      ).toBe(status !== 'notInGeneration');
      const page = await queries().series({
        metrics: [metric],
        departments: { departmentIds: [expectations.id(code)] },
        from: year,
        to: year,
      });
      expect(page.lines[0]?.points[0]).toMatchObject({
        status,
        value: expectations.cell(report, metric).value,
        submissionId: expect.any(Number),
      });
    },
  );

  it('shows a missing report where the plan has a gap', async () => {
    const missing = plan.gaps.filter((g) => g.reason === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const gap of missing) {
      const page = await queries().series({
        metrics: ['applications.received.total'],
        departments: { departmentIds: [expectations.id(gap.departmentCode)] },
        from: gap.year,
        to: gap.year,
      });
      expect(page.lines[0]?.points[0]).toEqual({
        year: gap.year,
        value: null,
        status: 'missingReport',
        expected: true,
        submissionId: null,
        viaPredecessors: [],
      });
    }
  });

  it('packs the matrix as encoding a fresh one would, also when its buffers are reused', async () => {
    const q = queries();
    const all = {
      metrics: SERIES_METRICS,
      departments: {},
      from: FIRST_YEAR,
      to: CURRENT_YEAR,
    };
    // Large first, then smaller: the second call reuses the first one's buffers.
    for (const args of [
      all,
      { ...all, metrics: SERIES_METRICS.slice(0, 2), from: CURRENT_YEAR - 1 },
    ]) {
      const packed = await q.packedSeriesMatrix(args);
      const fresh = await q.seriesMatrix(args);
      expect(packed.departments.map((d) => d.id)).toEqual(
        fresh.departments.map((d) => d.id),
      );
      expect({ values: packed.values, statuses: packed.statuses }).toEqual(
        encodeSeriesMatrix(fresh),
      );
      expect(packed.statuses).toHaveLength(
        fresh.departments.length *
          fresh.metrics.length *
          (args.to - args.from + 1),
      );
    }
  });

  it('gives in the matrix, point by point, what the series gives (every department, lineage included)', async () => {
    const args = {
      metrics: SERIES_METRICS,
      departments: {},
      from: FIRST_YEAR,
      to: CURRENT_YEAR,
    };
    const matrix = await queries().seriesMatrix(args);
    const page = await queries().series(args);
    const years = CURRENT_YEAR - FIRST_YEAR + 1;
    const fromMatrix: [number, string][] = [];
    const fromSeries: [number, string][] = [];
    // The matrix is metric-major, the series department-major.
    const lines = new Map(
      page.lines.map((l) => [`${l.metric}:${l.department.id}`, l]),
    );
    let i = 0;
    for (const metric of matrix.metrics) {
      for (const d of matrix.departments) {
        const line = lines.get(`${metric}:${d.id}`);
        for (let k = 0; k < years; k++, i++) {
          const p = line?.points[k];
          fromMatrix.push([
            matrix.values[i] as number,
            String.fromCharCode(matrix.statuses[i] as number),
          ]);
          fromSeries.push([
            p?.value ?? NaN,
            POINT_STATUS_LETTERS[
              POINT_STATUSES.indexOf(p?.status ?? 'blank')
            ] ?? '?',
          ]);
        }
      }
    }
    expect(page.lines).toHaveLength(
      matrix.departments.length * SERIES_METRICS.length,
    );
    expect(fromMatrix).toEqual(fromSeries);
    // Every kind of point is compared, predecessors' sums included.
    expect(new Set(fromSeries.map(([, s]) => s))).toEqual(
      new Set(['r', 'b', 'x', 'g', 'm']),
    );
    expect(
      page.lines.some((l) => l.points.some((p) => p.viaPredecessors.length)),
    ).toBe(true);
  });

  it('fills the merged department’s years before the merger from its predecessors', async () => {
    const merged = plan.city.departments.find((d) => d.predecessors.length > 0);
    expect(merged?.activeFrom).not.toBeNull();
    const code = merged?.code ?? '';
    const from = merged?.activeFrom ?? 0;
    const metric = 'applications.received.total';
    const ask = (withPredecessors: boolean) =>
      queries().series({
        metrics: [metric],
        departments: { departmentIds: [expectations.id(code)] },
        from: FIRST_YEAR,
        to: CURRENT_YEAR,
        withPredecessors,
      });
    const points = (await ask(true)).lines[0]?.points ?? [];
    const before = points.filter((p) => p.year < from);
    expect(before.map((p) => p.year)).toEqual(
      Array.from({ length: from - FIRST_YEAR }, (_, i) => FIRST_YEAR + i),
    );
    expect(before).toEqual(
      before.map((p) => ({
        year: p.year,
        status: 'reported',
        // The sum of what the predecessors reported that year.
        value: (merged?.predecessors ?? []).reduce(
          (s, c) =>
            s + Number(expectations.counted(c, p.year)?.data.values[metric]),
          0,
        ),
        expected: false,
        submissionId: null,
        viaPredecessors: merged?.predecessors,
      })),
    );
    expect(
      points
        .filter((p) => p.year >= from)
        .map((p) => [p.expected, p.viaPredecessors, p.submissionId !== null]),
    ).toEqual(points.filter((p) => p.year >= from).map(() => [true, [], true]));
    const without = (await ask(false)).lines[0]?.points ?? [];
    expect(without.filter((p) => p.year < from).map((p) => p.status)).toEqual(
      Array.from({ length: from - FIRST_YEAR }, () => 'missingReport'),
    );
  });

  it.each([
    ['applications.received.total', 2024, false],
    ['proactive.coercion.decisions', 2023, false],
    ['proactive.coercion.decisions', 2023, true],
    ['review.total', 2025, false],
  ] as const)(
    'ranks by %s in %i (ascending: %s), equal values sharing a rank',
    async (metric, year, ascending) => {
      const entries = expectations
        .countedIn(year)
        .map((r) => ({
          code: r.submission.departmentCode,
          id: expectations.id(r.submission.departmentCode),
          value: r.data.values[metric],
        }))
        .filter(
          (e): e is typeof e & { value: number } => typeof e.value === 'number',
        )
        .sort(
          (a, b) =>
            (ascending ? a.value - b.value : b.value - a.value) || a.id - b.id,
        );
      const want = entries.map((e) => ({
        rank:
          1 +
          entries.filter((o) =>
            ascending ? o.value < e.value : o.value > e.value,
          ).length,
        code: e.code,
        value: e.value,
      }));
      const got = await queries().ranking({
        metric,
        year,
        ascending,
        limit: 500,
      });
      expect(
        got.map((r) => ({
          rank: r.rank,
          code: r.department.code,
          value: r.value,
        })),
      ).toEqual(want);
      expect(want.length).toBeGreaterThan(3);
    },
  );

  it('gives equal values the same rank and skips the ranks they take', async () => {
    // Chosen for its ties: many bodies report no coercion at all.
    const got = await queries().ranking({
      metric: 'proactive.coercion.decisions',
      year: 2023,
      limit: 500,
    });
    const ranks = got.map((r) => r.rank);
    expect(new Set(ranks).size).toBeLessThan(ranks.length);
    expect(
      got.map((r, i) =>
        i === 0 ? 1 : r.value === got[i - 1]?.value ? got[i - 1]?.rank : i + 1,
      ),
    ).toEqual(ranks);
    // Within a tie, the order is by department id.
    const tied = got.filter((r) => r.value === got[got.length - 1]?.value);
    expect(tied.map((r) => r.department.id)).toEqual(
      tied.map((r) => r.department.id).sort((a, b) => a - b),
    );
  });

  it('ranks only the kinds asked for, and cuts at the limit', async () => {
    const kinds: DepartmentKind[] = ['district'];
    const got = await queries().ranking({
      metric: 'applications.received.total',
      year: 2024,
      kinds,
      limit: 3,
    });
    const districts = expectations
      .countedIn(2024)
      .filter(
        (r) =>
          expectations.department(r.submission.departmentCode).kind ===
          'district',
      )
      .map((r) => Number(r.data.values['applications.received.total']))
      .sort((a, b) => b - a);
    expect(got.map((r) => r.value)).toEqual(districts.slice(0, 3));
    expect(got.every((r) => r.department.kind === 'district')).toBe(true);
  });

  it.each([CURRENT_YEAR, 2022, 2020])(
    'shows on the board for %i what came in, when, and how it was reviewed',
    async (year) => {
      const board = await queries().complianceBoard({ year, now: NOW });
      const got = board.rows.map((r) => ({
        code: r.department.code,
        status: r.status,
        expected: r.expected,
        deadline: r.deadline,
        versions: r.versions,
        firstReceivedAt: r.firstReceivedAt,
        onTime: r.onTime,
        daysLate: r.daysLate,
        hasCounted: r.submissionId !== null,
        hasErrors: r.errorCount > 0,
      }));
      const want = plan.city.departments
        .filter((d) => expectations.isActive(d.code, year))
        .map((d) => expectations.boardRow(d.code, year, plan.now));
      expect(got.sort(byCode)).toEqual(want.sort(byCode));
      const counts: Record<string, number> = {};
      for (const w of want) counts[w.status] = (counts[w.status] ?? 0) + 1;
      expect(
        Object.fromEntries(
          Object.entries(board.counts).filter(([, n]) => n > 0),
        ),
      ).toEqual(counts);
      expect(board.onTime).toBe(want.filter((w) => w.onTime === true).length);
      expect(board.late).toBe(want.filter((w) => w.onTime === false).length);
      // Every department-year without a submission is a gap of the plan.
      const gaps = plan.gaps.filter((g) => g.year === year);
      expect(
        want
          .filter((w) => w.versions === 0)
          .map((w) => w.code)
          .sort(),
      ).toEqual(gaps.map((g) => g.departmentCode).sort());
    },
  );

  it('counts the current cycle as the plan’s story tells it', async () => {
    const board = await queries().complianceBoard({
      year: CURRENT_YEAR,
      now: NOW,
    });
    const gaps = plan.gaps.filter((g) => g.year === CURRENT_YEAR);
    const gapKinds = gaps.map(
      (g) => expectations.department(g.departmentCode).kind,
    );
    // At 10 February the 31 January deadline has passed, the 31 March one has not.
    expect(board.counts.pending).toBe(
      gapKinds.filter((k) => k === 'district').length,
    );
    expect(board.counts.missing).toBe(
      gapKinds.filter((k) => k !== 'district').length,
    );
    const current = plan.reports.filter(
      (r) => r.submission.year === CURRENT_YEAR,
    );
    const returnedOnly = new Set(
      current
        .filter((r) => r.submission.review?.action === 'return')
        .map((r) => r.submission.departmentCode),
    );
    for (const r of current) {
      if (r.submission.review?.action !== 'return')
        returnedOnly.delete(r.submission.departmentCode);
    }
    expect(board.counts.returned).toBe(returnedOnly.size);
    const unreviewedWithErrors = current.filter(
      (r) => r.submission.review === null && expectations.hasErrors(r),
    );
    expect(board.counts.submittedWithErrors).toBe(unreviewedWithErrors.length);
    expect(unreviewedWithErrors.length).toBeGreaterThan(0);
    expect(board.totalRows).toBe(
      plan.city.departments.filter((d) =>
        expectations.isActive(d.code, CURRENT_YEAR),
      ).length,
    );
    const filtered = await queries().complianceBoard({
      year: CURRENT_YEAR,
      now: NOW,
      statuses: ['missing', 'pending'],
    });
    expect(filtered.rows.map((r) => r.department.code).sort()).toEqual(
      gaps.map((g) => g.departmentCode).sort(),
    );
  });

  it.each(['R1', 'R4', 'R6', 'R10', 'FORMAT_OUTDATED'])(
    'finds the planted %s findings in the counted versions, and only there',
    async (code) => {
      const result = await queries().findings({ codes: [code], limit: 500 });
      expect(result.rows.every((f) => f.code === code)).toBe(true);
      expect(result.total).toBe(result.rows.length);
      const got = new Set(
        result.rows.map((f) => `${f.departmentId}:${f.year}:${f.version}`),
      );
      const want = new Set<string>();
      for (const year of plan.city.years) {
        for (const r of expectations.countedIn(year)) {
          if (plantedCodes(r).includes(code)) {
            want.add(
              `${expectations.id(r.submission.departmentCode)}:${year}:${r.submission.version}`,
            );
          }
        }
      }
      expect([...got].sort()).toEqual([...want].sort());
      expect(want.size).toBeGreaterThan(0);
      // Every version, returned ones included.
      const all = await queries().findings({
        codes: [code],
        allVersions: true,
        limit: 500,
      });
      const wantAll = new Set(
        plan.reports
          .filter((r) => plantedCodes(r).includes(code))
          .map(
            (r) =>
              `${expectations.id(r.submission.departmentCode)}:${r.submission.year}:${r.submission.version}`,
          ),
      );
      expect(
        [
          ...new Set(
            all.rows.map((f) => `${f.departmentId}:${f.year}:${f.version}`),
          ),
        ].sort(),
      ).toEqual([...wantAll].sort());
    },
  );

  it('filters findings by severity and year, and pages through them', async () => {
    const errors = await queries().findings({
      severities: ['error'],
      year: CURRENT_YEAR,
      limit: 500,
    });
    expect(
      errors.rows.every(
        (f) => f.severity === 'error' && f.year === CURRENT_YEAR,
      ),
    ).toBe(true);
    expect(
      [...new Set(errors.rows.map((f) => f.departmentId))].sort(
        (a, b) => a - b,
      ),
    ).toEqual(
      expectations
        .countedIn(CURRENT_YEAR)
        .filter((r) => expectations.hasErrors(r))
        .map((r) => expectations.id(r.submission.departmentCode))
        .sort((a, b) => a - b),
    );
    const everything = await queries().findings({ limit: 500 });
    expect(everything.total).toBeGreaterThan(10);
    const pages = [];
    for (let offset = 0; offset < everything.total; offset += 7) {
      const page = await queries().findings({ limit: 7, offset });
      expect(page.total).toBe(everything.total);
      pages.push(...page.rows);
    }
    expect(pages).toEqual(everything.rows.slice(0, everything.total));
    const none = await queries().findings({ codes: ['NO_SUCH_CODE'] });
    expect(none).toEqual({ rows: [], total: 0 });
  });
});

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code);

describe('SQLite and PostgreSQL', () => {
  /** The same questions to both databases. */
  async function answers(store: ReportStore) {
    const q = new ReportQueries(store);
    const years = plan.city.years;
    const departments = await store.departments();
    const culture = departments.find((d) => d.code === 'culture-tourism');
    const reports = [];
    for (const d of departments.slice(0, 12)) {
      for (const year of [2021, CURRENT_YEAR]) {
        const history = await store.history(d.id, year);
        if (history.length === 0) continue;
        reports.push(await store.report(d.id, year));
        reports.push(history);
      }
    }
    return {
      departments,
      lineage: await store.lineage(),
      deadlines: await Promise.all(years.map((y) => store.deadlineDates(y))),
      series: await q.series({
        metrics: SERIES_METRICS,
        departments: {},
        from: FIRST_YEAR,
        to: CURRENT_YEAR,
      }),
      townships: await q.series({
        metrics: ['applications.received.total'],
        departments: { kinds: ['township'] },
        from: FIRST_YEAR,
        to: CURRENT_YEAR,
        limit: 5,
        offset: 2,
      }),
      merged: await q.series({
        metrics: ['proactive.licensing.decisions'],
        departments: { departmentIds: culture ? [culture.id] : [] },
        from: FIRST_YEAR,
        to: CURRENT_YEAR,
      }),
      cityTotals: await q.cityTotals(SERIES_METRICS, FIRST_YEAR, CURRENT_YEAR),
      rankings: await Promise.all(
        years.flatMap((year) =>
          ['applications.received.total', 'proactive.fees.amountWan'].map(
            (metric) => q.ranking({ metric, year, limit: 500 }),
          ),
        ),
      ),
      boards: await Promise.all(
        years.map((year) => q.complianceBoard({ year, now: NOW })),
      ),
      findings: await q.findings({ allVersions: true, limit: 500 }),
      warnings: await q.findings({ severities: ['warning'], limit: 500 }),
      reports,
    };
  }

  it('give identical answers to the same questions', async () => {
    const [a, b] = await Promise.all(
      DIALECTS.map((dialect) => answers(storeOf(dialect))),
    );
    expect(a?.series.lines.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});
