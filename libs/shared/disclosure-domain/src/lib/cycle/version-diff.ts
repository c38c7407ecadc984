import { METRICS } from '../metrics/metric-registry';
import type { CellValue } from '../model/report';

export interface ValueChange {
  metric: string;
  before: CellValue | null;
  after: CellValue | null;
}

const ORDER = new Map(METRICS.map((m, i) => [m.id, i]));

const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.status === b.status &&
    a.value === b.value);

/** What changed between two versions of a report, in the order of the official tables. */
export function diffValues(
  before: Readonly<Record<string, CellValue>>,
  after: Readonly<Record<string, CellValue>>,
): ValueChange[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: ValueChange[] = [];
  for (const metric of ids) {
    const a = before[metric];
    const b = after[metric];
    if (!same(a, b))
      changes.push({ metric, before: a ?? null, after: b ?? null });
  }
  return changes.sort(
    (x, y) =>
      (ORDER.get(x.metric) ?? Infinity) - (ORDER.get(y.metric) ?? Infinity) ||
      x.metric.localeCompare(y.metric),
  );
}
