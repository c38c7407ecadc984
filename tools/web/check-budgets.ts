/**
 * Bundle budgets of the dashboard (dist/apps/web), from Vite's manifest:
 *
 *   initial JavaScript  the entry chunk and its static imports, transitively   ≤ 120 KB
 *   charts (lazy)       every chunk holding ECharts / zrender / vue-echarts     ≤ 220 KB
 *   all JavaScript      every .js file of the build                             ≤ 450 KB
 *
 * Sizes are gzip level 9 (KB = 1024 bytes), what a browser downloads from a server that
 * compresses. ECharts must stay out of the initial JavaScript: a chart chunk there is a
 * breach too, whatever the totals.
 *
 * Usage: node -r ./tools/register.js tools/web/check-budgets.ts [--dist <dir>] [--json]
 * Exit 0 within budget, 1 on a breach, 2 when there is no build to measure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of .vite/manifest.json (the fields used here). */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Static imports: keys of this manifest. */
  imports?: string[];
  /** Lazy imports (`import()`): keys of this manifest. */
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export const BUDGETS_KB = { initial: 120, charts: 220, total: 450 } as const;

export type Group = 'initial' | 'charts' | 'total';

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
  chart: boolean;
}

export interface BudgetLine {
  group: Group;
  label: string;
  gzip: number;
  limit: number;
  ok: boolean;
}

export interface BudgetReport {
  chunks: ChunkSize[];
  lines: BudgetLine[];
  /** Every breach as a sentence; empty when within budget. */
  breaches: string[];
}

/**
 * Module paths of the chart libraries, as they appear in manifest keys and `src` when
 * a build names or splits them (e.g. `node_modules/echarts/lib/…`, a manualChunk).
 */
const CHART_PATH = /(^|[/_])(echarts|zrender|vue-echarts)([/._-]|$)/;

/**
 * Fingerprints of the chart libraries that survive minification, for chunks where
 * Rollup merged them into an app module (the usual case: `chart-panel-*.js`):
 * `__ec_inner_` (ECharts' internal model keys), `registerPreprocessor` (ECharts' public
 * API, kept as a property name) and `vue-echarts` (the component's own name).
 */
const CHART_CODE = /__ec_inner_|registerPreprocessor|vue-echarts/;

export function isChartChunk(
  key: string,
  chunk: ManifestChunk,
  code: string,
): boolean {
  return (
    CHART_PATH.test(key) ||
    CHART_PATH.test(chunk.src ?? '') ||
    CHART_PATH.test(chunk.name ?? '') ||
    CHART_CODE.test(code)
  );
}

/** Files of the entry chunks and of everything they import statically. */
export function initialFiles(manifest: Manifest): Set<string> {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) visit(key);
  }
  return files;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The budgets over measured JavaScript files. `code` gives a file's text (for the
 * fingerprints), `sizes` its raw and gzip sizes; files not in the manifest count in
 * the total only.
 */
export function checkBudgets(
  manifest: Manifest,
  jsFiles: readonly string[],
  sizes: (file: string) => { raw: number; gzip: number },
  code: (file: string) => string,
  limitsKb: Record<Group, number> = BUDGETS_KB,
): BudgetReport {
  const initial = initialFiles(manifest);
  const charts = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (
      chunk.file.endsWith('.js') &&
      isChartChunk(key, chunk, code(chunk.file))
    )
      charts.add(chunk.file);
  }
  const all = new Set<string>(jsFiles);
  for (const chunk of Object.values(manifest)) {
    if (chunk.file.endsWith('.js')) all.add(chunk.file);
  }
  const chunks: ChunkSize[] = [...all]
    .sort()
    .map((file) => ({
      file,
      ...sizes(file),
      initial: initial.has(file),
      chart: charts.has(file),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (pick: (c: ChunkSize) => boolean): number =>
    chunks.filter(pick).reduce((s, c) => s + c.gzip, 0);
  const line = (group: Group, label: string, gzip: number): BudgetLine => {
    const limit = limitsKb[group] * 1024;
    return { group, label, gzip, limit, ok: gzip <= limit };
  };
  const lines = [
    line(
      'initial',
      'Initial JavaScript',
      sum((c) => c.initial),
    ),
    line(
      'charts',
      'Charts (lazy)',
      sum((c) => c.chart),
    ),
    line(
      'total',
      'All JavaScript',
      sum(() => true),
    ),
  ];
  const breaches = lines
    .filter((l) => !l.ok)
    .map(
      (l) =>
        `${l.label} is ${kb(l.gzip)} gzip, over its budget of ${kb(l.limit)} by ${kb(l.gzip - l.limit)}.`,
    );
  const eager = chunks.filter((c) => c.initial && c.chart).map((c) => c.file);
  if (eager.length > 0) {
    breaches.push(
      `Chart code is in the initial JavaScript (${eager.join(', ')}): ECharts must be loaded lazily, with import().`,
    );
  }
  return { chunks, lines, breaches };
}

/** The report as a small table for the console. */
export function formatReport(report: BudgetReport, shown = 12): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (s: string, n: number) => s.padStart(n);
  const out = [
    `${pad('Budget', 22)}${num('gzip', 11)}${num('limit', 11)}  status`,
    ...report.lines.map(
      (l) =>
        `${pad(l.label, 22)}${num(kb(l.gzip), 11)}${num(kb(l.limit), 11)}  ${l.ok ? 'ok' : 'OVER'}`,
    ),
    '',
    `${pad('Chunk', 44)}${num('raw', 11)}${num('gzip', 11)}  group`,
    ...report.chunks
      .slice(0, shown)
      .map(
        (c) =>
          `${pad(c.file, 44)}${num(kb(c.raw), 11)}${num(kb(c.gzip), 11)}  ${[c.initial ? 'initial' : 'lazy', c.chart ? 'charts' : ''].filter(Boolean).join(', ')}`,
      ),
  ];
  if (report.chunks.length > shown) {
    out.push(`… and ${report.chunks.length - shown} smaller chunks`);
  }
  return out.join('\n');
}

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--dist');
  const dist = resolve(
    at >= 0 && argv[at + 1] ? (argv[at + 1] ?? '') : 'dist/apps/web',
  );
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(
      `No Vite manifest at ${manifestPath}: build the dashboard first (npx nx run web:build).`,
    );
    return 2;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const assets = join(dist, 'assets');
  const onDisk = existsSync(assets)
    ? readdirSync(assets)
        .filter((f) => f.endsWith('.js'))
        .map((f) => `assets/${f}`)
    : [];
  const bytes = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    let b = bytes.get(file);
    if (!b) {
      b = readFileSync(join(dist, file));
      bytes.set(file, b);
    }
    return b;
  };
  const report = checkBudgets(
    manifest,
    onDisk,
    (file) => ({
      raw: read(file).length,
      gzip: gzipSync(read(file), { level: 9 }).length,
    }),
    (file) => read(file).toString('utf8'),
  );
  if (argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`Bundle budgets of ${dist} (gzip level 9, KB = 1024 bytes)\n`);
    console.log(formatReport(report));
  }
  if (report.breaches.length > 0) {
    console.error(
      `\nBundle budget exceeded:\n  ${report.breaches.join('\n  ')}`,
    );
    return 1;
  }
  if (!argv.includes('--json')) console.log('\nWithin budget.');
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
