import { generationOfYear } from './metric-info';
import type { TrendLine } from './overview';
import type { PointStatus } from './series-matrix';

/** A line of the series API: one department's points for one metric. */
export interface SeriesLineInput {
  metric: string;
  department: { id: number; name: string };
  points: readonly {
    year: number;
    value: number | null;
    status: PointStatus;
  }[];
}

/** Department lines of one metric, ready for the trend and small-multiple charts. */
export function departmentLines(
  lines: readonly SeriesLineInput[],
  metric: string,
  comparable: boolean,
): TrendLine[] {
  return lines
    .filter((l) => l.metric === metric)
    .map((l) => ({
      id: String(l.department.id),
      name: l.department.name,
      comparableAcrossGenerations: comparable,
      points: l.points.map((p) => ({
        year: p.year,
        value: p.status === 'reported' ? p.value : null,
        status: p.status,
        generation: generationOfYear(p.year),
      })),
    }));
}
