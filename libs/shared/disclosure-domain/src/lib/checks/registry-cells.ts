import { METRICS } from '../metrics/metric-registry';
import type { CellValue, ParsedReport } from '../model/report';

/*
 * The checks read most registry cells several times (R1–R4 share cells, R5 reads
 * them all). A report's `values` is a large string-keyed record, so each cell is
 * looked up once per report into an array in registry order, and the checks read it
 * by position.
 */

/** Cells in registry (layout) order; `undefined` where the report has none. */
export type RegistryCells = readonly (CellValue | undefined)[];

// Compiled imports are read through getters: bind the registry once.
const REGISTRY = METRICS;

const POSITION = new Map(REGISTRY.map((m, i) => [m.id, i]));

/** Position of a registry id; for tables built at module load. */
export function positionOf(id: string): number {
  const at = POSITION.get(id);
  if (at === undefined) throw new Error(`not a registry metric: ${id}`);
  return at;
}

export function registryCells(values: ParsedReport['values']): RegistryCells {
  const cells: (CellValue | undefined)[] = [];
  for (let i = 0; i < REGISTRY.length; i++) {
    cells.push(values[(REGISTRY[i] as { id: string }).id]);
  }
  return cells;
}
