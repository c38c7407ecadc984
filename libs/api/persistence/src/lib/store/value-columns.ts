import { METRICS } from '@gongkai/disclosure-domain';
import type { CellValue, ValueStatus } from '@gongkai/disclosure-domain';

/**
 * The counted values of a report are stored as one wide row: one nullable number
 * column per metric plus a status string with one character per metric, in registry
 * order. A dashboard reads ten columns of one row instead of ten rows of a long
 * table, and a report is written with one INSERT.
 */
export const VALUE_METRICS: readonly string[] = METRICS.map((m) => m.id);

const toColumn = (metric: string) =>
  metric.replace(/\./g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const VALUE_COLUMNS: readonly string[] = VALUE_METRICS.map(toColumn);

const COLUMN_OF = new Map(
  VALUE_METRICS.map((m, i) => [m, VALUE_COLUMNS[i] as string]),
);

/** `applications.received.total` → `applications_received_total` (≤ 63 chars for PostgreSQL). */
export function valueColumn(metric: string): string {
  return COLUMN_OF.get(metric) ?? toColumn(metric);
}

const INDEX = new Map(VALUE_METRICS.map((id, i) => [id, i]));

export function metricIndex(metric: string): number | undefined {
  return INDEX.get(metric);
}

/** A status character per metric: n number, b blank, x not applicable, u unreadable, - absent. */
export type StatusChar = 'n' | 'b' | 'x' | 'u' | '-';

const TO_CHAR: Record<ValueStatus, StatusChar> = {
  number: 'n',
  blank: 'b',
  notApplicable: 'x',
  unreadable: 'u',
};

const FROM_CHAR: Record<string, ValueStatus> = {
  n: 'number',
  b: 'blank',
  x: 'notApplicable',
  u: 'unreadable',
};

export function statusOfChar(c: string | undefined): ValueStatus | null {
  return c === undefined ? null : (FROM_CHAR[c] ?? null);
}

export interface PackedValues {
  numbers: (number | null)[];
  statuses: string;
}

/** The wide-row form of a report's values. */
export function packValues(
  values: Readonly<Record<string, CellValue>>,
): PackedValues {
  const numbers: (number | null)[] = [];
  let statuses = '';
  for (const id of VALUE_METRICS) {
    const v = values[id];
    numbers.push(v?.status === 'number' ? v.value : null);
    statuses += v ? TO_CHAR[v.status] : '-';
  }
  return { numbers, statuses };
}
