/**
 * Ingest benchmark: how many reports per second a bulk import reads and stores, on
 * SQLite and PostgreSQL (default 20,000 reports ≈ 2,000 departments × 10 years).
 *
 *   npm run bench:ingest                             # both databases, 20,000 reports
 *   npm run bench:ingest -- --n 5000 --db sqlite     # smaller, one database
 *   npm run bench:ingest -- --runs 3                 # every row 3 times: median and range
 *   npm run bench:ingest -- --sql-profile            # time per SQL statement of the writer
 *   npm run bench:ingest -- --json                   # results as JSON on stdout
 *   node --cpu-prof -r ./tools/register.js tools/bench/ingest.bench.ts --db sqlite
 *
 * 1. Corpus (not timed): N documents written by the domain writer, one per department
 *    and year (G1 layouts up to 2020, G2 from 2021), the layouts text, tabbed, pipes,
 *    html and docx in turn, values drawn from `arbitraryReportData`, each naming its
 *    department so that the import creates it. Kept in memory as file bytes.
 * 2. Parse only: every document read and prepared for the writer (`analyseDocument`,
 *    `prepareReport`) on the main thread alone, then through the AnalysePool (worker
 *    threads, which do the same), in the import's batches.
 * 3. Per database, on a fresh SQLite file under tmp/ and a temporary PostgreSQL
 *    database (`createTemporaryPostgresDatabase`), migrated by `ReportStore.open`:
 *    - write only: each batch is analysed first (not timed), then `store.submit` is
 *      timed alone;
 *    - end-to-end: the pipeline of `gongkai import` — batches k+1 and k+2 are parsed in
 *      the pool while batch k is written — timed as a whole on another fresh database.
 *    Every run must create every report (no failure, no unchanged); the bench stops
 *    otherwise. "Main thread" is the event-loop utilisation of the main thread: near
 *    100% means it is the bottleneck (the writer, and receiving the parsed reports).
 * 4. With --runs N every timed row is run N times (each database run on a fresh one)
 *    and reported as the median, with the slowest and fastest run beside it: on a
 *    shared VM one run can be 10–20% off.
 * 5. Where the CPU goes (Linux): every timed row's CPU time per report of the main
 *    thread, the pool's workers, the process's other threads (V8's GC helpers) and, on
 *    PostgreSQL, the server's processes when it runs on this machine; for write only,
 *    during the writes alone. Beside it the ceiling: the reports/s that CPU cost allows
 *    with every core busy all the time. A row near its ceiling is limited by CPU, and
 *    only less CPU per report makes it faster.
 * 6. The databases are removed at the end (--keep keeps them).
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import {
  AnalysePool,
  analyseDocument,
  prepareReport,
  createTemporaryPostgresDatabase,
  ReportStore,
} from '@gongkai/api-persistence';
import type {
  AnalysedDocument,
  Db,
  IncomingSubmission,
  SubmissionOutcome,
  Tx,
} from '@gongkai/api-persistence';
import {
  renderReport,
  renderReportDocx,
  type ReportData,
  type ReportLayout,
} from '@gongkai/disclosure-domain';
import fc from 'fast-check';

import { arbitraryReportData } from '@gongkai/disclosure-domain/testing';

import {
  fmt,
  machine,
  numberOption,
  postgresCpuMs,
  progress,
  textTable,
  threadCpuMs,
} from './bench-common';

// ---- Options ----------------------------------------------------------------

const HELP = `Usage: npm run bench:ingest -- [options]
  --n <n>              reports (default 20000)
  --departments <n>    departments (default 2000; years = n / departments, ending 2025)
  --batch <n>          reports per write transaction (default 250, as gongkai import)
  --workers <n>        parser threads (default os.availableParallelism() = ${os.availableParallelism()})
  --db <list>          sqlite,postgres (default both)
  --seed <n>           fast-check seed of the values (default 20240601)
  --runs <n>           run every timed row n times; report the median (default 1)
  --sql-profile        time every SQL statement of the write-only runs
  --keep               keep the databases (SQLite file under tmp/bench-ingest/)
  --json               print the result as JSON on stdout (progress goes to stderr)
  --help`;

type DbName = 'sqlite' | 'postgres';

/** Batches parsed ahead of the one being written, as `gongkai import` does. */
const BATCHES_AHEAD = 2;

interface BenchOptions {
  n: number;
  departments: number;
  batch: number;
  workers: number;
  dbs: DbName[];
  seed: number;
  runs: number;
  sqlProfile: boolean;
  keep: boolean;
  json: boolean;
}

function readOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      n: { type: 'string' },
      departments: { type: 'string' },
      batch: { type: 'string' },
      workers: { type: 'string' },
      db: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      'sql-profile': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const dbs: DbName[] = [];
  for (const part of (values.db ?? 'sqlite,postgres').split(',')) {
    const name = part.trim();
    if (name === '') continue;
    if (name !== 'sqlite' && name !== 'postgres') {
      throw new Error(`--db: unknown database "${name}" (sqlite,postgres)`);
    }
    dbs.push(name);
  }
  const n = numberOption(values.n, 'n', 20_000, 1, 2_000_000);
  return {
    n,
    departments: Math.min(
      n,
      numberOption(values.departments, 'departments', 2000, 1, 200_000),
    ),
    batch: numberOption(values.batch, 'batch', 250, 1, 10_000),
    workers: numberOption(
      values.workers,
      'workers',
      os.availableParallelism(),
      0,
      256,
    ),
    dbs,
    seed: numberOption(values.seed, 'seed', 20240601, -(2 ** 31), 2 ** 31 - 1),
    runs: numberOption(values.runs, 'runs', 1, 1, 99),
    sqlProfile: values['sql-profile'] ?? false,
    keep: values.keep ?? false,
    json: values.json ?? false,
  };
}

// ---- Corpus -----------------------------------------------------------------

const LAYOUTS: readonly ReportLayout[] = [
  'text',
  'tabbed',
  'pipes',
  'html',
  'docx',
];
const LAST_YEAR = 2025;
/** Distinct value sets per generation; documents differ anyway by agency and year. */
const VALUE_SETS = 400;

// Department names the parser recognises as agencies (it takes no digits): a district
// of two characters × a bureau. 40 × 40 districts × 20 bureaus = 32,000 names.
const PLACE =
  '东西南北中上下前后新安平和兴华宁康泰丰昌永长乐清明德文武金石山河湖海林江泉岭川峰';
const BUREAUS = [
  '统计局',
  '教育局',
  '民政局',
  '财政局',
  '公安局',
  '司法局',
  '审计局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '应急管理局',
  '市场监督管理局',
  '医疗保障局',
  '林业局',
  '水务局',
  '交通运输局',
  '住房和城乡建设局',
  '自然资源局',
  '生态环境局',
  '人力资源和社会保障局',
];

function departmentName(i: number): string {
  const place = Math.floor(i / BUREAUS.length);
  const a = PLACE[place % PLACE.length] ?? '';
  const b = PLACE[Math.floor(place / PLACE.length) % PLACE.length] ?? '';
  return `${a}${b}区${BUREAUS[i % BUREAUS.length] ?? ''}`;
}

interface CorpusDocument {
  bytes: Buffer;
  layout: ReportLayout;
  year: number;
}

interface Corpus {
  documents: CorpusDocument[];
  years: [number, number];
  departments: number;
  meanKilobytes: number;
  seconds: number;
}

function buildCorpus(options: BenchOptions): Corpus {
  const started = performance.now();
  const years = Math.ceil(options.n / options.departments);
  const firstYear = LAST_YEAR - years + 1;
  if (firstYear < 2008) {
    throw new Error(
      `${years} years per department reach before 2008: give more --departments`,
    );
  }
  const sets = (generation: 'G1' | 'G2', seed: number) =>
    fc.sample(arbitraryReportData({ generation, blankRate: 0.1 }), {
      numRuns: VALUE_SETS,
      seed,
    });
  const values = {
    G1: sets('G1', options.seed),
    G2: sets('G2', options.seed + 1),
  };
  const documents: CorpusDocument[] = [];
  let bytes = 0;
  // Year by year, as offices send them: a department's earlier year is already stored.
  for (let y = 0; y < years && documents.length < options.n; y++) {
    const year = firstYear + y;
    const generation = year <= 2020 ? 'G1' : 'G2';
    for (
      let d = 0;
      d < options.departments && documents.length < options.n;
      d++
    ) {
      const k = documents.length;
      const base = values[generation][k % VALUE_SETS] as ReportData;
      const data: ReportData = { ...base, year, agency: departmentName(d) };
      const layout = LAYOUTS[k % LAYOUTS.length] as ReportLayout;
      const doc =
        layout === 'docx'
          ? Buffer.from(renderReportDocx(data))
          : Buffer.from(renderReport(data, layout), 'utf8');
      bytes += doc.length;
      documents.push({ bytes: doc, layout, year });
    }
    progress(`  corpus: ${documents.length} documents …`);
  }
  return {
    documents,
    years: [firstYear, firstYear + years - 1],
    departments: Math.min(options.departments, options.n),
    meanKilobytes: bytes / documents.length / 1024,
    seconds: (performance.now() - started) / 1000,
  };
}

// ---- Measuring ----------------------------------------------------------------

interface Row {
  name: string;
  database: DbName | null;
  reports: number;
  seconds: number;
  reportsPerSecond: number;
  /** Event-loop utilisation of the main thread during the run, in %. */
  mainThreadPercent: number;
  /** Process CPU time / wall time, in % (all threads). */
  cpuPercent: number;
  /** With --runs: the slowest and fastest run's reports/s (this row is the median). */
  slowest?: number;
  fastest?: number;
  /** Where the CPU went, per report (null without /proc). */
  cpu: CpuSplit | null;
}

/** CPU time per report in µs, by who spent it, over the whole timed run. */
interface CpuSplit {
  main: number;
  workers: number;
  /** V8's GC helpers, libuv's pool: the process's other threads. */
  other: number;
  /** The PostgreSQL server, when it runs on this machine (rows of PostgreSQL only). */
  postgres: number | null;
}

/** The Linux thread ids of the pool's workers: the threads its start made. */
let workerThreads = new Set<number>();

interface CpuSnapshot {
  threads: Map<number, number> | null;
  postgres: number | null;
}

const cpuSnapshot = (database: DbName | null): CpuSnapshot => ({
  threads: threadCpuMs(),
  postgres: database === 'postgres' ? postgresCpuMs() : null,
});

/** Adds the CPU spent between two snapshots to `into` (ms), by who spent it. */
function addCpu(into: CpuSplit, before: CpuSnapshot, after: CpuSnapshot): void {
  for (const [tid, ms] of after.threads ?? []) {
    const used = ms - (before.threads?.get(tid) ?? 0);
    if (tid === process.pid) into.main += used;
    else if (workerThreads.has(tid)) into.workers += used;
    else into.other += used;
  }
  if (before.postgres !== null && after.postgres !== null) {
    into.postgres = (into.postgres ?? 0) + after.postgres - before.postgres;
  }
}

/** Times the parts of a run that count, when not all of it does (write only). */
interface Meter {
  measure<T>(part: () => Promise<T>): Promise<T>;
}

async function timed(
  name: string,
  database: DbName | null,
  reports: number,
  run: (meter: Meter) => Promise<void>,
): Promise<Row> {
  progress(`  timing ${name} …`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const measured = { seconds: 0, used: false };
  const cpu: CpuSplit = { main: 0, workers: 0, other: 0, postgres: null };
  const meter: Meter = {
    async measure(part) {
      measured.used = true;
      const before = cpuSnapshot(database);
      const t = performance.now();
      try {
        return await part();
      } finally {
        measured.seconds += (performance.now() - t) / 1000;
        addCpu(cpu, before, cpuSnapshot(database));
      }
    },
  };
  const elu = performance.eventLoopUtilization();
  const processCpu = process.cpuUsage();
  const before = cpuSnapshot(database);
  const start = performance.now();
  await run(meter);
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(processCpu);
  if (!measured.used) addCpu(cpu, before, cpuSnapshot(database));
  const seconds = measured.used ? measured.seconds : wall;
  const perReport = (ms: number) => (ms * 1000) / reports;
  return {
    name,
    database,
    reports,
    seconds,
    reportsPerSecond: reports / seconds,
    mainThreadPercent: performance.eventLoopUtilization(elu).utilization * 100,
    cpuPercent: ((used.user + used.system) / 1e6 / wall) * 100,
    cpu: before.threads
      ? {
          main: perReport(cpu.main),
          workers: perReport(cpu.workers),
          other: perReport(cpu.other),
          postgres: cpu.postgres === null ? null : perReport(cpu.postgres),
        }
      : null,
  };
}

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size));
  return out;
}

/** A fresh copy: the pool takes the bytes it is given over to its workers. */
const copy = (b: Buffer) => Buffer.from(b);

async function analyseBatch(
  pool: AnalysePool,
  docs: readonly CorpusDocument[],
): Promise<IncomingSubmission[]> {
  const results = await Promise.all(
    docs.map((d) => pool.analyse(copy(d.bytes), { year: d.year })),
  );
  return results.map((r, i) => incoming(r.content, r.analysed, docs[i]));
}

function incoming(
  content: Uint8Array,
  analysed: AnalysedDocument,
  doc: CorpusDocument | undefined,
): IncomingSubmission {
  const layout = doc?.layout ?? 'text';
  return {
    analysed,
    content,
    fileName: `${doc?.year ?? ''}.${layout === 'docx' ? 'docx' : layout === 'html' ? 'html' : 'txt'}`,
    mediaType:
      layout === 'docx'
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : layout === 'html'
          ? 'text/html'
          : 'text/plain',
    year: doc?.year,
    submittedBy: 'import',
    createDepartment: true,
  };
}

/** Stops the bench when the writer did not create every report. */
function expectAllCreated(
  outcomes: readonly SubmissionOutcome[],
  what: string,
): void {
  const bad = outcomes.find((o) => o.kind !== 'created');
  if (bad) {
    throw new Error(
      `${what}: a report was not created: ${bad.kind === 'failed' ? `${bad.error.code} ${bad.error.messageEn}` : bad.kind}`,
    );
  }
}

// ---- SQL profile --------------------------------------------------------------

interface SqlStat {
  sql: string;
  calls: number;
  ms: number;
}

/** Wraps the store's write transactions to time each statement (write-only runs). */
function profileSql(db: Db): Map<string, SqlStat> {
  const stats = new Map<string, SqlStat>();
  const record = (sql: string, started: number) => {
    const key = sql.replace(/\s+/g, ' ').trim().slice(0, 100);
    const s = stats.get(key) ?? { sql: key, calls: 0, ms: 0 };
    s.calls++;
    s.ms += performance.now() - started;
    stats.set(key, s);
  };
  const write = db.write.bind(db);
  const wrap = (tx: Tx): Tx => ({
    dialect: tx.dialect,
    all: async (sql, params) => {
      const t = performance.now();
      const r = await tx.all(sql, params);
      record(sql, t);
      return r as never;
    },
    rows: async (sql, params) => {
      const t = performance.now();
      const r = await tx.rows(sql, params);
      record(sql, t);
      return r;
    },
    run: async (sql, params) => {
      const t = performance.now();
      const r = await tx.run(sql, params);
      record(sql, t);
      return r;
    },
    insertMany: async (table, columns, rows, suffix) => {
      const t = performance.now();
      await tx.insertMany(table, columns, rows, suffix);
      record(`INSERT INTO ${table} … (insertMany)`, t);
    },
    insertReturning: async (table, columns, rows, returning, suffix) => {
      const t = performance.now();
      const r = await tx.insertReturning(
        table,
        columns,
        rows,
        returning,
        suffix,
      );
      record(`INSERT INTO ${table} … RETURNING (insertReturning)`, t);
      return r as never;
    },
  });
  (db as { write: Db['write'] }).write = (fn) => write((tx) => fn(wrap(tx)));
  return stats;
}

// ---- Databases ------------------------------------------------------------------

interface Target {
  url: string;
  dispose: () => Promise<void>;
}

const TMP = join(__dirname, '..', '..', 'tmp', 'bench-ingest');

async function freshDatabase(
  db: DbName,
  label: string,
  keep: boolean,
): Promise<Target> {
  if (db === 'sqlite') {
    mkdirSync(TMP, { recursive: true });
    const path = join(TMP, `${label}-${process.pid}.sqlite`);
    for (const s of ['', '-wal', '-shm'])
      rmSync(`${path}${s}`, { force: true });
    return {
      url: `sqlite:${path}`,
      dispose: () => {
        if (!keep) {
          for (const s of ['', '-wal', '-shm']) {
            rmSync(`${path}${s}`, { force: true });
          }
        }
        return Promise.resolve();
      },
    };
  }
  const pg = await createTemporaryPostgresDatabase('gongkai_bench');
  return { url: pg.url, dispose: () => (keep ? Promise.resolve() : pg.drop()) };
}

// ---- Output ---------------------------------------------------------------------

function table(rows: readonly Row[], runs: number): string {
  const header = [
    'row',
    runs > 1 ? `reports/s (median of ${runs})` : 'reports/s',
    ...(runs > 1 ? ['slowest–fastest'] : []),
    'seconds',
    'reports',
    'main thread',
    'CPU',
  ];
  const body = rows.map((r) => [
    r.name,
    fmt(r.reportsPerSecond),
    ...(runs > 1 ? [`${fmt(r.slowest ?? NaN)}–${fmt(r.fastest ?? NaN)}`] : []),
    fmt(r.seconds, 2),
    fmt(r.reports),
    `${fmt(r.mainThreadPercent)}%`,
    `${fmt(r.cpuPercent)}%`,
  ]);
  return textTable(header, body).join('\n');
}

/**
 * CPU per report by who spent it, and the rate that cost allows were every core busy
 * all the time: when a row's reports/s is near it, only less CPU per report helps.
 */
function cpuTable(rows: readonly Row[], cores: number): string[] {
  const measured = rows.filter((r) => r.cpu !== null);
  if (measured.length === 0) return [];
  const us = (n: number | null) => (n === null ? '' : fmt(n));
  const header = [
    'row',
    'main',
    'workers',
    'other threads',
    'PostgreSQL',
    'total',
    `ceiling (${cores} cores)`,
  ];
  const body = measured.map((r) => {
    const c = r.cpu as CpuSplit;
    const total = c.main + c.workers + c.other + (c.postgres ?? 0);
    return [
      r.name,
      us(c.main),
      us(c.workers),
      us(c.other),
      us(c.postgres),
      us(total),
      `${fmt((cores * 1e6) / total)}/s`,
    ];
  });
  return [
    'CPU per report in µs (Linux /proc: each thread of this process, and the PostgreSQL server when it runs here):',
    ...textTable(header, body),
  ];
}

function sqlTable(stats: Map<string, SqlStat>, reports: number): string[] {
  const sorted = [...stats.values()].sort((a, b) => b.ms - a.ms);
  const total = sorted.reduce((a, s) => a + s.ms, 0);
  return [
    `    ${'ms'.padStart(8)} ${'calls'.padStart(8)} ${'µs/call'.padStart(8)} ${'µs/report'.padStart(9)}  statement`,
    ...sorted
      .slice(0, 16)
      .map(
        (s) =>
          `    ${fmt(s.ms).padStart(8)} ${fmt(s.calls).padStart(8)} ${fmt((s.ms * 1000) / s.calls).padStart(8)} ${fmt((s.ms * 1000) / reports).padStart(9)}  ${s.sql}`,
      ),
    `    ${fmt(total).padStart(8)} ms of SQL in all = ${fmt((total * 1000) / reports)} µs per report`,
  ];
}

/** Every timed row once: parse only, then per database write only and end to end. */
async function measureRun(
  options: BenchOptions,
  docs: readonly CorpusDocument[],
  batches: readonly CorpusDocument[][],
  pool: AnalysePool,
  onSqlProfile: (db: DbName, stats: Map<string, SqlStat>) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  // Parse only.
  rows.push(
    await timed('parse only, main thread', null, docs.length, async () => {
      for (const b of batches) {
        // What a worker does: read, then prepare the write.
        for (const d of b) {
          prepareReport(analyseDocument(d.bytes, { year: d.year }).report);
        }
        // A turn of the event loop per batch, so that its utilisation is measured.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }),
  );
  rows.push(
    await timed(
      `parse only, pool of ${options.workers} workers`,
      null,
      docs.length,
      async () => {
        for (const b of batches) {
          await Promise.all(
            b.map((d) => pool.analyse(copy(d.bytes), { year: d.year })),
          );
        }
      },
    ),
  );

  for (const dbName of options.dbs) {
    // Write only: analysed first, then the writes alone are timed.
    const writeDb = await freshDatabase(dbName, 'write-only', options.keep);
    try {
      const store = await ReportStore.open(writeDb.url);
      const stats = options.sqlProfile ? profileSql(store.db) : null;
      try {
        rows.push(
          await timed(
            `${dbName.padEnd(8)} write only (pre-analysed)`,
            dbName,
            docs.length,
            async (meter) => {
              for (const b of batches) {
                const items = await analyseBatch(pool, b);
                expectAllCreated(
                  await meter.measure(() => store.submit(items)),
                  'write only',
                );
              }
            },
          ),
        );
        if (stats) onSqlProfile(dbName, stats);
      } finally {
        await store.close();
      }
    } finally {
      await writeDb.dispose();
    }

    // End to end: the pipeline of `gongkai import`.
    const e2eDb = await freshDatabase(dbName, 'end-to-end', options.keep);
    try {
      const store = await ReportStore.open(e2eDb.url);
      try {
        rows.push(
          await timed(
            `${dbName.padEnd(8)} end-to-end (pool + write)`,
            dbName,
            docs.length,
            async () => {
              // As `gongkai import`: two batches parsed ahead of the one written.
              const ahead = batches
                .slice(0, BATCHES_AHEAD)
                .map((b) => analyseBatch(pool, b));
              for (let k = BATCHES_AHEAD; ahead.length > 0; k++) {
                const ready = await (ahead.shift() as Promise<
                  IncomingSubmission[]
                >);
                const next = batches[k];
                if (next) ahead.push(analyseBatch(pool, next));
                expectAllCreated(await store.submit(ready), 'end-to-end');
              }
            },
          ),
        );
        const counted = await store.db.all<{ n: number }>(
          'SELECT COUNT(*) AS n FROM submission WHERE counted = 1',
        );
        if (Number(counted[0]?.n) !== docs.length) {
          throw new Error(
            `end-to-end: ${String(counted[0]?.n)} counted submissions, expected ${docs.length}`,
          );
        }
      } finally {
        await store.close();
      }
    } finally {
      await e2eDb.dispose();
    }
  }

  return rows;
}

/** Each row's run of median reports/s, with the slowest and fastest beside it. */
function medianRows(runs: readonly Row[][]): Row[] {
  return (runs[0] ?? []).map((first, i) => {
    const same = runs
      .map((r) => r[i] as Row)
      .sort((x, y) => x.reportsPerSecond - y.reportsPerSecond);
    const median = same[Math.floor((same.length - 1) / 2)] ?? first;
    return {
      ...median,
      slowest: same[0]?.reportsPerSecond ?? median.reportsPerSecond,
      fastest: same.at(-1)?.reportsPerSecond ?? median.reportsPerSecond,
    };
  });
}

const TARGETS: Record<DbName, number> = { sqlite: 3000, postgres: 2000 };

// ---- Main -----------------------------------------------------------------------

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (e) {
    progress(`${e instanceof Error ? e.message : String(e)}\n\n${HELP}`);
    process.exit(2);
  }
  const started = performance.now();
  progress(
    `Corpus: ${options.n} reports over ${options.departments} departments (seed ${options.seed}) …`,
  );
  const corpus = buildCorpus(options);
  const docs = corpus.documents;
  const batches = batchesOf(docs, options.batch);
  const sqlProfiles: Partial<Record<DbName, Map<string, SqlStat>>> = {};

  const pool = new AnalysePool({ size: options.workers });
  const runs: Row[][] = [];
  try {
    const threadsBefore = threadCpuMs();
    // Workers start and compile before anything is timed.
    await Promise.all(
      docs
        .slice(0, Math.max(1, options.workers) * 20)
        .map((d) => pool.analyse(copy(d.bytes), { year: d.year })),
    );
    workerThreads = new Set(
      [...(threadCpuMs()?.keys() ?? [])].filter((t) => !threadsBefore?.has(t)),
    );
    for (let run = 1; run <= options.runs; run++) {
      if (options.runs > 1) progress(`Run ${run} of ${options.runs}:`);
      runs.push(
        await measureRun(options, docs, batches, pool, (db, stats) => {
          // The SQL profile of the last run is shown.
          sqlProfiles[db] = stats;
        }),
      );
    }
  } finally {
    await pool.close();
  }
  const rows = medianRows(runs);

  const info = machine();
  const targets = options.dbs.map((db) => {
    const row = rows.find(
      (r) => r.database === db && r.name.includes('end-to-end'),
    );
    const value = row?.reportsPerSecond ?? 0;
    return {
      database: db,
      bound: TARGETS[db],
      value,
      pass: value >= TARGETS[db],
    };
  });
  const totalSeconds = (performance.now() - started) / 1000;
  const loadAverage = info.loadAverage.map((l) => fmt(l, 2)).join(' ');
  const layoutCounts = LAYOUTS.map(
    (l) => `${l} ${fmt(docs.filter((d) => d.layout === l).length)}`,
  ).join(', ');

  if (options.json) {
    console.log(
      JSON.stringify(
        {
          machine: info,
          options,
          corpus: {
            reports: docs.length,
            departments: corpus.departments,
            years: corpus.years,
            meanKilobytes: corpus.meanKilobytes,
            seconds: corpus.seconds,
          },
          rows,
          runs,
          sql: Object.fromEntries(
            Object.entries(sqlProfiles).map(([k, v]) => [k, [...v.values()]]),
          ),
          targets,
          totalSeconds,
        },
        null,
        2,
      ),
    );
    return;
  }
  const out = [
    '',
    `Ingest benchmark — ${info.cpu}, ${info.cores} cores (availableParallelism ${info.availableParallelism}), Node ${info.node} (V8 ${info.v8}), ${info.platform}, load average ${loadAverage}`,
    `Corpus: ${fmt(docs.length)} reports, ${fmt(corpus.departments)} departments × ${corpus.years[0]}–${corpus.years[1]} (G1 ≤ 2020, G2 ≥ 2021), ` +
      `mean ${fmt(corpus.meanKilobytes, 1)} KB; ${layoutCounts}; built in ${fmt(corpus.seconds, 1)} s.`,
    `Pool of ${options.workers} workers, batches of ${options.batch} reports (one transaction each); every report created, none failed.`,
    '',
    table(rows, options.runs),
    '',
    'main thread = event-loop utilisation of the main thread; CPU = all threads / wall time (write only: of the whole run, parsing included).',
    '',
    ...cpuTable(rows, info.availableParallelism),
    ...(workerThreads.size === options.workers
      ? []
      : [
          `(found ${workerThreads.size} new threads for ${options.workers} workers: "workers" may hold others)`,
        ]),
    ...Object.entries(sqlProfiles).flatMap(([db, stats]) => [
      '',
      `SQL of the writer, ${db} (write only run):`,
      ...sqlTable(stats, docs.length),
    ]),
    '',
    'Targets (end-to-end):',
    ...targets.map(
      (t) =>
        `  ${t.pass ? 'PASS ' : 'BELOW'}  ${t.database.padEnd(8)} ≥ ${fmt(t.bound)} reports/s   ${fmt(t.value)} reports/s`,
    ),
    '',
    `Total ${fmt(totalSeconds, 1)} s (corpus ${fmt(corpus.seconds, 1)} s).`,
  ];
  console.log(out.join('\n'));
}

main().catch((e: unknown) => {
  progress(
    `ingest bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
  );
  process.exit(1);
});
