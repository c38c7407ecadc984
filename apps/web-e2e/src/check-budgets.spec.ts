import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { WORKSPACE_ROOT } from './support/paths';

// tools/web/check-budgets.ts is run as CI runs it (`npm run budgets`), on fake builds:
// a manifest and files whose gzip sizes the test computes itself.

interface Report {
  chunks: { file: string; gzip: number; initial: boolean; chart: boolean }[];
  lines: { group: string; gzip: number; limit: number; ok: boolean }[];
  breaches: string[];
}

type Files = Record<string, Buffer>;

const dirs: string[] = [];
afterAll(() =>
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
);

function fakeBuild(manifest: object, files: Files): string {
  const dist = mkdtempSync(join(tmpdir(), 'gongkai-budgets-'));
  dirs.push(dist);
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  for (const [file, body] of Object.entries(files))
    writeFileSync(join(dist, file), body);
  return dist;
}

function run(dist: string, json = true) {
  const r = spawnSync(
    process.execPath,
    [
      '-r',
      './tools/register.js',
      'tools/web/check-budgets.ts',
      '--dist',
      dist,
      ...(json ? ['--json'] : []),
    ],
    { cwd: WORKSPACE_ROOT, encoding: 'utf8' },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Incompressible bytes: their gzip size is about their size. */
const noise = (kb: number, marker = ''): Buffer =>
  Buffer.concat([Buffer.from(marker), randomBytes(kb * 1024)]);
const gz = (b: Buffer): number => gzipSync(b, { level: 9 }).length;

const MANIFEST = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: [
      'src/pages/overview-page.vue',
      'src/pages/report-page.vue',
    ],
    css: ['assets/index.css'],
  },
  '_vendor.js': {
    file: 'assets/vendor.js',
    name: 'vendor',
    imports: ['_runtime.js'],
  },
  '_runtime.js': { file: 'assets/runtime.js', name: 'runtime' },
  'src/pages/overview-page.vue': {
    file: 'assets/overview-page.js',
    src: 'src/pages/overview-page.vue',
    isDynamicEntry: true,
    imports: ['_vendor.js', '_zrender.js'],
    dynamicImports: ['src/components/chart-panel.vue'],
  },
  // ECharts merged into an app component: found by its code.
  'src/components/chart-panel.vue': {
    file: 'assets/chart-panel.js',
    src: 'src/components/chart-panel.vue',
    isDynamicEntry: true,
  },
  // A chunk split out of node_modules/zrender: found by its name.
  '_zrender.js': { file: 'assets/zrender-lib.js', name: 'zrender' },
  'src/pages/report-page.vue': {
    file: 'assets/report-page.js',
    src: 'src/pages/report-page.vue',
    isDynamicEntry: true,
    imports: ['_vendor.js'],
  },
  '_index.css': { file: 'assets/index.css', src: '_index.css' },
};

describe('tools/web/check-budgets.ts', () => {
  it('sums initial, chart and all JavaScript over the manifest graph', () => {
    const files: Files = {
      'assets/index.js': noise(10),
      'assets/vendor.js': noise(30),
      'assets/runtime.js': noise(1),
      'assets/overview-page.js': noise(8),
      'assets/chart-panel.js': noise(100, 'var k="__ec_inner_";'),
      'assets/zrender-lib.js': noise(40),
      'assets/report-page.js': noise(6),
      // On disk but not in the manifest (e.g. a worker): counts in the total.
      'assets/stray.js': noise(2),
      'assets/index.css': noise(50),
    };
    const r = run(fakeBuild(MANIFEST, files));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;

    const group = (pick: (c: Report['chunks'][number]) => boolean) =>
      report.chunks
        .filter(pick)
        .map((c) => c.file)
        .sort();
    expect(group((c) => c.initial)).toEqual([
      'assets/index.js',
      'assets/runtime.js',
      'assets/vendor.js',
    ]);
    expect(group((c) => c.chart)).toEqual([
      'assets/chart-panel.js',
      'assets/zrender-lib.js',
    ]);
    expect(group(() => true)).toHaveLength(8);

    const sum = (names: string[]) =>
      names.reduce((s, f) => s + gz(files[f] as Buffer), 0);
    const totals = Object.fromEntries(
      report.lines.map((l) => [l.group, l.gzip]),
    );
    expect(totals).toEqual({
      initial: sum([
        'assets/index.js',
        'assets/vendor.js',
        'assets/runtime.js',
      ]),
      charts: sum(['assets/chart-panel.js', 'assets/zrender-lib.js']),
      total: sum(Object.keys(files).filter((f) => f.endsWith('.js'))),
    });
    expect(report.lines.map((l) => [l.group, l.limit / 1024, l.ok])).toEqual([
      ['initial', 120, true],
      ['charts', 220, true],
      ['total', 450, true],
    ]);
    expect(report.breaches).toEqual([]);
  });

  it('fails with a clear message when the initial JavaScript is over budget', () => {
    const dist = fakeBuild(MANIFEST, {
      'assets/index.js': noise(90),
      'assets/vendor.js': noise(40),
      'assets/runtime.js': noise(1),
      'assets/overview-page.js': noise(1),
      'assets/chart-panel.js': noise(1, 'registerPreprocessor'),
      'assets/zrender-lib.js': noise(1),
      'assets/report-page.js': noise(1),
    });
    const r = run(dist, false);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /Initial JavaScript\s+13\d\.\d KB\s+120\.0 KB\s+OVER/,
    );
    expect(r.stderr).toMatch(
      /Bundle budget exceeded:\n {2}Initial JavaScript is 13\d\.\d KB gzip, over its budget of 120\.0 KB/,
    );
    expect(r.stderr).not.toContain('Charts');
  });

  it('fails when chart code is loaded with the first page', () => {
    const eager = {
      ...MANIFEST,
      'index.html': {
        ...MANIFEST['index.html'],
        imports: ['_vendor.js', '_zrender.js'],
      },
    };
    const r = run(
      fakeBuild(eager, {
        'assets/index.js': noise(1),
        'assets/vendor.js': noise(1),
        'assets/runtime.js': noise(1),
        'assets/overview-page.js': noise(1),
        'assets/chart-panel.js': noise(1),
        'assets/zrender-lib.js': noise(1),
        'assets/report-page.js': noise(1),
      }),
    );
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.lines.every((l) => l.ok)).toBe(true);
    expect(report.breaches).toEqual([
      'Chart code is in the initial JavaScript (assets/zrender-lib.js): ECharts must be loaded lazily, with import().',
    ]);
  });

  it('asks for a build when there is no manifest', () => {
    const empty = mkdtempSync(join(tmpdir(), 'gongkai-budgets-'));
    dirs.push(empty);
    const r = run(empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npx nx run web:build');
  });
});
