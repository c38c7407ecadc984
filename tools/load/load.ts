/**
 * Load test (issue 5): bureaus submitting while viewers load dashboards, against the
 * real server on loopback, on SQLite and PostgreSQL.
 *
 *   npm run load                                   # both databases, 60 s each (≈ 3 min)
 *   npm run load -- --seconds 10                   # quick try
 *   npm run load -- --db sqlite --bureaus 20 --viewers 40
 *   npm run -s load -- --json                      # results as JSON on stdout (-s: no npm banner)
 *
 * Per database:
 * 1. Setup (not measured): a temporary SQLite file or PostgreSQL database
 *    (`createTemporaryPostgresDatabase`), the server started in this process by
 *    `startServer` on 127.0.0.1 with the demo city 示例市 (2019–2025) in production
 *    mode. As admin: departments added until there is one per bureau, one submitter
 *    per bureau bound to its department, a few viewer accounts; each logs in once.
 * 2. Load (--warmup, then --seconds measured): every bureau submits a new version of
 *    its own 2025 report (the domain writer's text layout, one value varied so each
 *    document is new), paced under the server's 60 submissions per minute per user;
 *    the viewers arrive during the warm-up and loop over what the Overview page loads
 *    (cityTotals over 2019–2025, the board summary of every year, a seriesMatrix)
 *    then the Compare page (ranking, a seriesMatrix of every department, series of 10
 *    departments), each with its own keep-alive connections, at most 6 requests at a
 *    time as a browser, without think time unless --think-ms. Each request is timed
 *    from send to parsed body: p50 / p95 / p99 / max in ms and throughput per kind
 *    over the measured seconds; the warm-up's requests are summed up on one line (its
 *    tail is connection set-up), and a per-second line gives the requests started and
 *    the slowest of them. 4xx, 429, 5xx (a GraphQL INTERNAL_SERVER_ERROR counts as a
 *    5xx) and transport failures (no answer within --timeout-ms) are counted apart.
 * 3. Integrity (after every in-flight request has answered): as admin, the 2025
 *    versions of every bureau's department are exactly 1..n, n = the versions before
 *    the run + the submissions answered `created`, and each `created` version appears
 *    once. Lost versions, duplicated versions, 5xx and transport failures must all be
 *    0, or the exit code is 1.
 * 4. The server is closed and the database removed.
 *
 * Load generator and server share one process and its event loop: latencies include
 * the client's own queueing, an upper bound.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

// scope:tools may use the API's libraries, as tools/bench and tools/db do.
import { createTemporaryPostgresDatabase } from '@gongkai/api-persistence';
import { startServer } from '@gongkai/api-server';
import type { RunningServer } from '@gongkai/api-server';
import { renderReport } from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';
// The dashboard's own lists of what the Overview and Compare pages ask for.
import {
  CONTRIBUTION_METRICS,
  overviewQueryMetrics,
} from '@gongkai/web-view-models';

import { fmt, machine, numberOption, progress } from '../bench/bench-common';
import type { KindStats } from './load-recorder';
import {
  assertLoopback,
  graphql,
  login,
  Recorder,
  Timeline,
} from './load-recorder';

// ---- Options ----------------------------------------------------------------

const HELP = `Usage: npm run load -- [options]
  --db <list>             sqlite,postgres (default both)
  --seconds <n>           measured duration per database (default 60)
  --bureaus <n>           concurrent submitting bureaus, one user each (default 50)
  --viewers <n>           concurrent dashboard viewers (default 100)
  --viewer-accounts <n>   viewer users the viewers share (default 10)
  --interval-ms <n>       least time between two submissions of a bureau (default 1100;
                          the server allows 60 per minute per user)
  --think-ms <n>          mean pause of a viewer between two dashboard loads
                          (default 0: a closed loop, the heaviest reading)
  --warmup <s>            seconds before the measured ones, while the viewers arrive
                          (default 5; load and checks still cover them)
  --timeout-ms <n>        per-request timeout (default 60000)
  --json                  print the result as JSON on stdout (progress goes to stderr)
  --help`;

type DbName = 'sqlite' | 'postgres';

interface LoadOptions {
  dbs: DbName[];
  seconds: number;
  bureaus: number;
  viewers: number;
  viewerAccounts: number;
  intervalMs: number;
  timeoutMs: number;
  thinkMs: number;
  warmup: number;
  json: boolean;
}

function parseOptions(argv: string[]): LoadOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      seconds: { type: 'string' },
      bureaus: { type: 'string' },
      viewers: { type: 'string' },
      'viewer-accounts': { type: 'string' },
      'interval-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'think-ms': { type: 'string' },
      warmup: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const dbs = (values.db ?? 'sqlite,postgres').split(',').map((s) => s.trim());
  for (const d of dbs) {
    if (d !== 'sqlite' && d !== 'postgres') {
      throw new Error(`--db takes sqlite and/or postgres (got ${d})`);
    }
  }
  const viewers = numberOption(values.viewers, 'viewers', 100, 0, 1000);
  return {
    dbs: dbs as DbName[],
    seconds: numberOption(values.seconds, 'seconds', 60, 1, 600),
    bureaus: numberOption(values.bureaus, 'bureaus', 50, 0, 500),
    viewers,
    viewerAccounts: Math.min(
      Math.max(1, viewers),
      numberOption(values['viewer-accounts'], 'viewer-accounts', 10, 1, 100),
    ),
    intervalMs: numberOption(
      values['interval-ms'],
      'interval-ms',
      1100,
      0,
      60_000,
    ),
    timeoutMs: numberOption(
      values['timeout-ms'],
      'timeout-ms',
      60_000,
      1000,
      600_000,
    ),
    thinkMs: numberOption(values['think-ms'], 'think-ms', 0, 0, 60_000),
    warmup: numberOption(values.warmup, 'warmup', 5, 0, 60),
    json: values.json ?? false,
  };
}

// ---- Workload -----------------------------------------------------------------

const ADMIN_PASSWORD = 'load-admin-password';
const USER_PASSWORD = 'load-user-password';
const YEAR = 2025;
const FIRST_YEAR = 2019;
const YEARS = Array.from(
  { length: YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);
/** The server counts login attempts per address; stay well below its 50. */
const LOGINS_PER_ADDRESS = 40;

/** What the Overview page asks cityTotals for. */
const OVERVIEW_METRICS = overviewQueryMetrics();

// The dashboard's operations (libs/web/data-access/src/operations), as sent.
const Q = {
  cityTotals: `query CityTotals($from: Int!, $to: Int!, $metrics: [String!]!) {
    cityTotals(from: $from, to: $to, metrics: $metrics) {
      year metric total reported blank notApplicable unreadable } }`,
  boardSummary: `query BoardSummary($year: Int!, $now: String) {
    complianceBoard(year: $year, now: $now, limit: 1) {
      year onTime late totalRows
      counts { accepted submitted submittedWithErrors pending returned missing notExpected } } }`,
  seriesMatrix: `query SeriesMatrix($metrics: [String!]!, $from: Int!, $to: Int!, $departments: DepartmentFilterInput) {
    seriesMatrix(metrics: $metrics, from: $from, to: $to, departments: $departments) {
      from to metrics departmentIds values statuses } }`,
  ranking: `query Ranking($metric: String!, $year: Int!, $kinds: [DepartmentKind!], $limit: Int!, $ascending: Boolean!) {
    ranking(metric: $metric, year: $year, kinds: $kinds, limit: $limit, ascending: $ascending) {
      rank value submissionId department { id name kind } } }`,
  series: `query Series($metrics: [String!]!, $from: Int!, $to: Int!, $departments: DepartmentFilterInput, $limit: Int!) {
    series(metrics: $metrics, from: $from, to: $to, departments: $departments, limit: $limit) {
      totalDepartments
      lines { metric department { id name kind }
        points { year value status expected submissionId viaPredecessors } } } }`,
  submit: `mutation Submit($t: String!) {
    submitDocument(input: { text: $t, fileName: "v.txt" }) { outcome submission { id version } } }`,
};

const pick = <T>(list: readonly T[]): T => {
  const v = list[Math.floor(Math.random() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
};

/** A browser opens at most 6 connections to one origin over HTTP/1.1. */
const BROWSER_CONNECTIONS = 6;

/** Runs the tasks with at most `limit` at a time, as a page's requests queue. */
async function inParallel(
  limit: number,
  tasks: (() => Promise<unknown>)[],
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]?.();
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, worker),
  );
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

interface Department {
  id: number;
  code: string;
  name: string;
  successors: unknown[];
}

/** A simulated user: its session and its own connections, as a browser keeps. */
interface Client {
  token: string;
  agent: Agent;
}

interface Bureau extends Client {
  department: Department;
  initialVersions: number;
  /** Versions the server answered `created` with, in order of answer. */
  created: number[];
  unchanged: number;
}

export interface DbResult {
  db: DbName;
  setupSeconds: number;
  seconds: number;
  bureaus: number;
  viewers: number;
  thinkMs: number;
  warmupSeconds: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  kinds: KindStats[];
  /** Every request started in the warm-up, not in `kinds`. */
  warmup: KindStats | null;
  /** Per second of the run: requests started, slowest of them (ms). */
  timeline: { started: number; slowest: number }[];
  submissions: { created: number; unchanged: number };
  integrity: {
    departments: number;
    expectedVersions: number;
    lostVersions: number;
    duplicatedVersions: number;
    problems: string[];
  };
  server5xx: number;
  transportFailures: number;
  rateLimited: number;
  pass: boolean;
}

/** The admin's GraphQL calls during setup and checks: any error stops the run. */
async function adminCall<T>(
  endpoint: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await graphql<T>(endpoint, token, query, variables, 60_000);
  if (r.outcome !== 'ok' || r.data === null) {
    throw new Error(`setup request failed (${r.outcome}): ${r.error ?? ''}`);
  }
  return r.data;
}

async function versionsOf(
  endpoint: string,
  token: string,
  departmentId: number,
): Promise<number[]> {
  const d = await adminCall<{ reportHistory: { version: number }[] }>(
    endpoint,
    token,
    `query H($d: Int!, $y: Int!) { reportHistory(departmentId: $d, year: $y) { version } }`,
    { d: departmentId, y: YEAR },
  );
  return d.reportHistory.map((s) => s.version);
}

async function runDatabase(db: DbName, o: LoadOptions): Promise<DbResult> {
  const loadAverageBefore = os.loadavg();
  const setupStart = performance.now();
  let cleanup: () => Promise<void>;
  let databaseUrl: string;
  if (db === 'sqlite') {
    const dir = mkdtempSync(join(os.tmpdir(), 'gongkai-load-'));
    databaseUrl = `sqlite:${join(dir, 'load.sqlite')}`;
    cleanup = () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    };
  } else {
    const pg = await createTemporaryPostgresDatabase('gongkai_load');
    databaseUrl = pg.url;
    cleanup = pg.drop;
  }
  let server: RunningServer | null = null;
  try {
    progress(`${db}: starting the server with the demo city…`);
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl,
      demo: true,
      production: true,
      webRoot: '',
      publicRead: false,
      adminUsername: 'admin',
      adminPassword: ADMIN_PASSWORD,
    });
    // startServer names the host `localhost`, which may resolve to ::1 first.
    const origin = server.url.replace('//localhost:', '//127.0.0.1:');
    assertLoopback(origin);
    const endpoint = `${origin}/graphql`;

    // Logins spread over loopback source addresses (see `login`).
    let logins = 0;
    const signIn = (username: string, password: string) =>
      login(
        origin,
        username,
        password,
        `127.0.0.${1 + Math.floor(logins++ / LOGINS_PER_ADDRESS)}`,
      );
    const admin = await signIn('admin', ADMIN_PASSWORD);

    const list = async () =>
      (
        await adminCall<{ departments: Department[] }>(
          endpoint,
          admin,
          `{ departments { id code name successors { year } } }`,
        )
      ).departments;
    // Bureaus take the demo departments still in service, then new ones.
    let active = (await list()).filter((d) => d.successors.length === 0);
    const tag = randomBytes(3).toString('hex');
    for (let i = active.length; i < o.bureaus; i++) {
      await adminCall(
        endpoint,
        admin,
        `mutation C($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
        {
          input: {
            name: `示例市压力测试第${i + 1}局`,
            kind: 'cityDepartment',
            code: `load-${tag}-${i + 1}`,
          },
        },
      );
    }
    active = (await list()).filter((d) => d.successors.length === 0);
    const createUser = (
      username: string,
      role: string,
      departmentId: number | null,
    ) =>
      adminCall(
        endpoint,
        admin,
        `mutation U($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username,
            password: USER_PASSWORD,
            role,
            ...(departmentId === null ? {} : { departmentId }),
          },
        },
      );
    const bureaus: Bureau[] = [];
    for (let i = 0; i < o.bureaus; i++) {
      const department = active[i];
      if (!department) throw new Error(`only ${active.length} departments`);
      const username = `load-bureau-${i + 1}`;
      await createUser(username, 'submitter', department.id);
      bureaus.push({
        department,
        token: await signIn(username, USER_PASSWORD),
        agent: new Agent({ keepAlive: true, maxSockets: 1 }),
        initialVersions: (await versionsOf(endpoint, admin, department.id))
          .length,
        created: [],
        unchanged: 0,
      });
    }
    const viewerTokens: string[] = [];
    for (let i = 0; i < (o.viewers > 0 ? o.viewerAccounts : 0); i++) {
      const username = `load-viewer-${i + 1}`;
      await createUser(username, 'viewer', null);
      viewerTokens.push(await signIn(username, USER_PASSWORD));
    }
    const departmentIds = (await list()).map((d) => d.id);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    progress(
      `${db}: setup ${setupSeconds.toFixed(1)} s (${bureaus.length} bureaus, ${viewerTokens.length} viewer accounts, ${logins} logins); loading for ${o.seconds} s…`,
    );

    // ---- Load ----
    // Requests started in the warm-up (viewers arriving, a new keep-alive connection
    // each) are kept apart: their tail is connection set-up, not steady service.
    const rec = new Recorder();
    const warm = new Recorder();
    const timeline = new Timeline();
    const call = async <T>(
      kind: string,
      client: Client,
      query: string,
      variables: Record<string, unknown>,
    ) => {
      const at = (performance.now() - start) / 1000;
      const r = await graphql<T>(
        endpoint,
        client.token,
        query,
        variables,
        o.timeoutMs,
        client.agent,
      );
      (at < o.warmup ? warm : rec).record(kind, r.ms, r.outcome, r.error);
      timeline.record(at, r.ms);
      return r;
    };
    const agents: Agent[] = bureaus.map((b) => b.agent);
    const start = performance.now();
    const measureFrom = start + o.warmup * 1000;
    const deadline = measureFrom + o.seconds * 1000;
    let seq = 0;

    const bureauLoop = async (b: Bureau) => {
      // Staggered so the bureaus do not all submit on the same tick.
      await sleep(Math.random() * o.intervalMs);
      const data = sampleReportData('G2');
      data.agency = b.department.name;
      data.year = YEAR;
      while (performance.now() < deadline) {
        const began = performance.now();
        // A value no earlier version had: a new SHA-256, so a new version.
        data.values['proactive.licensing.decisions'] = 100_000 + seq++;
        const r = await call<{
          submitDocument: {
            outcome: string;
            submission: { id: number; version: number };
          };
        }>('submit', b, Q.submit, { t: renderReport(data, 'text') });
        if (r.data) {
          if (r.data.submitDocument.outcome === 'created') {
            b.created.push(r.data.submitDocument.submission.version);
          } else {
            b.unchanged++;
          }
        }
        const next = began + o.intervalMs;
        if (next >= deadline) break;
        await sleep(next - performance.now());
      }
    };

    const viewerLoop = async (token: string) => {
      // Its own browser: keep-alive, 6 sockets at most.
      const client: Client = {
        token,
        agent: new Agent({
          keepAlive: true,
          maxSockets: BROWSER_CONNECTIONS,
        }),
      };
      agents.push(client.agent);
      // Viewers arrive over the warm-up, not all on one tick (650 connections at once
      // made the accept queue overflow: ECONNRESET before any request was served).
      await sleep(Math.random() * o.warmup * 800);
      while (performance.now() < deadline) {
        // Overview: as the page, all at once.
        const year = pick(YEARS.slice(1));
        await inParallel(BROWSER_CONNECTIONS, [
          () =>
            call('cityTotals', client, Q.cityTotals, {
              from: FIRST_YEAR,
              to: YEAR,
              metrics: OVERVIEW_METRICS,
            }),
          ...YEARS.map(
            (y) => () =>
              call('boardSummary', client, Q.boardSummary, { year: y }),
          ),
          () =>
            call('seriesMatrix.overview', client, Q.seriesMatrix, {
              metrics: CONTRIBUTION_METRICS,
              from: year - 1,
              to: year,
            }),
        ]);
        if (performance.now() >= deadline) break;
        // Compare: a ranking, the distribution of one metric, 10 departments' lines.
        const metric = pick(CONTRIBUTION_METRICS);
        await call('ranking', client, Q.ranking, {
          metric,
          year,
          kinds: null,
          limit: 30,
          ascending: false,
        });
        await call('seriesMatrix.compare', client, Q.seriesMatrix, {
          metrics: [metric],
          from: FIRST_YEAR,
          to: YEAR,
          departments: null,
        });
        const ids = [...departmentIds]
          .sort(() => Math.random() - 0.5)
          .slice(0, 10);
        await call('series', client, Q.series, {
          metrics: [metric],
          from: FIRST_YEAR,
          to: YEAR,
          departments: { ids },
          limit: 50,
        });
        if (o.thinkMs > 0) await sleep(o.thinkMs * (0.5 + Math.random()));
      }
    };

    await Promise.all([
      ...bureaus.map(bureauLoop),
      ...Array.from({ length: o.viewers }, (_, i) =>
        viewerLoop(viewerTokens[i % viewerTokens.length] ?? ''),
      ),
    ]);
    // Throughput over the time the last in-flight request took to answer too.
    // Throughput over the measured window, up to the last answer.
    const seconds = (performance.now() - measureFrom) / 1000;
    for (const a of agents) a.destroy();
    const loadAverageAfter = os.loadavg();
    progress(`${db}: load done in ${seconds.toFixed(1)} s; checking versions…`);

    // ---- Integrity ----
    const problems: string[] = [];
    let lostVersions = 0;
    let duplicatedVersions = 0;
    let expectedVersions = 0;
    for (const b of bureaus) {
      const versions = await versionsOf(endpoint, admin, b.department.id);
      const n = b.initialVersions + b.created.length;
      expectedVersions += n;
      const seen = new Map<number, number>();
      for (const v of versions) seen.set(v, (seen.get(v) ?? 0) + 1);
      let lost = 0;
      let duplicated = 0;
      for (let v = 1; v <= n; v++) if (!seen.has(v)) lost++;
      for (const [v, count] of seen) {
        if (count > 1) duplicated += count - 1;
        // A version past n that no answer announced: counted as a duplicate write.
        if (v > n) duplicated += count;
      }
      // Each `created` answer names a distinct version, past the initial ones.
      const answered = new Set(b.created);
      if (answered.size !== b.created.length) {
        duplicated += b.created.length - answered.size;
      }
      for (const v of answered) {
        if (v <= b.initialVersions || !seen.has(v)) lost++;
      }
      if (lost + duplicated > 0) {
        problems.push(
          `${b.department.name}: ${versions.length} versions stored, ${n} expected (lost ${lost}, duplicated ${duplicated})`,
        );
      }
      lostVersions += lost;
      duplicatedVersions += duplicated;
    }

    const kinds = rec.summary(seconds);
    const all = kinds.find((k) => k.kind === 'all');
    const warmAll = warm.summary(o.warmup || 1).find((k) => k.kind === 'all');
    // The warm-up's failures count as much as the measured ones.
    const server5xx = (all?.server ?? 0) + (warmAll?.server ?? 0);
    const transportFailures = (all?.transport ?? 0) + (warmAll?.transport ?? 0);
    return {
      db,
      setupSeconds,
      seconds,
      bureaus: bureaus.length,
      viewers: o.viewers,
      thinkMs: o.thinkMs,
      warmupSeconds: o.warmup,
      loadAverageBefore,
      loadAverageAfter,
      kinds,
      warmup: warmAll ?? null,
      timeline: timeline.seconds,
      submissions: {
        created: bureaus.reduce((s, b) => s + b.created.length, 0),
        unchanged: bureaus.reduce((s, b) => s + b.unchanged, 0),
      },
      integrity: {
        departments: bureaus.length,
        expectedVersions,
        lostVersions,
        duplicatedVersions,
        problems: problems.slice(0, 20),
      },
      server5xx,
      transportFailures,
      rateLimited: (all?.rateLimited ?? 0) + (warmAll?.rateLimited ?? 0),
      pass:
        lostVersions === 0 &&
        duplicatedVersions === 0 &&
        server5xx === 0 &&
        transportFailures === 0,
    };
  } finally {
    await server?.close();
    await cleanup();
  }
}

// ---- Report -----------------------------------------------------------------

function printResult(r: DbResult): void {
  const out: string[] = [];
  const la = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
  out.push(
    '',
    `== ${r.db}: ${r.bureaus} bureaus + ${r.viewers} viewers (think ${r.thinkMs} ms) for ${r.seconds.toFixed(1)} s after a ${r.warmupSeconds} s warm-up (setup ${r.setupSeconds.toFixed(1)} s)`,
    `   load average before ${la(r.loadAverageBefore)}, after ${la(r.loadAverageAfter)}`,
    '',
    `   ${'kind'.padEnd(22)}${'requests'.padStart(9)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${'4xx'.padStart(6)}${'429'.padStart(6)}${'5xx'.padStart(6)}${'fail'.padStart(6)}`,
  );
  for (const k of r.kinds) {
    out.push(
      `   ${k.kind.padEnd(22)}${fmt(k.requests).padStart(9)}${fmt(k.throughput, 1).padStart(9)}${fmt(k.p50, 1).padStart(9)}${fmt(k.p95, 1).padStart(9)}${fmt(k.p99, 1).padStart(9)}${fmt(k.max, 1).padStart(9)}${String(k.client).padStart(6)}${String(k.rateLimited).padStart(6)}${String(k.server).padStart(6)}${String(k.transport).padStart(6)}`,
    );
  }
  for (const k of r.kinds) {
    if (k.kind !== 'all' && k.sampleErrors.length > 0) {
      out.push(`   ${k.kind} errors: ${k.sampleErrors.join(' | ')}`);
    }
  }
  const w = r.warmup;
  if (w) {
    if (w.sampleErrors.length > 0) {
      out.push(`   warm-up errors: ${w.sampleErrors.join(' | ')}`);
    }
    out.push(
      `   warm-up (not in the table): ${fmt(w.requests)} requests, p50 ${fmt(w.p50, 1)}, p99 ${fmt(w.p99, 1)}, max ${fmt(w.max, 1)} ms; 4xx ${w.client}, 429 ${w.rateLimited}, 5xx ${w.server}, fail ${w.transport}`,
    );
  }
  out.push(
    '',
    `   per second (requests started / slowest ms): ${r.timeline.map((t, i) => `${i}:${t.started}/${Math.round(t.slowest)}`).join(' ')}`,
  );
  out.push(
    '',
    `   submissions: ${fmt(r.submissions.created)} created, ${fmt(r.submissions.unchanged)} unchanged; ${fmt(r.integrity.expectedVersions)} versions of ${YEAR} expected over ${r.integrity.departments} departments`,
    `   lost versions: ${r.integrity.lostVersions}, duplicated versions: ${r.integrity.duplicatedVersions}, 5xx: ${r.server5xx}` +
      (r.transportFailures
        ? `, transport failures: ${r.transportFailures}`
        : '') +
      (r.rateLimited ? `, 429: ${r.rateLimited}` : '') +
      `  → ${r.pass ? 'PASS' : 'FAIL'}`,
  );
  for (const p of r.integrity.problems) out.push(`   ! ${p}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (!o) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  // Nest logs to stdout; with --json, stdout carries the JSON alone.
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  if (o.json) {
    process.stdout.write = process.stderr.write.bind(
      process.stderr,
    ) as typeof process.stdout.write;
  }
  // Bounded: setup and checks take well under 5 minutes per database.
  const watchdog = setTimeout(
    () => {
      progress('load: over the time bound; aborting');
      process.exit(2);
    },
    o.dbs.length * (o.seconds + 300) * 1000,
  );
  watchdog.unref();

  const host = machine();
  const results: DbResult[] = [];
  for (const db of o.dbs) {
    const r = await runDatabase(db, o);
    results.push(r);
    if (!o.json) printResult(r);
  }
  clearTimeout(watchdog);
  const pass = results.every((r) => r.pass);
  if (o.json) {
    stdoutWrite(
      `${JSON.stringify({ machine: host, options: o, results, pass }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(
      `\nmachine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, Node ${host.node}, ${host.platform}\n`,
    );
  }
  process.exitCode = pass ? 0 : 1;
}

main().catch((e: unknown) => {
  progress(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
