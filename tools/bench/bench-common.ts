import { readFileSync } from 'node:fs';
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
