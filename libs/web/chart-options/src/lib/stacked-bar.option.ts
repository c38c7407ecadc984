import type { BarSeriesOption } from 'echarts/charts';
import { ariaOption, resolveDescription } from './aria';
import {
  baseTextStyle,
  categoryAxisStyle,
  hoveredIndex,
  tooltipBase,
  valueAxisStyle,
} from './axis';
import { tooltipHtml, tooltipLine } from './text';
import { decals, numberFormatter, palette, pick } from './theme';
import type {
  AriaDescription,
  ChartOption,
  Decal,
  ValueFormatter,
} from './types';

export interface StackedPart {
  id: string;
  name: string;
  /** One value per category; null = not reported (a gap, never a zero-height 0). */
  values: readonly (number | null)[];
  /** Overrides of the palette/decal defaults, e.g. status colours. */
  color?: string;
  decal?: Decal;
}

export interface StackedSummary {
  categories: string[];
  parts: { name: string; total: number }[];
  percent: boolean;
}

export interface StackedBarInput {
  /** Bar labels, usually years. */
  categories: readonly string[];
  parts: readonly StackedPart[];
  /** Each bar shows shares of its own total, summing to 100. */
  percent?: boolean;
  formatter: ValueFormatter;
  /** Formats a 0–100 share; defaults to the theme's percent format. */
  percentFormatter?: ValueFormatter;
  /** Tooltip text for a null value, e.g. the `blank` status label. */
  emptyLabel: string;
  description: AriaDescription<StackedSummary>;
  unit?: string;
}

/** Per-category share of each part in percent; null where the part or the whole is missing. */
export function percentShares(
  parts: readonly StackedPart[],
  categoryCount: number,
): (number | null)[][] {
  const totals = Array.from({ length: categoryCount }, (_, c) =>
    parts.reduce((sum, p) => sum + (p.values[c] ?? 0), 0),
  );
  return parts.map((p) =>
    totals.map((total, c) => {
      const v = p.values[c];
      return v === null || v === undefined || total === 0
        ? null
        : (v / total) * 100;
    }),
  );
}

/** Stacked bars of parts per category (e.g. application outcomes per year), optionally in percent. */
export function stackedBarOption(input: StackedBarInput): ChartOption {
  const percent = input.percent ?? false;
  const pctFmt = input.percentFormatter ?? numberFormatter('percent');
  const shares = percentShares(input.parts, input.categories.length);
  const raw = input.parts.map((p) =>
    input.categories.map((_, c) => p.values[c] ?? null),
  );

  const series: BarSeriesOption[] = input.parts.map((part, i) => {
    const color = part.color ?? pick(palette, i);
    return {
      type: 'bar',
      id: part.id,
      name: part.name,
      stack: 'total',
      barMaxWidth: 48,
      color,
      itemStyle: {
        color,
        decal: part.decal ?? pick(decals, i),
        borderColor: '#FFFFFF',
      },
      emphasis: { focus: 'series' },
      data: percent ? (shares[i] ?? []) : (raw[i] ?? []),
    };
  });

  return {
    aria: ariaOption(
      resolveDescription(input.description, () => ({
        categories: [...input.categories],
        percent,
        parts: input.parts.map((p) => ({
          name: p.name,
          total: p.values.reduce<number>((sum, v) => sum + (v ?? 0), 0),
        })),
      })),
    ),
    textStyle: baseTextStyle,
    legend: { type: 'scroll', bottom: 0, data: input.parts.map((p) => p.name) },
    grid: { left: 64, right: 24, top: 40, bottom: 56 },
    tooltip: {
      ...tooltipBase('axis'),
      formatter: (params: unknown) => {
        const c = hoveredIndex(params);
        const category = c === null ? undefined : input.categories[c];
        if (c === null || category === undefined) return '';
        const lines = input.parts.map((part, i) => {
          const v = raw[i]?.[c] ?? null;
          const share = shares[i]?.[c] ?? null;
          if (v === null) return tooltipLine(part.name, input.emptyLabel);
          const text = input.formatter(v);
          return tooltipLine(
            part.name,
            percent && share !== null ? `${text} (${pctFmt(share)})` : text,
          );
        });
        return tooltipHtml(category, lines);
      },
    },
    xAxis: {
      type: 'category',
      data: [...input.categories],
      ...categoryAxisStyle,
    },
    yAxis: {
      type: 'value',
      ...(percent ? { max: 100 } : {}),
      ...(input.unit && !percent ? { name: input.unit } : {}),
      ...valueAxisStyle,
      axisLabel: {
        formatter: (v: number) => (percent ? pctFmt(v) : input.formatter(v)),
      },
    },
    series,
  };
}
