import type {
  CellValue,
  ParsedReport,
  SourceLocation,
} from '@gongkai/disclosure-domain';

import { metricIndex, VALUE_METRICS } from './value-columns';

/**
 * The model kept with a submission: the parsed report without its findings, as
 * JSON, its values packed. Written as plain JSON, the values are nine tenths of it
 * (every metric with its status, raw text and location under the metric's name:
 * ~26 KB of ~29 KB); packed, each is a short array:
 *
 *   [metric, status, value, location, raw?, unit?]
 *
 * metric: the index in the registry (or the id of a metric it does not hold);
 * status: n number, b blank, x not applicable, u unreadable; location: null,
 * [line, column] of a text, [table, row, cell] of a table; raw only when it is not
 * the value as written by String() (a number) or '' (anything else). A cell of
 * any other shape is kept whole, as [metric, cell]. `readStoredModel` gives back
 * exactly what `JSON.parse(JSON.stringify(model))` would, key order included, and
 * still reads models stored with plain values.
 */
export type StoredModel = Omit<ParsedReport, 'findings'>;

type PackedLocation = null | [number, number] | [number, number, number];
type PackedCell =
  | [number | string, string, number | null, PackedLocation, string?, string?]
  | [number | string, CellValue];

const STATUS_CHAR: Record<string, string> = {
  number: 'n',
  blank: 'b',
  notApplicable: 'x',
  unreadable: 'u',
};
const CHAR_STATUS: Record<string, CellValue['status']> = {
  n: 'number',
  b: 'blank',
  x: 'notApplicable',
  u: 'unreadable',
};

const defaultRaw = (status: string, value: number | null) =>
  status === 'number' && value !== null ? String(value) : '';

/** Own keys exactly `keys`, in that order (for-in: no array per call). */
function sameKeys(o: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in o) {
    if (k !== keys[i]) return false;
    i++;
  }
  return i === keys.length;
}

const CELL_KEYS = ['status', 'value', 'raw', 'location'] as const;
const CELL_KEYS_UNIT = ['status', 'value', 'raw', 'location', 'unit'] as const;
const TEXT_KEYS = ['kind', 'line', 'column'] as const;
const TABLE_KEYS = ['kind', 'table', 'row', 'cell'] as const;

const isInt = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v);

/** A location as packed JSON text, or undefined when it has another shape. */
function packLocation(l: unknown): string | undefined {
  if (l === null) return 'null';
  if (typeof l !== 'object') return undefined;
  const o = l as Record<string, unknown>;
  const kind = o['kind'];
  if (kind === 'text') {
    const line = o['line'];
    const column = o['column'];
    if (sameKeys(o, TEXT_KEYS) && isInt(line) && isInt(column)) {
      return `[${line},${column}]`;
    }
  } else if (kind === 'table') {
    const table = o['table'];
    const row = o['row'];
    const cell = o['cell'];
    if (sameKeys(o, TABLE_KEYS) && isInt(table) && isInt(row) && isInt(cell)) {
      return `[${table},${row},${cell}]`;
    }
  }
  return undefined;
}

/**
 * One cell as the JSON text of its PackedCell. Written directly rather than built as
 * arrays for JSON.stringify: this runs for every value of every imported report.
 */
function packCell(key: string, cell: CellValue): string {
  const index = metricIndex(key);
  const k = index === undefined ? JSON.stringify(key) : String(index);
  const unit = cell.unit;
  const withUnit = unit !== undefined;
  const status = STATUS_CHAR[cell.status];
  const value = cell.value;
  const raw = cell.raw;
  const location = packLocation(cell.location);
  if (
    status === undefined ||
    location === undefined ||
    !sameKeys(cell, withUnit ? CELL_KEYS_UNIT : CELL_KEYS) ||
    (value !== null && typeof value !== 'number') ||
    // JSON turns these into null: kept whole, they read back as JSON has them.
    (typeof value === 'number' && !Number.isFinite(value)) ||
    typeof raw !== 'string' ||
    (withUnit && typeof unit !== 'string')
  ) {
    return `[${k},${JSON.stringify(cell)}]`;
  }
  // String() of a finite number is its JSON text.
  let text = `[${k},"${status}",${value === null ? 'null' : String(value)},${location}`;
  if (withUnit || raw !== defaultRaw(cell.status, value)) {
    text += `,${JSON.stringify(raw)}`;
  }
  if (withUnit) text += `,${JSON.stringify(unit)}`;
  return `${text}]`;
}

function unpackLocation(l: PackedLocation): SourceLocation | null {
  if (l === null) return null;
  if (l.length === 2) return { kind: 'text', line: l[0], column: l[1] };
  return { kind: 'table', table: l[0], row: l[1], cell: l[2] };
}

function unpackCell(p: PackedCell): [string, CellValue] {
  const key = typeof p[0] === 'number' ? (VALUE_METRICS[p[0]] as string) : p[0];
  if (p.length === 2) return [key, p[1]];
  const [, s, value, location, raw, unit] = p;
  const status = CHAR_STATUS[s] as CellValue['status'];
  const cell: CellValue = {
    status,
    value,
    raw: raw ?? defaultRaw(status, value),
    location: unpackLocation(location),
  };
  if (unit !== undefined) cell.unit = unit;
  return [key, cell];
}

/** The JSON stored in `submission.model`. */
export function storedModel(report: ParsedReport): string {
  const values = report.values;
  let cells = '';
  for (const key of Object.keys(values)) {
    cells += `${cells === '' ? '' : ','}${packCell(key, values[key] as CellValue)}`;
  }
  // The report's keys in their order, findings left out and values packed in place,
  // as JSON.stringify({ ...rest, values: cells }) writes them.
  let text = '';
  for (const key of Object.keys(report)) {
    if (key === 'findings') continue;
    const json =
      key === 'values'
        ? `[${cells}]`
        : JSON.stringify(report[key as keyof ParsedReport]);
    // Undefined (and functions) are left out, as JSON.stringify leaves them.
    if (json === undefined) continue;
    text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${json}`;
  }
  return `{${text}}`;
}

/** A stored model as the report it was made from (without findings). */
export function readStoredModel(text: string): StoredModel {
  const model = JSON.parse(text) as Omit<StoredModel, 'values'> & {
    values: Record<string, CellValue> | PackedCell[];
  };
  if (Array.isArray(model.values)) {
    const values: Record<string, CellValue> = {};
    for (const p of model.values) {
      const [key, cell] = unpackCell(p);
      values[key] = cell;
    }
    model.values = values;
  }
  return model as StoredModel;
}

/**
 * The report a stored model was made of, with its findings: how a report prepared by
 * an analyse worker is read back when someone asks for the whole of it.
 */
export function reportOfStoredModel(
  model: string,
  findings: ParsedReport['findings'],
): ParsedReport {
  const { truncated, ...rest } = readStoredModel(model);
  // The keys in the order the parser gives them.
  return { ...rest, findings, truncated };
}
