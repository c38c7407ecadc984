import type { LineSeriesOption } from 'echarts/charts';
import { tooltipHtml, tooltipLine } from './text';
import { breakAreaColor, mutedTextColor, smallFontSize } from './theme';
import type {
  Generation,
  GenerationBreak,
  StatusLabels,
  TrendPoint,
  TrendSeries,
  TrendSummary,
  ValueFormatter,
} from './types';

/** Every year from..to inclusive: a year without data stays on the axis as a gap. */
export function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/** The plotted value: only a reported finite number; blank and the rest are gaps, never 0. */
export function plottedValue(point: TrendPoint | undefined): number | null {
  if (point?.status !== 'reported' || point.value === null) return null;
  return Number.isFinite(point.value) ? point.value : null;
}

/** One drawn piece of a series: one per generation when the metric is not comparable. */
export interface Segment {
  generation: Generation | null;
  data: (number | null)[];
}

function pointsByYear(series: TrendSeries): Map<number, TrendPoint> {
  return new Map(series.points.map((p) => [p.year, p]));
}

/**
 * Splits a series into segments. A non-comparable series gets one segment per
 * generation holding only that generation's values, so no line can join two formats.
 */
export function segmentsOf(
  series: TrendSeries,
  years: readonly number[],
): Segment[] {
  const byYear = pointsByYear(series);
  if (series.comparableAcrossGenerations) {
    return [
      { generation: null, data: years.map((y) => plottedValue(byYear.get(y))) },
    ];
  }
  const generations: Generation[] = [];
  for (const y of years) {
    const g = byYear.get(y)?.generation;
    if (g && !generations.includes(g)) generations.push(g);
  }
  if (generations.length === 0)
    return [{ generation: null, data: years.map(() => null) }];
  return generations.map((g) => ({
    generation: g,
    data: years.map((y) => {
      const p = byYear.get(y);
      return p?.generation === g ? plottedValue(p) : null;
    }),
  }));
}

/** Format changes inside the range, for non-comparable series only, deduplicated and sorted. */
export function generationBreaks(
  series: readonly TrendSeries[],
  years: readonly number[],
): GenerationBreak[] {
  const found = new Map<string, GenerationBreak>();
  for (const s of series) {
    if (s.comparableAcrossGenerations) continue;
    const byYear = pointsByYear(s);
    let previous: { year: number; generation: Generation } | null = null;
    for (const year of years) {
      const generation = byYear.get(year)?.generation;
      if (!generation) continue;
      if (previous && previous.generation !== generation) {
        found.set(`${previous.year}-${year}`, {
          fromYear: previous.year,
          toYear: year,
        });
      }
      previous = { year, generation };
    }
  }
  return [...found.values()].sort(
    (a, b) => a.fromYear - b.fromYear || a.toYear - b.toYear,
  );
}

/** Shaded band between the last old-format and first new-format year, with the caller's label. */
export function breakMarkArea(
  breaks: readonly GenerationBreak[],
  breakLabel: (b: GenerationBreak) => string,
): LineSeriesOption['markArea'] {
  return {
    silent: true,
    itemStyle: {
      color: breakAreaColor,
      borderColor: mutedTextColor,
      borderWidth: 1,
      borderType: 'dashed',
    },
    label: {
      show: true,
      position: 'insideTop',
      color: mutedTextColor,
      fontSize: smallFontSize,
    },
    data: breaks.map((b) => [
      { name: breakLabel(b), xAxis: String(b.fromYear) },
      { xAxis: String(b.toYear) },
    ]),
  };
}

/** Tooltip for one year: every series' value or, when not reported, its status label. */
export function yearTooltip(
  year: number,
  series: readonly TrendSeries[],
  formatter: ValueFormatter,
  statusLabels: StatusLabels,
): string {
  const lines = series.map((s) => {
    const point = s.points.find((p) => p.year === year);
    const value = plottedValue(point);
    const text =
      value !== null
        ? formatter(value)
        : statusLabels[point?.status ?? 'missingReport'];
    return tooltipLine(s.name, text);
  });
  return tooltipHtml(String(year), lines);
}

/** Facts for a generated description. */
export function trendSummary(
  from: number,
  to: number,
  series: readonly TrendSeries[],
  breaks: GenerationBreak[],
): TrendSummary {
  const years = yearRange(from, to);
  return {
    from,
    to,
    breaks,
    series: series.map((s) => {
      const byYear = pointsByYear(s);
      const reported = years.flatMap((year) => {
        const value = plottedValue(byYear.get(year));
        return value === null ? [] : [{ year, value }];
      });
      return {
        name: s.name,
        reportedYears: reported.length,
        first: reported[0] ?? null,
        last: reported[reported.length - 1] ?? null,
      };
    }),
  };
}
