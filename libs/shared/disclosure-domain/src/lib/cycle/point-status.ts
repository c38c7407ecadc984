import { getMetric } from '../metrics/metric-registry';
import type { CellValue, Generation } from '../model/report';

/**
 * What a point of a series is: a reported number, or why there is none. A chart
 * draws a gap for every status but `reported`, and never joins across
 * `notInGeneration` (a changed definition).
 */
export type PointStatus =
  | 'reported'
  | 'blank'
  | 'notApplicable'
  | 'unreadable'
  | 'notInGeneration'
  | 'missingReport';

export function pointStatus(
  report: {
    generation: Generation | null;
    values: Readonly<Record<string, CellValue>>;
  } | null,
  metric: string,
): PointStatus {
  if (!report) return 'missingReport';
  const v = report.values[metric];
  if (v) {
    switch (v.status) {
      case 'number':
        return 'reported';
      case 'blank':
        return 'blank';
      case 'notApplicable':
        return 'notApplicable';
      case 'unreadable':
        return 'unreadable';
    }
  }
  const def = getMetric(metric);
  const gen = report.generation;
  if (def && (gen === 'G1' || gen === 'G2') && !def.generations.includes(gen)) {
    return 'notInGeneration';
  }
  // In the format but not in the document (a cut page): the cell was not seen.
  return 'blank';
}
