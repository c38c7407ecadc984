import { request } from 'node:http';
import type { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';

/** What one request came to, as the summary counts it. */
export type Outcome =
  | 'ok'
  /** HTTP 4xx, or a GraphQL error that is the client's (not RATE_LIMITED). */
  | 'client'
  /** HTTP 429 or RATE_LIMITED: pacing too fast, counted apart from errors. */
  | 'rateLimited'
  /** HTTP 5xx, or a GraphQL INTERNAL_SERVER_ERROR (Apollo answers those with 200). */
  | 'server'
  /** No answer: connection refused or reset, or the per-request timeout. */
  | 'transport';

export interface KindStats {
  kind: string;
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  ok: number;
  client: number;
  rateLimited: number;
  server: number;
  transport: number;
  /** A few distinct error messages, to tell what went wrong without a debugger. */
  sampleErrors: string[];
}

interface Bucket {
  latencies: number[];
  counts: Record<Outcome, number>;
  errors: Set<string>;
}

const emptyCounts = (): Record<Outcome, number> => ({
  ok: 0,
  client: 0,
  rateLimited: 0,
  server: 0,
  transport: 0,
});

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, i)] ?? 0;
}

/** Per second of the run (by start): requests started, and the slowest of them. */
export class Timeline {
  readonly seconds: { started: number; slowest: number }[] = [];

  record(startedAtSecond: number, ms: number): void {
    const i = Math.max(0, Math.floor(startedAtSecond));
    while (this.seconds.length <= i) {
      this.seconds.push({ started: 0, slowest: 0 });
    }
    const t = this.seconds[i];
    if (t) {
      t.started++;
      t.slowest = Math.max(t.slowest, ms);
    }
  }
}

/** Every timed request of one run, by kind. */
export class Recorder {
  private readonly buckets = new Map<string, Bucket>();

  record(kind: string, ms: number, outcome: Outcome, error?: string): void {
    let b = this.buckets.get(kind);
    if (!b) {
      b = { latencies: [], counts: emptyCounts(), errors: new Set() };
      this.buckets.set(kind, b);
    }
    b.latencies.push(ms);
    b.counts[outcome]++;
    if (error && b.errors.size < 5) b.errors.add(error.slice(0, 200));
  }

  /** Per kind, then 'all' (every request of every kind). */
  summary(seconds: number): KindStats[] {
    const all: Bucket = {
      latencies: [],
      counts: emptyCounts(),
      errors: new Set(),
    };
    const rows: KindStats[] = [];
    const row = (kind: string, b: Bucket): KindStats => {
      const sorted = Float64Array.from(b.latencies).sort();
      const arr = Array.from(sorted);
      return {
        kind,
        requests: arr.length,
        throughput: arr.length / seconds,
        p50: percentile(arr, 50),
        p95: percentile(arr, 95),
        p99: percentile(arr, 99),
        max: arr.at(-1) ?? 0,
        ...b.counts,
        sampleErrors: [...b.errors],
      };
    };
    for (const [kind, b] of [...this.buckets].sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      rows.push(row(kind, b));
      all.latencies.push(...b.latencies);
      for (const k of Object.keys(all.counts) as Outcome[]) {
        all.counts[k] += b.counts[k];
      }
      for (const e of b.errors) if (all.errors.size < 5) all.errors.add(e);
    }
    rows.push(row('all', all));
    return rows;
  }
}

// ---- GraphQL over HTTP ------------------------------------------------------

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Timed<T> {
  ms: number;
  outcome: Outcome;
  data: T | null;
  error?: string;
}

/** Refuses anything but the loopback interface: the load must never leave the machine. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
    throw new Error(`Loopback only: refusing ${url}`);
  }
}

/** fetch hides the socket's error in `cause` (ECONNRESET, a timeout…). */
function describeFailure(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause: unknown = e.cause;
  const detail =
    cause instanceof Error
      ? ` (${(cause as NodeJS.ErrnoException).code ?? cause.name}: ${cause.message})`
      : '';
  return `${e.name}: ${e.message}${detail}`;
}

/** One GraphQL request, timed from before fetch to the parsed body, classified. */
export async function graphql<T>(
  endpoint: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  timeoutMs: number,
  agent?: Agent,
): Promise<Timed<T>> {
  const start = performance.now();
  let status = 0;
  let body: GraphQLAnswer<T> | null = null;
  try {
    const res = await post(
      endpoint,
      { authorization: `Bearer ${token}` },
      JSON.stringify({ query, variables }),
      { timeoutMs, ...(agent ? { agent } : {}) },
    );
    status = res.status;
    try {
      body = JSON.parse(res.text) as GraphQLAnswer<T>;
    } catch {
      body = {
        errors: [{ message: `HTTP ${status}: ${res.text.slice(0, 120)}` }],
      };
    }
  } catch (e) {
    return {
      ms: performance.now() - start,
      outcome: 'transport',
      data: null,
      error: describeFailure(e),
    };
  }
  const ms = performance.now() - start;
  const errors = body.errors ?? [];
  const codes = errors.map((e) => e.extensions?.code);
  const error =
    errors.length > 0
      ? `${codes[0] ?? status}: ${errors[0]?.message ?? ''}`
      : undefined;
  const outcome: Outcome =
    status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')
      ? 'server'
      : status === 429 || codes.includes('RATE_LIMITED')
        ? 'rateLimited'
        : status >= 400 || errors.length > 0
          ? 'client'
          : 'ok';
  return {
    ms,
    outcome,
    data: outcome === 'ok' ? (body.data ?? null) : null,
    ...(error ? { error } : {}),
  };
}

/**
 * POST /api/sessions from a chosen loopback source address. The server allows 50 login
 * attempts per address per 15 minutes; 127.0.0.0/8 is all loopback on Linux, so the
 * setup spreads its logins over 127.0.0.1, 127.0.0.2, … (fetch cannot pick the source
 * address without the undici package, hence node:http here).
 */
export async function login(
  origin: string,
  username: string,
  password: string,
  localAddress: string,
): Promise<string> {
  const res = await post(
    new URL('/api/sessions', origin).toString(),
    {},
    JSON.stringify({ username, password }),
    { timeoutMs: 30_000, localAddress },
  );
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(
      `login ${username} from ${localAddress}: HTTP ${res.status} ${res.text.slice(0, 200)}`,
    );
  }
  return (JSON.parse(res.text) as { token: string }).token;
}

/**
 * A JSON POST over node:http. Not fetch: its one global undici pool opens sockets
 * without bound under a burst, and requests waited seconds on fresh connections
 * (server-side time stayed under 40 ms). Each simulated client gets its own keep-alive
 * Agent instead, with a browser's 6 sockets (see load.ts).
 */
function post(
  url: string,
  headers: Record<string, string>,
  payload: string,
  o: { timeoutMs: number; agent?: Agent; localAddress?: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        ...(o.agent ? { agent: o.agent } : {}),
        ...(o.localAddress ? { localAddress: o.localAddress } : {}),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    // The whole exchange, not socket idleness: a stalled answer is a failure.
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer in ${o.timeoutMs} ms`)),
      o.timeoutMs,
    );
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end(payload);
  });
}
