import {
  checkIntrinsic,
  CONTEXT_CHECK_METRICS,
} from '@gongkai/disclosure-domain';
import type {
  CellValue,
  Finding,
  ParsedReport,
  SourceLocation,
} from '@gongkai/disclosure-domain';

import { storedModel } from './stored-model';
import type { PackedValues } from './value-columns';
import {
  metricIndex,
  packValues,
  statusOfChar,
  VALUE_METRICS,
} from './value-columns';

/**
 * What the writer needs of a parsed report, made where it was parsed: in a bulk
 * import that is an analyse worker, so that the thread that writes neither reads the
 * report back from its model nor runs the checks that need the report alone.
 */
export interface PreparedReport {
  format: ParsedReport['format'];
  title: string | null;
  year: number | null;
  agency: string | null;
  publishedOn: string | null;
  generation: ParsedReport['generation'];
  /** `storedModel(report)`: the text of `submission.model`. */
  model: string;
  packed: PackedValues;
  /** Where each value was read (`packLocations`), or null when one cannot be packed. */
  locations: Int32Array | null;
  /** What the reader found (unreadable cells, a cut page, not a report …). */
  readFindings: Finding[];
  /** `checkIntrinsic(report)`. */
  checks: Finding[];
}

/**
 * The report prepared for the writer. Not memoised here: a cache keyed by report (a
 * WeakMap) kept every prepared model alive past the young generation, and a worker
 * took a quarter longer per report; `preparedOf` keeps it on the document instead.
 */
export function prepareReport(report: ParsedReport): PreparedReport {
  return {
    format: report.format,
    title: report.title,
    year: report.year,
    agency: report.agency,
    publishedOn: report.publishedOn,
    generation: report.generation,
    model: storedModel(report),
    packed: packValues(report.values),
    locations: packLocations(report.values),
    readFindings: report.findings,
    checks: checkIntrinsic(report),
  };
}

const TEXT = 1;
const TABLE = 2;

/** The positions in VALUE_METRICS of the metrics the checks in context read. */
const CONTEXT_INDEXES = CONTEXT_CHECK_METRICS.map((id) => {
  const i = metricIndex(id);
  // Never skipped silently: the checks would miss the value.
  if (i === undefined) throw new Error(`${id} has no value column`);
  return i;
});

/**
 * Where the values the checks in context read were found, four numbers per metric of
 * CONTEXT_CHECK_METRICS (in the registry): 0 (none), 1 and line, column, or 2 and
 * table, row, cell. Null when one is not a 32-bit integer.
 */
export function packLocations(
  values: Readonly<Record<string, CellValue>>,
): Int32Array | null {
  const out = new Int32Array(CONTEXT_INDEXES.length * 4);
  const put = (at: number, ...numbers: number[]): boolean =>
    numbers.every((n, k) => {
      out[at + k] = n;
      return out[at + k] === n;
    });
  for (const [k, i] of CONTEXT_INDEXES.entries()) {
    const l = values[VALUE_METRICS[i] as string]?.location;
    if (!l) continue;
    const ok =
      l.kind === 'text'
        ? put(k * 4, TEXT, l.line, l.column)
        : put(k * 4, TABLE, l.table, l.row, l.cell);
    if (!ok) return null;
  }
  return out;
}

function locationAt(
  locations: Int32Array | null,
  k: number,
): SourceLocation | null {
  if (!locations) return null;
  const [kind, a, b, c] = locations.subarray(k * 4, k * 4 + 4) as unknown as [
    number,
    number,
    number,
    number,
  ];
  if (kind === TEXT) return { kind: 'text', line: a, column: b };
  if (kind === TABLE) return { kind: 'table', table: a, row: b, cell: c };
  return null;
}

/**
 * A report with only what the checks in context read (`checkInContext`): the year,
 * agency and generation given, and the status, number and location of their metrics.
 */
export function reportOfPacked(
  packed: PackedValues,
  meta: Pick<ParsedReport, 'year' | 'agency' | 'generation'>,
  locations: Int32Array | null = null,
): ParsedReport {
  const values: ParsedReport['values'] = {};
  for (const [k, i] of CONTEXT_INDEXES.entries()) {
    const status = statusOfChar(packed.statuses[i]);
    if (!status) continue;
    const n = packed.numbers[i];
    values[VALUE_METRICS[i] as string] = {
      status,
      value: status === 'number' ? Number(n) : null,
      raw: status === 'number' ? String(n) : '',
      location: locationAt(locations, k),
    };
  }
  return {
    format: 'text',
    title: null,
    year: meta.year,
    yearSource: null,
    agency: meta.agency,
    agencySource: null,
    publishedOn: null,
    generation: meta.generation,
    sections: [],
    tables: [],
    values,
    extras: [],
    findings: [],
    truncated: false,
  };
}
