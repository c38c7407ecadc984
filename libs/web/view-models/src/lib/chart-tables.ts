import type { ValueUnit } from './format';
import { formatValue } from './format';
import type { Locale } from './locale';
import type { PointStatus } from './series-matrix';

/** The table behind a chart: what a screen reader, a printout or a copy-paste gets. */
export interface TableView {
  columns: string[];
  rows: string[][];
}

export interface LineInput {
  name: string;
  points: readonly {
    year: number;
    value: number | null;
    status: PointStatus;
  }[];
}

/** Lines × years; a point without a number shows its status, never 0. */
export function linesTable(
  firstColumn: string,
  years: readonly number[],
  lines: readonly LineInput[],
  unit: ValueUnit,
  statusLabel: (s: PointStatus) => string,
  locale: Locale,
): TableView {
  return {
    columns: [firstColumn, ...years.map(String)],
    rows: lines.map((l) => [
      l.name,
      ...years.map((y) => {
        const p = l.points.find((q) => q.year === y);
        if (!p) return statusLabel('missingReport');
        return p.status === 'reported' && p.value !== null
          ? formatValue(p.value, unit, locale)
          : statusLabel(p.status);
      }),
    ]),
  };
}

/** Year-by-year values of every department (for distributions), reported points only. */
export function valuesByYear(
  years: readonly number[],
  points: (year: number) => Iterable<number | null>,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const y of years) {
    const vs: number[] = [];
    for (const v of points(y)) if (v !== null) vs.push(v);
    out.set(y, vs);
  }
  return out;
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * The table behind a chart as CSV, with the filters it was made with as `#` lines
 * above it (as the server's exports write them) and a BOM so Excel reads UTF-8.
 */
export function tableCsv(
  table: TableView,
  filters: readonly (readonly [string, string])[],
): string {
  const lines = [
    ...filters.map(([k, v]) => `# ${k}: ${v}`.replace(/[\r\n]+/g, ' ')),
    table.columns.map(csvField).join(','),
    ...table.rows.map((r) => r.map(csvField).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
