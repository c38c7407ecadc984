/**
 * Parser benchmark: how many reports per second `parseReport` reads on one core, per
 * layout, next to the speed of merely tokenising the same HTML with htmlparser2 (the
 * practical limit of the HTML reader).
 *
 *   npm run bench:parse                       # default run, < 60 s
 *   npm run bench:parse -- --seconds 5        # longer timed window per row
 *   npm run bench:parse -- --json             # machine-readable result on stdout
 *   npm run bench:parse -- --only html,docx   # some rows only (e.g. for profiling)
 *   node --cpu-prof --import tsx tools/bench/parse.bench.ts --only html
 *
 * 1. Corpus (not timed): N distinct random consistent reports per generation (G1, G2),
 *    rendered by the writer in every layout and kept as UTF-8 / zip bytes (Buffers).
 * 2. Verification (not timed, doubles as warm-up): every report of the corpus is parsed
 *    in every layout and its values compared with the model (number → that number,
 *    null → blank, '/' → notApplicable, no value the model lacks), plus generation,
 *    year and agency. The fixed samples of `sampleReportData` are checked as well. Any
 *    mismatch aborts: the bench never measures a parser that reads wrong.
 * 3. Timing: per row a short warm-up, then the corpus is parsed round-robin on the main
 *    thread for a fixed wall time. Reported: reports/s, mean µs/report, MB/s, the
 *    spread of 100 ms slices, and CPU time / wall time (GC helper threads show as >100%).
 *    Baseline rows decode the same bytes as UTF-8 (as parseReport must) and run
 *    htmlparser2 with no-op callbacks: its Parser (the practical limit the issue names;
 *    the "2× of tokenising" target is taken against it) and its bare Tokenizer (what
 *    the readers drive since markup-scanner.ts, so the harder floor).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import {
  analyseReport,
  parseReport,
  renderReport,
  renderReportDocx,
  type ParsedReport,
  type ReportData,
  type ReportLayout,
} from '@gongkai/disclosure-domain';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { Parser, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

import {
  arbitraryReportData,
  sampleReportData,
} from '@gongkai/disclosure-domain/testing';

import {
  fmt,
  machine,
  numberOption,
  progress,
  textTable,
} from './bench-common';

// ---- Options ----------------------------------------------------------------

const HELP = `Usage: npm run bench:parse -- [options]
  --seconds <s>      timed wall time per row (default 2)
  --warmup <s>       warm-up per row before timing (default 0.4)
  --reports <n>      distinct random reports per generation (default 500)
  --seed <n>         fast-check seed of the corpus (default 20240601)
  --blank-rate <p>   probability that a zero cell is published blank (default 0.1)
  --only <list>      comma-separated rows: text,tabbed,pipes,html,docx,analyse,baseline
  --allow-mismatch   measure even if the parser misreads the corpus (marked UNVERIFIED)
  --strict           exit with code 2 when a target is BELOW
  --json             print the result as JSON on stdout (progress goes to stderr)
  --help`;

const ROW_GROUPS = [
  'text',
  'tabbed',
  'pipes',
  'html',
  'docx',
  'analyse',
  'baseline',
] as const;
type RowGroup = (typeof ROW_GROUPS)[number];

interface BenchOptions {
  seconds: number;
  warmup: number;
  reports: number;
  seed: number;
  blankRate: number;
  only: ReadonlySet<RowGroup>;
  allowMismatch: boolean;
  strict: boolean;
  json: boolean;
}

function readOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      reports: { type: 'string' },
      seed: { type: 'string' },
      'blank-rate': { type: 'string' },
      only: { type: 'string' },
      'allow-mismatch': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
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
  const only = new Set<RowGroup>();
  for (const part of (values.only ?? ROW_GROUPS.join(',')).split(',')) {
    const name = part.trim();
    if (name === '') continue;
    const group = ROW_GROUPS.find((g) => g === name);
    if (!group) {
      throw new Error(
        `--only: unknown row "${name}" (${ROW_GROUPS.join(',')})`,
      );
    }
    only.add(group);
  }
  return {
    seconds: numberOption(values.seconds, 'seconds', 2, 0.1, 600, true),
    warmup: numberOption(values.warmup, 'warmup', 0.4, 0, 60, true),
    reports: Math.round(
      numberOption(values.reports, 'reports', 500, 1, 100_000, true),
    ),
    seed: Math.round(
      numberOption(
        values.seed,
        'seed',
        20240601,
        -(2 ** 31),
        2 ** 31 - 1,
        true,
      ),
    ),
    blankRate: numberOption(
      values['blank-rate'],
      'blank-rate',
      0.1,
      0,
      1,
      true,
    ),
    only,
    allowMismatch: values['allow-mismatch'] ?? false,
    strict: values.strict ?? false,
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
const GENERATIONS = ['G1', 'G2'] as const;

interface CorpusReport {
  data: ReportData;
  /** Where the report comes from, to reproduce it: `G1#17` (index in the sample). */
  source: string;
  /** The rendered document per layout, as the bytes a file would hold. */
  bytes: Record<ReportLayout, Buffer>;
}

/** `n` distinct consistent reports of one generation (deterministic for a seed). */
function sampleDistinct(
  generation: 'G1' | 'G2',
  n: number,
  seed: number,
  blankRate: number,
): ReportData[] {
  const arbitrary = arbitraryReportData({ generation, blankRate });
  const seen = new Set<string>();
  const out: ReportData[] = [];
  for (let attempt = 0; out.length < n && attempt < 10; attempt++) {
    const batch = fc.sample(arbitrary, {
      numRuns: n - out.length + 16,
      seed: seed + attempt * 7919,
    });
    for (const data of batch) {
      const key = JSON.stringify(data);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(data);
      if (out.length === n) break;
    }
  }
  if (out.length < n) {
    throw new Error(
      `could only draw ${out.length} distinct ${generation} reports`,
    );
  }
  return out;
}

function render(data: ReportData): Record<ReportLayout, Buffer> {
  const docx = renderReportDocx(data);
  return {
    text: Buffer.from(renderReport(data, 'text'), 'utf8'),
    tabbed: Buffer.from(renderReport(data, 'tabbed'), 'utf8'),
    pipes: Buffer.from(renderReport(data, 'pipes'), 'utf8'),
    html: Buffer.from(renderReport(data, 'html'), 'utf8'),
    docx: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength),
  };
}

function buildCorpus(options: BenchOptions): CorpusReport[] {
  const perGeneration = GENERATIONS.map((g, i) =>
    sampleDistinct(g, options.reports, options.seed + i, options.blankRate),
  );
  // Interleaved G1, G2, G1 … so that every slice of a timed run sees both formats.
  const corpus: CorpusReport[] = [];
  for (let i = 0; i < options.reports; i++) {
    for (const reports of perGeneration) {
      const data = reports[i];
      if (data) {
        corpus.push({
          data,
          source: `${data.generation}#${i}`,
          bytes: render(data),
        });
      }
    }
  }
  return corpus;
}

// ---- Verification -----------------------------------------------------------

interface Mismatch {
  layout: ReportLayout;
  source: string;
  what: string;
  expected: string;
  got: string;
  findings: string;
}

function describeExpected(v: number | null | '/'): string {
  if (v === null) return 'blank';
  if (v === '/') return "notApplicable ('/')";
  return `number ${v}`;
}

function describeCell(
  cell: ParsedReport['values'][string] | undefined,
): string {
  if (!cell) return 'missing';
  const value = cell.status === 'number' ? ` ${String(cell.value)}` : '';
  return `${cell.status}${value} (raw ${JSON.stringify(cell.raw)})`;
}

function cellMatches(
  expected: number | null | '/',
  cell: ParsedReport['values'][string] | undefined,
): boolean {
  if (!cell) return false;
  if (expected === null) return cell.status === 'blank';
  if (expected === '/') return cell.status === 'notApplicable';
  return cell.status === 'number' && cell.value === expected;
}

/** What the parsed report gets wrong about the model, as (what, expected, got). */
function compareWithModel(
  data: ReportData,
  parsed: ParsedReport,
): [string, string, string][] {
  const wrong: [string, string, string][] = [];
  for (const [metric, expected] of Object.entries(data.values)) {
    const cell = parsed.values[metric];
    if (!cellMatches(expected, cell)) {
      wrong.push([metric, describeExpected(expected), describeCell(cell)]);
    }
  }
  for (const metric of Object.keys(parsed.values)) {
    if (!(metric in data.values)) {
      wrong.push([metric, 'absent', describeCell(parsed.values[metric])]);
    }
  }
  if (parsed.generation !== data.generation) {
    wrong.push(['generation', data.generation, String(parsed.generation)]);
  }
  if (parsed.year !== data.year) {
    wrong.push(['year', String(data.year), String(parsed.year)]);
  }
  if (parsed.agency !== data.agency) {
    wrong.push(['agency', String(data.agency), String(parsed.agency)]);
  }
  return wrong;
}

interface Verification {
  reportsPerLayout: number;
  /** Reports read wrongly, per layout. */
  failedReports: Record<ReportLayout, number>;
  /** The first few wrong values, for the message. */
  examples: Mismatch[];
}

/** Parses every report in every layout once (outside timing; also warms the JIT up). */
function verifyCorpus(
  corpus: readonly CorpusReport[],
  layouts: readonly ReportLayout[],
): Verification {
  const failedReports: Record<ReportLayout, number> = {
    text: 0,
    tabbed: 0,
    pipes: 0,
    html: 0,
    docx: 0,
  };
  const examples: Mismatch[] = [];
  for (const layout of layouts) {
    let shown = 0;
    for (const report of corpus) {
      let wrong: [string, string, string][];
      let findings = '';
      try {
        const parsed = parseReport(report.bytes[layout]);
        wrong = compareWithModel(report.data, parsed);
        findings = parsed.findings.map((f) => f.code).join(', ');
      } catch (e) {
        wrong = [['parseReport', 'a report', `threw ${String(e)}`]];
      }
      if (wrong.length === 0) continue;
      failedReports[layout]++;
      if (shown >= 2) continue;
      shown++;
      for (const [what, expected, got] of wrong.slice(0, 4)) {
        examples.push({
          layout,
          source: report.source,
          what,
          expected,
          got,
          findings,
        });
      }
    }
  }
  return { reportsPerLayout: corpus.length, failedReports, examples };
}

function mismatchMessage(v: Verification, options: BenchOptions): string {
  const lines = [
    'The parser does not read the writer’s reports back correctly:',
    ...LAYOUTS.filter((l) => v.failedReports[l] > 0).map(
      (l) =>
        `  ${l.padEnd(7)} ${v.failedReports[l]} of ${v.reportsPerLayout} reports read wrongly`,
    ),
    `First differences (G1#i = report i of the G1 sample drawn with --seed ${options.seed} --blank-rate ${options.blankRate}):`,
  ];
  for (const m of v.examples) {
    lines.push(
      `  ${m.layout} ${m.source} ${m.what}: expected ${m.expected}, got ${m.got}`,
      `      findings: ${m.findings || 'none'}`,
    );
  }
  return lines.join('\n');
}

// ---- Timing -----------------------------------------------------------------

interface Row {
  name: string;
  group: RowGroup;
  layout: ReportLayout;
  kind: 'parse' | 'analyse' | 'baseline';
  reports: number;
  seconds: number;
  /** Median of the rates of the 100 ms slices: robust to a busy machine. */
  reportsPerSecond: number;
  /** Reports / wall time over the whole timed window. */
  meanReportsPerSecond: number;
  /** Fastest 100 ms slice: nearest to an idle machine. */
  bestSliceReportsPerSecond: number;
  /** 1e6 / median rate. */
  microsPerReport: number;
  megabytesPerSecond: number;
  meanKilobytes: number;
  /** Relative standard deviation of the 100 ms slice rates, in %. */
  spreadPercent: number;
  /** Process CPU time / wall time, in % (one busy thread = 100; less = descheduled). */
  cpuPercent: number;
}

/** Keeps results observable so no work can be optimised away. */
let sink = 0;

function measure(
  spec: Pick<Row, 'name' | 'group' | 'layout' | 'kind'>,
  inputs: readonly Buffer[],
  run: (input: Buffer) => number,
  options: BenchOptions,
): Row {
  if (inputs.length === 0) throw new Error(`${spec.name}: empty corpus`);
  progress(`  timing ${spec.name} …`);
  const gc = (globalThis as { gc?: () => void }).gc;
  // Warm-up: at least one pass over the first reports, then up to --warmup seconds.
  const warmEnd = performance.now() + options.warmup * 1000;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (input) sink ^= run(input);
    if (i >= 50 && performance.now() >= warmEnd) break;
  }
  if (gc) gc();

  const sliceMs = 100;
  const sliceRates: number[] = [];
  let count = 0;
  let bytes = 0;
  let sliceCount = 0;
  let next = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  let sliceStart = start;
  let now = start;
  for (;;) {
    const input = inputs[next];
    next = next + 1 === inputs.length ? 0 : next + 1;
    if (!input) continue;
    sink ^= run(input);
    bytes += input.length;
    count++;
    sliceCount++;
    now = performance.now();
    if (now - sliceStart >= sliceMs) {
      sliceRates.push((sliceCount * 1000) / (now - sliceStart));
      sliceStart = now;
      sliceCount = 0;
      if (now >= deadline) break;
    }
  }
  const wallMs = now - start;
  const cpu = process.cpuUsage(cpuStart);
  const sorted = [...sliceRates].sort((a, b) => a - b);
  const median =
    sorted[Math.floor(sorted.length / 2)] ?? (count * 1000) / wallMs;
  const meanSlice = sliceRates.reduce((a, b) => a + b, 0) / sliceRates.length;
  const variance =
    sliceRates.reduce((a, r) => a + (r - meanSlice) ** 2, 0) /
    Math.max(1, sliceRates.length - 1);
  const meanBytes =
    inputs.reduce((a, b) => a + b.length, 0) / Math.max(1, inputs.length);
  return {
    ...spec,
    reports: count,
    seconds: wallMs / 1000,
    reportsPerSecond: median,
    meanReportsPerSecond: (count * 1000) / wallMs,
    bestSliceReportsPerSecond: sorted[sorted.length - 1] ?? median,
    microsPerReport: 1e6 / median,
    megabytesPerSecond: (median * (bytes / count)) / 1e6,
    meanKilobytes: meanBytes / 1024,
    spreadPercent: (Math.sqrt(variance) / meanSlice) * 100,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
  };
}

const utf8 = new TextDecoder('utf-8');

const noop = (): void => undefined;

/** htmlparser2's Parser with the HTML reader's options and callbacks that do nothing. */
function tokeniseHtml(input: Buffer): number {
  const parser = new Parser(
    { onopentag: noop, ontext: noop, onclosetag: noop },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
    },
  );
  parser.write(utf8.decode(input));
  parser.end();
  return parser.endIndex;
}

const NOOP_TOKENIZER: TokenizerCallbacks = {
  onattribdata: noop,
  onattribentity: noop,
  onattribend: noop,
  onattribname: noop,
  oncdata: noop,
  onclosetag: noop,
  oncomment: noop,
  ondeclaration: noop,
  onend: noop,
  onopentagend: noop,
  onopentagname: noop,
  onprocessinginstruction: noop,
  onselfclosingtag: noop,
  ontext: noop,
  ontextentity: noop,
};

/** htmlparser2's Tokenizer alone: no tag names, attributes or text strings built. */
function tokeniseHtmlBare(input: Buffer): number {
  const text = utf8.decode(input);
  const tokenizer = new Tokenizer({ decodeEntities: true }, NOOP_TOKENIZER);
  tokenizer.write(text);
  tokenizer.end();
  return text.length;
}

/** The DOCX reader's floor: unzip document.xml, decode it, run the XML Tokenizer. */
function tokeniseDocx(input: Buffer): number {
  const files = unzipSync(input, {
    filter: (file) => file.name === 'word/document.xml',
  });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('docx without word/document.xml');
  const text = utf8.decode(xml);
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    NOOP_TOKENIZER,
  );
  tokenizer.write(text);
  tokenizer.end();
  return text.length;
}

function parseRun(input: Buffer): number {
  const report = parseReport(input);
  return report.findings.length + report.tables.length;
}

function analyseRun(input: Buffer): number {
  const report = analyseReport(input);
  return report.findings.length + report.tables.length;
}

// ---- Targets ------------------------------------------------------------------

interface Target {
  name: string;
  /** Measured value and the bound it must reach. */
  value: number;
  bound: number;
  unit: string;
  pass: boolean;
}

const TEXT_TARGET = 5000;
const HTML_TARGET = 3000;
const DOCX_TARGET = 1000;
/** HTML parsing within 2× of bare tokenising. */
const HTML_TOKENISE_RATIO = 2;

function evaluateTargets(rows: readonly Row[]): Target[] {
  const targets: Target[] = [];
  const rate = (layout: ReportLayout, kind: Row['kind'], name?: string) =>
    rows.find(
      (r) =>
        r.layout === layout &&
        r.kind === kind &&
        (name === undefined || r.name === name),
    )?.reportsPerSecond;
  const atLeast = (name: string, value: number | undefined, bound: number) => {
    if (value === undefined) return;
    targets.push({
      name,
      value,
      bound,
      unit: 'reports/s',
      pass: value >= bound,
    });
  };
  for (const layout of ['text', 'tabbed', 'pipes'] as const) {
    atLeast(
      `${layout} parse ≥ ${TEXT_TARGET}/s`,
      rate(layout, 'parse'),
      TEXT_TARGET,
    );
  }
  atLeast(`html parse ≥ ${HTML_TARGET}/s`, rate('html', 'parse'), HTML_TARGET);
  const html = rate('html', 'parse');
  const tokenise = rate('html', 'baseline', BASELINE_PARSER);
  if (html !== undefined && tokenise !== undefined) {
    const ratio = tokenise / html;
    targets.push({
      name: `html parse within ${HTML_TOKENISE_RATIO}× of tokenising`,
      value: ratio,
      bound: HTML_TOKENISE_RATIO,
      unit: '× slower',
      pass: ratio <= HTML_TOKENISE_RATIO,
    });
  }
  const bare = rate('html', 'baseline', BASELINE_TOKENIZER);
  if (html !== undefined && bare !== undefined) {
    const ratio = bare / html;
    targets.push({
      name: `(stricter) html within ${HTML_TOKENISE_RATIO}× of bare Tokenizer`,
      value: ratio,
      bound: HTML_TOKENISE_RATIO,
      unit: '× slower',
      pass: ratio <= HTML_TOKENISE_RATIO,
    });
  }
  atLeast(`docx parse ≥ ${DOCX_TARGET}/s`, rate('docx', 'parse'), DOCX_TARGET);
  return targets;
}

// ---- Output -------------------------------------------------------------------

const BASELINE_PARSER = 'html  htmlparser2 Parser, no-op callbacks';
const BASELINE_TOKENIZER = 'html  htmlparser2 Tokenizer only';
const BASELINE_DOCX = 'docx  unzip + decode + Tokenizer (xml)';

function table(rows: readonly Row[]): string {
  const tokenise = rows.find((r) => r.name === BASELINE_PARSER);
  const header = [
    'row',
    'reports/s',
    'best',
    'µs/report',
    'MB/s',
    'KB/report',
    '±slice',
    'CPU',
    'vs tokenise',
  ];
  const body = rows.map((r) => [
    r.name,
    fmt(r.reportsPerSecond),
    fmt(r.bestSliceReportsPerSecond),
    fmt(r.microsPerReport, 1),
    fmt(r.megabytesPerSecond, 1),
    fmt(r.meanKilobytes, 1),
    `${fmt(r.spreadPercent, 1)}%`,
    `${fmt(r.cpuPercent)}%`,
    r.layout === 'html' && tokenise && r.kind !== 'baseline'
      ? `${fmt(tokenise.reportsPerSecond / r.reportsPerSecond, 2)}×`
      : '',
  ]);
  return textTable(header, body).join('\n');
}

// ---- Main ---------------------------------------------------------------------

function main(): void {
  let options: BenchOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (e) {
    progress(`${e instanceof Error ? e.message : String(e)}\n\n${HELP}`);
    process.exit(2);
  }
  const started = performance.now();

  progress(
    `Corpus: ${options.reports} random reports × ${GENERATIONS.join('+')} (seed ${options.seed}, blank rate ${options.blankRate}), ${LAYOUTS.join(', ')} …`,
  );
  const corpus = buildCorpus(options);
  const inputs = Object.fromEntries(
    LAYOUTS.map((l) => [l, corpus.map((r) => r.bytes[l])]),
  ) as Record<ReportLayout, Buffer[]>;
  const corpusSeconds = (performance.now() - started) / 1000;

  const parseLayouts = LAYOUTS.filter((l) => options.only.has(l));
  const verifyLayouts = LAYOUTS.filter(
    (l) =>
      options.only.has(l) ||
      (options.only.has('analyse') && (l === 'text' || l === 'html')),
  );
  progress(`Verifying ${verifyLayouts.join(', ')} against the model …`);
  // The fixed realistic samples are checked too; they are not timed.
  const samples = GENERATIONS.map((g): CorpusReport => {
    const data = sampleReportData(g);
    return { data, source: `sampleReportData('${g}')`, bytes: render(data) };
  });
  const verification = verifyCorpus([...samples, ...corpus], verifyLayouts);
  const verified = LAYOUTS.every((l) => verification.failedReports[l] === 0);
  if (!verified) {
    const message = mismatchMessage(verification, options);
    if (!options.allowMismatch) {
      progress(
        `\nABORTED: ${message}\n\nFix the parser, or measure anyway with --allow-mismatch.`,
      );
      process.exit(1);
    }
    progress(`\nWARNING (--allow-mismatch, results UNVERIFIED): ${message}\n`);
  }

  progress('Timing (one thread):');
  const rows: Row[] = [];
  for (const layout of parseLayouts) {
    rows.push(
      measure(
        {
          name: `${layout.padEnd(5)} parseReport`,
          group: layout,
          layout,
          kind: 'parse',
        },
        inputs[layout],
        parseRun,
        options,
      ),
    );
  }
  if (options.only.has('analyse')) {
    for (const layout of ['text', 'html'] as const) {
      rows.push(
        measure(
          {
            name: `${layout.padEnd(5)} analyseReport (parse + checks)`,
            group: 'analyse',
            layout,
            kind: 'analyse',
          },
          inputs[layout],
          analyseRun,
          options,
        ),
      );
    }
  }
  if (options.only.has('baseline')) {
    const baselines: [string, ReportLayout, (b: Buffer) => number][] = [
      [BASELINE_PARSER, 'html', tokeniseHtml],
      [BASELINE_TOKENIZER, 'html', tokeniseHtmlBare],
      [BASELINE_DOCX, 'docx', tokeniseDocx],
    ];
    for (const [name, layout, run] of baselines) {
      rows.push(
        measure(
          { name, group: 'baseline', layout, kind: 'baseline' },
          inputs[layout],
          run,
          options,
        ),
      );
    }
  }

  const targets = evaluateTargets(rows);
  const info = machine();
  const busy = rows.filter((r) => r.cpuPercent < 90);
  const loadAverage = info.loadAverage.map((l) => fmt(l, 2)).join(' ');
  const totalSeconds = (performance.now() - started) / 1000;

  if (options.json) {
    console.log(
      JSON.stringify(
        {
          machine: info,
          options: { ...options, only: [...options.only] },
          corpus: {
            reports: corpus.length,
            seconds: corpusSeconds,
            meanKilobytes: Object.fromEntries(
              LAYOUTS.map((l) => [
                l,
                inputs[l].reduce((a, b) => a + b.length, 0) /
                  inputs[l].length /
                  1024,
              ]),
            ),
          },
          verification: { ...verification, verified },
          rows,
          targets,
          totalSeconds,
          sink,
        },
        null,
        2,
      ),
    );
  } else {
    const out = [
      '',
      `Parse benchmark — ${info.cpu}, ${info.cores} cores, Node ${info.node} (V8 ${info.v8}), ${info.platform}`,
      `Corpus: ${corpus.length} reports (${options.reports} G1 + ${options.reports} G2, seed ${options.seed}), ` +
        `${verified ? `read back correctly in ${verifyLayouts.join(', ')}` : 'UNVERIFIED: the parser misreads some reports'}. ` +
        `One thread, ${options.seconds} s per row; reports/s is the median of 100 ms slices, best the fastest slice.`,
      '',
      table(rows),
      '',
      ...(busy.length > 0
        ? [
            `Busy machine: ${busy.length} of ${rows.length} rows got < 90% of a core (CPU column; ` +
              `load average ${loadAverage} on ${info.cores} cores): their figures are understated.`,
            '',
          ]
        : []),
      'Targets (per core):',
      ...targets.map(
        (t) =>
          `  ${t.pass ? 'PASS ' : 'BELOW'}  ${t.name.padEnd(46)} ${fmt(t.value, t.unit === 'reports/s' ? 0 : 2)} ${t.unit}`,
      ),
      '',
      `Total ${fmt(totalSeconds, 1)} s (corpus ${fmt(corpusSeconds, 1)} s).`,
    ];
    console.log(out.join('\n'));
  }
  if (options.strict && targets.some((t) => !t.pass)) process.exit(2);
}

main();
