import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** A numeric command-line option within bounds (integers only unless `real`). */
export function numberOption(
  raw: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
  real = false,
): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (
    !(real ? Number.isFinite(n) : Number.isInteger(n)) ||
    n < min ||
    n > max
  ) {
    throw new Error(
      `--${name} must be ${real ? 'a number' : 'an integer'} in [${min}, ${max}], got ${raw}`,
    );
  }
  return n;
}

/** Progress and diagnostics go to stderr, so `--json` output stays parseable. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** The machine a figure was measured on, as every bench prints it. */
export function machine() {
  let cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(
      readFileSync('/proc/cpuinfo', 'utf8'),
    );
    if (m?.[1]) cpu = m[1].trim();
  } catch {
    // Not Linux: os.cpus() it is.
  }
  return {
    cpu,
    cores: os.cpus().length,
    availableParallelism: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.arch()}`,
    loadAverage: os.loadavg(),
  };
}

/** `utime + stime (+ cutime + cstime)` of a /proc stat line, in ms (clock ticks of 10 ms). */
function statCpuMs(stat: string, withChildren: boolean): number {
  // The fields after the command name, which may hold spaces: state is field 3.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = (k: number) => Number(f[k - 3]);
  return (
    (ticks(14) + ticks(15) + (withChildren ? ticks(16) + ticks(17) : 0)) * 10
  );
}

/**
 * CPU time of each thread of this process (by Linux thread id), in ms; null where
 * /proc is missing. Worker threads, V8's GC helpers and libuv's pool each have one.
 */
export function threadCpuMs(): Map<number, number> | null {
  try {
    const out = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      out.set(
        Number(tid),
        statCpuMs(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8'), false),
      );
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * CPU time of the PostgreSQL server processes of this machine, in ms: its backends,
 * its helpers, and the exited backends the postmaster has reaped. Null where /proc is
 * missing; 0 when the server runs elsewhere.
 */
export function postgresCpuMs(): number | null {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of names) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      total += statCpuMs(stat, true);
    } catch {
      // Gone since the listing, or another user's.
    }
  }
  return total;
}

/** Rows as aligned text: the first column left, the others right, a rule under the header. */
export function textTable(
  header: readonly string[],
  body: readonly (readonly string[])[],
): string[] {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) =>
        i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ');
  return [
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...body.map(line),
  ];
}
