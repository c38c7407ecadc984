/**
 * Query benchmark: the dashboard's reads at city scale (default 100,000 counted
 * reports ≈ 14,000 departments × 2019–2025), on SQLite and PostgreSQL.
 *
 *   npm run bench:query                                  # both databases, 100,000 reports
 *   npm run bench:query -- --reports 20000               # smaller city
 *   npm run bench:query -- --db sqlite --explain         # one database, with query plans
 *   npm run bench:query -- --json                        # results as JSON on stdout
 *   node --cpu-prof -r ./tools/register.js tools/bench/query.bench.ts --db sqlite
 *
 * 1. Population (timed, not measured): a temporary SQLite file under tmp/ and a
 *    temporary PostgreSQL database (`createTemporaryPostgresDatabase`) are migrated by
 *    `ReportStore.open` and filled directly through the `Db` gateway — departments of
 *    every kind with merges and renames, one counted report per department-year with
 *    1.5% missing, 8% with an earlier version, values from `arbitraryReportData`
 *    packed as the submission writer does, `city_total` summed from the same rows
 *    (see query-populate.ts). Then ANALYZE (PostgreSQL: VACUUM ANALYZE), as a
 *    database in service would have statistics.
 * 2. Checks (not timed): the sweep of every series page returns every department, and
 *    its sum for one metric and year equals the city total.
 * 3. Timing: each query through `ReportQueries` (what the API resolvers call), after a
 *    warm-up, then the statements it issues timed alone through `store.db.all` (the
 *    "SQL" rows: the rest of the API time is JavaScript). p50 / p95 / max in ms.
 * 4. Both databases are removed at the end (--keep keeps them).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

// The bench project is tagged scope:shared; this benchmark measures the API's
// persistence layer, which is scope:api (as tools/db does).
import {
  createTemporaryPostgresDatabase,
  MAX_PAGE,
  ReportQueries,
  ReportStore,
  valueColumn,
} from '@gongkai/api-persistence';
import type { Db, SqlValue } from '@gongkai/api-persistence';

import { machine } from './bench-common';
import type { PopulateResult } from './query-populate';
import {
  FIRST_YEAR,
  LAST_YEAR,
  populate,
  PopulateTimeout,
} from './query-populate';

// ---- Options ----------------------------------------------------------------

const HELP = `Usage: npm run bench:query -- [options]
  --reports <n>           counted reports (default 100000; departments ≈ n / 6.9)
  --iterations <n>        timed runs per query (default 50)
  --sweep-iterations <n>  timed runs of the all-pages series sweep (default 5)
  --warmup <n>            untimed runs before timing (default 5; sweep: 1)
  --db <list>             sqlite,postgres (default both)
  --distinct <n>          distinct random reports drawn per generation (default 4000)
  --batch <n>             reports per write transaction (default 2000)
  --seed <n>              seed of the data (default 20250101)
  --pg-timeout <s>        abort PostgreSQL population after this (default 300)
  --explain               print the query plans (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE)
  --skip-analyze          do not run ANALYZE after population
  --keep                  keep the SQLite file and the PostgreSQL database
  --json                  print the result as JSON on stdout (progress goes to stderr)
  --help`;

type DbName = 'sqlite' | 'postgres';

interface BenchOptions {
  reports: number;
  iterations: number;
  sweepIterations: number;
  warmup: number;
  dbs: DbName[];
  distinct: number;
  batch: number;
  seed: number;
  pgTimeout: number;
  explain: boolean;
  analyze: boolean;
  keep: boolean;
  json: boolean;
}

function readOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      reports: { type: 'string' },
      iterations: { type: 'string' },
      'sweep-iterations': { type: 'string' },
      warmup: { type: 'string' },
      db: { type: 'string' },
      distinct: { type: 'string' },
      batch: { type: 'string' },
      seed: { type: 'string' },
      'pg-timeout': { type: 'string' },
      explain: { type: 'boolean' },
      'skip-analyze': { type: 'boolean' },
      keep: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const int = (name: string, v: string | undefined, def: number, min = 1) => {
    if (v === undefined) return def;
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min) {
      throw new Error(`--${name} must be an integer ≥ ${min} (got ${v})`);
    }
    return n;
  };
  const dbs = (values.db ?? 'sqlite,postgres').split(',').map((s) => s.trim());
  for (const d of dbs) {
    if (d !== 'sqlite' && d !== 'postgres') {
      throw new Error(`--db takes sqlite and/or postgres (got ${d})`);
    }
  }
  return {
    reports: int('reports', values.reports, 100_000, 100),
    iterations: int('iterations', values.iterations, 50),
    sweepIterations: int('sweep-iterations', values['sweep-iterations'], 5),
    warmup: int('warmup', values.warmup, 5, 0),
    dbs: dbs as DbName[],
    distinct: int('distinct', values.distinct, 4000),
    batch: int('batch', values.batch, 2000),
    seed: int('seed', values.seed, 20250101, 0),
    pgTimeout: int('pg-timeout', values['pg-timeout'], 300),
    explain: values.explain ?? false,
    analyze: !values['skip-analyze'],
    keep: values.keep ?? false,
    json: values.json ?? false,
  };
}

// ---- What is measured -------------------------------------------------------

/** Ten metrics of a dashboard view: both generations have them all. */
const SERIES_METRICS = [
  'applications.received.total',
  'applications.granted.total',
  'applications.partlyGranted.total',
  'applications.unavailableNotHeld.total',
  'applications.resultTotal.total',
  'applications.carriedForward.total',
  'review.total',
  'litigationDirect.total',
  'proactive.licensing.decisions',
  'proactive.penalty.decisions',
] as const;
const RANKING_METRIC = 'applications.received.total';
const YEAR = 2024;
const TARGET_P95_MS = 50;

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

interface ResultRow {
  /** Stable key across databases. */
  key: string;
  label: string;
  kind: 'api' | 'sql';
  /** Compared with the target (single requests only). */
  target: boolean;
  stats: Stats;
}

interface DbResult {
  db: DbName;
  version: string;
  populate?: PopulateResult;
  aborted?: string;
  checks: string[];
  /** 1-minute load average when the timing started and ended (other work on the host). */
  load: [number, number] | null;
  rows: ResultRow[];
  plans: { label: string; plan: string }[];
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

async function measure(
  fn: (i: number) => Promise<unknown>,
  iterations: number,
  warmup: number,
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples[samples.length - 1] ?? NaN,
    mean: samples.reduce((s, x) => s + x, 0) / samples.length,
  };
}

const inList = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The statements ReportQueries issues, copied from report-queries.ts and report-store.ts: keep in step. */
function statements(metrics: readonly string[]) {
  const cols = metrics.map((m) => `"${valueColumn(m)}"`).join(', ');
  const rankCol = `"${valueColumn(RANKING_METRIC)}"`;
  const seriesBase = `SELECT department_id, year, submission_id, generation, statuses, ${cols} FROM report_value WHERE year BETWEEN ? AND ?`;
  return {
    directory: 'SELECT * FROM department WHERE id > ? ORDER BY id',
    lineage:
      'SELECT predecessor_id, successor_id, year, kind FROM department_succession ORDER BY year, predecessor_id',
    seriesAll: seriesBase,
    seriesPage: (ids: number) =>
      `${seriesBase} AND department_id IN (${inList(ids)})`,
    cityTotals: `SELECT year, metric, total, reported, blank, not_applicable, unreadable FROM city_total
       WHERE year BETWEEN ? AND ? AND metric IN (${inList(metrics.length)}) ORDER BY year, metric`,
    ranking: `SELECT v.department_id, v.submission_id, v.${rankCol} AS value FROM report_value v
       JOIN department d ON d.id = v.department_id
       WHERE v.year = ? AND v.${rankCol} IS NOT NULL
       ORDER BY v.${rankCol} DESC, v.department_id LIMIT ?`,
    board: `SELECT department_id, MIN(received_at) AS first_at, MAX(received_at) AS latest_at,
              CAST(COUNT(*) AS INTEGER) AS versions,
              MAX(CASE WHEN counted = 1 THEN id END) AS counted_id,
              MAX(CASE WHEN counted = 1 THEN status END) AS counted_status,
              MAX(CASE WHEN counted = 1 THEN error_count END) AS errors,
              MAX(CASE WHEN counted = 1 THEN warning_count END) AS warnings
       FROM submission WHERE year = ? GROUP BY department_id`,
  };
}

// ---- One database -------------------------------------------------------------

const log = (s: string) => process.stderr.write(`${s}\n`);

async function explain(
  db: Db,
  sql: string,
  params: readonly SqlValue[],
): Promise<string> {
  if (db.dialect === 'sqlite') {
    const rows = await db.all<{ detail: string; id: number; parent: number }>(
      `EXPLAIN QUERY PLAN ${sql}`,
      params,
    );
    const depth = new Map<number, number>();
    return rows
      .map((r) => {
        const d = (depth.get(r.parent) ?? -1) + 1;
        depth.set(r.id, d);
        return `${'  '.repeat(d)}${r.detail}`;
      })
      .join('\n');
  }
  const rows = await db.all<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
    params,
  );
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

async function benchDatabase(
  name: DbName,
  url: string,
  options: BenchOptions,
): Promise<DbResult> {
  const store = await ReportStore.open(url);
  const db = store.db;
  const result: DbResult = {
    db: name,
    version: '',
    checks: [],
    load: null,
    rows: [],
    plans: [],
  };
  try {
    result.version =
      name === 'sqlite'
        ? `SQLite ${(await db.all<{ v: string }>('SELECT sqlite_version() AS v'))[0]?.v ?? '?'}`
        : `PostgreSQL ${(await db.all<{ server_version: string }>('SHOW server_version'))[0]?.server_version ?? '?'}`;
    log(`${name}: populating ${options.reports.toLocaleString('en')} reports…`);
    let lastLog = performance.now();
    try {
      result.populate = await populate(db, {
        reports: options.reports,
        seed: options.seed,
        distinct: options.distinct,
        batch: options.batch,
        deadline:
          name === 'postgres'
            ? performance.now() + options.pgTimeout * 1000
            : undefined,
        onProgress: (done, total) => {
          if (performance.now() - lastLog < 10_000) return;
          lastLog = performance.now();
          log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
        },
      });
    } catch (e) {
      if (e instanceof PopulateTimeout) {
        result.aborted = e.message;
        log(`${name}: ${e.message}`);
        return result;
      }
      throw e;
    }
    const p = result.populate;
    log(
      `${name}: ${p.reports.toLocaleString('en')} reports, ${p.submissions.toLocaleString('en')} submissions, ${p.departments.toLocaleString('en')} departments in ${p.seconds.toFixed(1)} s`,
    );
    if (options.analyze) {
      const t = performance.now();
      if (name === 'sqlite') await db.write((tx) => tx.run('ANALYZE'));
      else await db.all('VACUUM ANALYZE');
      log(`${name}: ANALYZE ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }

    const queries = new ReportQueries(store);
    const sql = statements(SERIES_METRICS);
    const departments = await queries.selectDepartments({});
    const lineage = await store.lineage();
    const pages = Math.ceil(departments.length / MAX_PAGE);
    const maxId = departments.reduce((m, d) => Math.max(m, d.id), 0);
    const predecessorsOf = new Map<number, number[]>();
    for (const l of lineage) {
      predecessorsOf.set(l.successorId, [
        ...(predecessorsOf.get(l.successorId) ?? []),
        l.predecessorId,
      ]);
    }
    /** The ids valueRows() asks for on a page: the page and its predecessors. */
    const pageIds = departments
      .reduce<number[][]>((acc, d, i) => {
        if (i % MAX_PAGE === 0) acc.push([]);
        acc[acc.length - 1]?.push(d.id);
        return acc;
      }, [])
      .map((ids) => {
        const wanted = new Set(ids);
        for (const id of ids)
          for (const p of predecessorsOf.get(id) ?? []) wanted.add(p);
        return [...wanted];
      });
    const seriesArgs = (offset: number) => ({
      metrics: SERIES_METRICS,
      departments: {},
      from: FIRST_YEAR,
      to: LAST_YEAR,
      offset,
    });
    const sweep = async () => {
      let lines = 0;
      let total = 0;
      for (let offset = 0; offset === 0 || offset < total; offset += MAX_PAGE) {
        const page = await queries.series(seriesArgs(offset));
        total = page.totalDepartments;
        lines += page.lines.length;
      }
      return lines;
    };

    // Checks: the sweep covers every department; its own-report sum is the city total.
    {
      let own = 0;
      let lines = 0;
      let total = 0;
      for (let offset = 0; offset === 0 || offset < total; offset += MAX_PAGE) {
        const page = await queries.series({
          ...seriesArgs(offset),
          metrics: [RANKING_METRIC],
        });
        total = page.totalDepartments;
        lines += page.lines.length;
        for (const line of page.lines) {
          const point = line.points[YEAR - FIRST_YEAR];
          if (point?.submissionId !== null && point?.value) own += point.value;
        }
      }
      const city = await queries.cityTotals([RANKING_METRIC], YEAR, YEAR);
      const ok = lines === departments.length && (city[0]?.total ?? 0) === own;
      result.checks.push(
        `series sweep: ${lines} lines for ${departments.length} departments in ${pages} pages; ` +
          `Σ ${RANKING_METRIC} ${YEAR} = ${own} vs city_total ${city[0]?.total ?? '?'} → ${ok ? 'OK' : 'MISMATCH'}`,
      );
      if (!ok) throw new Error(`check failed: ${result.checks.join('; ')}`);
      const board = await queries.complianceBoard({ year: YEAR });
      result.checks.push(
        `board ${YEAR}: ${board.totalRows} rows, first page ${board.rows.length}; ` +
          Object.entries(board.counts)
            .filter(([, n]) => n > 0)
            .map(([k, n]) => `${k} ${n}`)
            .join(', '),
      );
      const ranking = await queries.ranking({
        metric: RANKING_METRIC,
        year: YEAR,
        limit: 50,
      });
      result.checks.push(
        `ranking: ${ranking.length} rows, top ${ranking[0]?.value ?? '?'} (${ranking[0]?.department.code ?? '?'})`,
      );
    }

    const it = options.iterations;
    const w = options.warmup;
    const add = (
      key: string,
      label: string,
      kind: 'api' | 'sql',
      target: boolean,
      stats: Stats,
    ) => {
      result.rows.push({ key, label, kind, target, stats });
      log(
        `  ${label.padEnd(50)} p50 ${stats.p50.toFixed(2)}  p95 ${stats.p95.toFixed(2)}  max ${stats.max.toFixed(2)} ms`,
      );
    };
    log(`${name}: measuring (${it} iterations, ${w} warm-up)…`);
    const loadBefore = os.loadavg()[0] ?? 0;

    const pageOf = (i: number) => i % pages;
    add(
      'series.page',
      `series: one page (${MAX_PAGE} depts × 10 metrics × 7 y)`,
      'api',
      true,
      await measure(
        (i) => queries.series(seriesArgs(pageOf(i) * MAX_PAGE)),
        it,
        w,
      ),
    );
    add(
      'series.page.sql',
      `  SQL report_value IN (${MAX_PAGE} ids), 7 y`,
      'sql',
      false,
      await measure(
        (i) => {
          const ids = pageIds[pageOf(i)] ?? [];
          return db.all(sql.seriesPage(ids.length), [
            FIRST_YEAR,
            LAST_YEAR,
            ...ids,
          ]);
        },
        it,
        w,
      ),
    );
    add(
      'series.page.sql.meta',
      '  SQL directory refresh + lineage',
      'sql',
      false,
      await measure(
        async () => {
          await db.all(sql.directory, [maxId]);
          await db.all(sql.lineage);
        },
        it,
        w,
      ),
    );
    add(
      'series.sweep',
      `series: all ${pages} pages (every department)`,
      'api',
      false,
      await measure(sweep, options.sweepIterations, Math.min(w, 1)),
    );
    add(
      'series.sweep.sql',
      `  SQL ${pages} page statements in sequence`,
      'sql',
      false,
      await measure(
        async () => {
          for (const ids of pageIds) {
            await db.all(sql.seriesPage(ids.length), [
              FIRST_YEAR,
              LAST_YEAR,
              ...ids,
            ]);
          }
        },
        options.sweepIterations,
        Math.min(w, 1),
      ),
    );
    add(
      'series.sweep.sql.one',
      '  SQL one statement, every department (no IN)',
      'sql',
      false,
      await measure(
        () => db.all(sql.seriesAll, [FIRST_YEAR, LAST_YEAR]),
        options.sweepIterations,
        Math.min(w, 1),
      ),
    );
    // What the seriesMatrix query does: every department at once, packed as the API sends it.
    const matrix = async () => {
      const wire = await queries.packedSeriesMatrix({
        metrics: SERIES_METRICS,
        departments: {},
        from: FIRST_YEAR,
        to: LAST_YEAR,
      });
      return wire.values.length + wire.statuses.length;
    };
    add(
      'series.matrix',
      `seriesMatrix: every department × 10 metrics × 7 y, packed`,
      'api',
      true,
      await measure(matrix, it, w),
    );
    add(
      'series.matrix.cold',
      '  the same on a cold index (first query after start)',
      'api',
      false,
      await measure(
        () =>
          new ReportQueries(store).seriesMatrix({
            metrics: SERIES_METRICS,
            departments: {},
            from: FIRST_YEAR,
            to: LAST_YEAR,
          }),
        Math.min(it, 5),
        0,
      ),
    );
    add(
      'index.sync',
      '  SQL change counter + rows changed since (none)',
      'sql',
      false,
      await measure(
        async () => {
          await db.all("SELECT value FROM app_meta WHERE key = 'value_seq'");
          await db.all(
            'SELECT department_id FROM report_value WHERE seq > ?',
            [2_147_483_647],
          );
        },
        it,
        w,
      ),
    );
    add(
      'cityTotals',
      'cityTotals: 10 metrics × 7 y',
      'api',
      true,
      await measure(
        () => queries.cityTotals(SERIES_METRICS, FIRST_YEAR, LAST_YEAR),
        it,
        w,
      ),
    );
    add(
      'cityTotals.sql',
      '  SQL city_total',
      'sql',
      false,
      await measure(
        () =>
          db.all(sql.cityTotals, [FIRST_YEAR, LAST_YEAR, ...SERIES_METRICS]),
        it,
        w,
      ),
    );
    add(
      'cityTables',
      `cityTables: ${YEAR}, every cell, every department`,
      'api',
      true,
      await measure(() => queries.cityTables({ year: YEAR }), it, w),
    );
    add(
      'cityTables.kinds',
      `cityTables: ${YEAR}, every cell, city departments only (a scan)`,
      'api',
      false,
      await measure(
        () => queries.cityTables({ year: YEAR, kinds: ['cityDepartment'] }),
        it,
        w,
      ),
    );
    add(
      'ranking',
      `ranking: ${RANKING_METRIC} ${YEAR}, top 50`,
      'api',
      true,
      await measure(
        () =>
          queries.ranking({ metric: RANKING_METRIC, year: YEAR, limit: 50 }),
        it,
        w,
      ),
    );
    add(
      'ranking.sql',
      '  SQL report_value ORDER BY … LIMIT 50',
      'sql',
      false,
      await measure(() => db.all(sql.ranking, [YEAR, 50]), it, w),
    );
    add(
      'board',
      `complianceBoard: ${YEAR}, first page`,
      'api',
      true,
      await measure(() => queries.complianceBoard({ year: YEAR }), it, w),
    );
    add(
      'board.sql',
      '  SQL submission GROUP BY department_id',
      'sql',
      false,
      await measure(() => db.all(sql.board, [YEAR]), it, w),
    );
    add(
      'directory.full',
      'department list, full load (cold directory)',
      'sql',
      false,
      await measure(() => db.all(sql.directory, [0]), it, w),
    );

    result.load = [loadBefore, os.loadavg()[0] ?? 0];

    if (options.explain) {
      const ids = pageIds[0] ?? [];
      const plans: [string, string, SqlValue[]][] = [
        [
          'series page',
          sql.seriesPage(ids.length),
          [FIRST_YEAR, LAST_YEAR, ...ids],
        ],
        ['series, every department', sql.seriesAll, [FIRST_YEAR, LAST_YEAR]],
        [
          'city totals',
          sql.cityTotals,
          [FIRST_YEAR, LAST_YEAR, ...SERIES_METRICS],
        ],
        ['ranking', sql.ranking, [YEAR, 50]],
        ['compliance board', sql.board, [YEAR]],
      ];
      for (const [label, text, params] of plans) {
        result.plans.push({ label, plan: await explain(db, text, params) });
      }
    }
    return result;
  } finally {
    await store.close();
  }
}

// ---- Output -------------------------------------------------------------------

function describeMachine(): string {
  const m = machine();
  return `${m.cpu}, ${m.availableParallelism} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`;
}

const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '—' : n.toFixed(n < 10 ? 2 : 1);

function table(results: readonly DbResult[]): string {
  const measured = results.filter((r) => r.rows.length > 0);
  const keys: ResultRow[] = [];
  for (const r of measured)
    for (const row of r.rows)
      if (!keys.some((k) => k.key === row.key)) keys.push(row);
  const head = [
    'query',
    ...measured.flatMap((r) => {
      const n = r.db === 'sqlite' ? 'SQLite' : 'PG';
      return [`${n} p50`, `${n} p95`, `${n} max`];
    }),
    `p95 ≤ ${TARGET_P95_MS} ms`,
  ];
  const body = keys.map((k) => {
    const cells = measured.flatMap((r) => {
      const s = r.rows.find((x) => x.key === k.key)?.stats;
      return [ms(s?.p50), ms(s?.p95), ms(s?.max)];
    });
    let verdict = '';
    if (k.target) {
      verdict = measured
        .map((r) => {
          const s = r.rows.find((x) => x.key === k.key)?.stats;
          const n = r.db === 'sqlite' ? 'SQLite' : 'PG';
          return `${n} ${s && s.p95 <= TARGET_P95_MS ? 'OK' : 'MISS'}`;
        })
        .join(', ');
    }
    return [k.label, ...cells, verdict];
  });
  const rows = [head, ...body];
  const width = head.map((_, c) =>
    Math.max(...rows.map((r) => (r[c] ?? '').length)),
  );
  const line = (r: string[]) =>
    r
      .map((cell, c) =>
        c === 0 || c === r.length - 1
          ? cell.padEnd(width[c] ?? 0)
          : cell.padStart(width[c] ?? 0),
      )
      .join(' | ')
      .trimEnd();
  return [
    line(head),
    width.map((n) => '-'.repeat(n)).join('-|-'),
    ...body.map(line),
  ].join('\n');
}

function report(options: BenchOptions, results: readonly DbResult[]): string {
  const out: string[] = [];
  out.push(`Query benchmark — ${describeMachine()}`);
  out.push(
    `${options.reports.toLocaleString('en')} counted reports, years ${FIRST_YEAR}–${LAST_YEAR}; ${options.iterations} iterations (sweep ${options.sweepIterations}), ${options.warmup} warm-up; times in ms, server-side (no HTTP/GraphQL)`,
  );
  for (const r of results) {
    const p = r.populate;
    out.push('');
    out.push(`${r.version}`);
    if (p) {
      out.push(
        `  data: ${p.departments.toLocaleString('en')} departments (city ${p.byKind.cityDepartment}, district ${p.byKind.district}, township ${p.byKind.township}, other ${p.byKind.other}; ${p.successions} successions), ` +
          `${p.reports.toLocaleString('en')} counted reports, ${p.submissions.toLocaleString('en')} submissions, ${p.missing.toLocaleString('en')} department-years missing`,
      );
      out.push(
        `  populated in ${p.seconds.toFixed(1)} s (of which ${p.generateSeconds.toFixed(1)} s drawing reports)${options.analyze ? ', then ANALYZE' : ''}`,
      );
    }
    if (r.load) {
      out.push(
        `  1-min load average ${r.load[0].toFixed(2)} → ${r.load[1].toFixed(2)} while timing (${os.availableParallelism?.() ?? os.cpus().length} cores; above 1, other processes shared the CPU)`,
      );
    }
    if (r.aborted) out.push(`  ABORTED: ${r.aborted}`);
    for (const c of r.checks) out.push(`  check: ${c}`);
  }
  out.push('');
  out.push(table(results));
  for (const r of results) {
    for (const p of r.plans) {
      out.push('');
      out.push(`${r.db} plan — ${p.label}:`);
      out.push(p.plan.replace(/^/gm, '  '));
    }
  }
  return out.join('\n');
}

// ---- Main ---------------------------------------------------------------------

/** What removes the temporary databases still there (on a signal or an error). */
const cleanups = new Set<() => Promise<void>>();

async function cleanup(): Promise<void> {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    try {
      await fn();
    } catch (e) {
      log(`cleanup failed: ${String(e)}`);
    }
  }
}

/** Runs `fn`, then `remove` (also on a signal), unless the database is kept. */
async function withTemporary<T>(
  keep: boolean,
  remove: () => Promise<void>,
  fn: () => Promise<T>,
): Promise<T> {
  if (keep) return fn();
  cleanups.add(remove);
  try {
    return await fn();
  } finally {
    cleanups.delete(remove);
    await remove();
  }
}

async function main(): Promise<number> {
  let options: BenchOptions | null;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (e) {
    log(e instanceof Error ? e.message : String(e));
    log(HELP);
    return 2;
  }
  if (!options) {
    console.log(HELP);
    return 0;
  }
  const results: DbResult[] = [];
  for (const name of options.dbs) {
    if (name === 'sqlite') {
      const dir = join(__dirname, '..', '..', 'tmp', 'bench-query');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `query-${process.pid}-${Date.now()}.sqlite`);
      if (options.keep) log(`sqlite: keeping ${file}`);
      const remove = () => {
        for (const f of [file, `${file}-wal`, `${file}-shm`])
          if (existsSync(f)) rmSync(f);
        return Promise.resolve();
      };
      results.push(
        await withTemporary(options.keep, remove, () =>
          benchDatabase(name, `sqlite:${file}`, options),
        ),
      );
    } else {
      const tmp = await createTemporaryPostgresDatabase('gongkai_bench');
      if (options.keep) log(`postgres: keeping ${tmp.url}`);
      results.push(
        await withTemporary(options.keep, tmp.drop, () =>
          benchDatabase(name, tmp.url, options),
        ),
      );
    }
  }
  if (options.json) {
    console.log(
      JSON.stringify({ machine: describeMachine(), options, results }, null, 2),
    );
  } else {
    console.log(report(options, results));
  }
  return results.some((r) => r.aborted) ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: removing the temporary databases…`);
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await cleanup();
    process.exitCode = code;
  })
  .catch(async (e: unknown) => {
    console.error(e);
    await cleanup();
    process.exitCode = 1;
  });
