import type { BoxplotSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { ariaOption, resolveDescription } from './aria';
import {
  baseTextStyle,
  categoryAxisStyle,
  tooltipBase,
  valueAxisStyle,
} from './axis';
import { boxplotStats, type BoxplotStats } from './boxplot-stats';
import { tooltipHtml, tooltipLine } from './text';
import { boxFill, noDecal, palette, pick } from './theme';
import type { AriaDescription, ChartOption, ValueFormatter } from './types';

export interface DistributionValue {
  /** Department name, shown when the value is an outlier. */
  name: string;
  value: number;
}

export interface DistributionGroup {
  /** Axis label: a year or a department kind. */
  label: string;
  /** Reported values only: blanks and other statuses are not zeros and stay out. */
  values: readonly DistributionValue[];
}

export interface DistributionSummary {
  groups: { label: string; stats: BoxplotStats | null }[];
}

export interface DistributionInput {
  groups: readonly DistributionGroup[];
  boxSeriesName: string;
  outlierSeriesName: string;
  /** Tooltip row labels, translated. */
  statLabels: Readonly<
    Record<'n' | 'min' | 'q1' | 'median' | 'q3' | 'max', string>
  >;
  formatter: ValueFormatter;
  description: AriaDescription<DistributionSummary>;
  unit?: string;
}

interface OutlierDatum {
  value: [number, number];
  name: string;
}

/** Box plot per group of department values, with outliers as named scatter points. */
export function distributionOption(input: DistributionInput): ChartOption {
  const stats = input.groups.map((g) =>
    boxplotStats(g.values.map((v) => v.value)),
  );
  const outliers: OutlierDatum[] = input.groups.flatMap((g, i) => {
    const s = stats[i];
    if (!s) return [];
    return g.values
      .filter((v) => v.value < s.lowerFence || v.value > s.upperFence)
      .map((v) => ({ value: [i, v.value] as [number, number], name: v.name }));
  });
  const fmt = input.formatter;
  const labels = input.statLabels;

  const box: BoxplotSeriesOption = {
    type: 'boxplot',
    name: input.boxSeriesName,
    itemStyle: {
      color: boxFill,
      borderColor: pick(palette, 0),
      borderWidth: 2,
      // Box and outliers differ by shape already; a pattern would only hide the median line.
      decal: noDecal,
    },
    // An empty group keeps its place on the axis with no box.
    data: stats.map((s) => (s ? [s.min, s.q1, s.median, s.q3, s.max] : [])),
    tooltip: {
      formatter: (p) => {
        const s = stats[p.dataIndex];
        const group = input.groups[p.dataIndex];
        if (!s || !group) return '';
        return tooltipHtml(group.label, [
          tooltipLine(labels.n, String(s.n)),
          tooltipLine(labels.max, fmt(s.max)),
          tooltipLine(labels.q3, fmt(s.q3)),
          tooltipLine(labels.median, fmt(s.median)),
          tooltipLine(labels.q1, fmt(s.q1)),
          tooltipLine(labels.min, fmt(s.min)),
        ]);
      },
    },
  };

  const scatter: ScatterSeriesOption = {
    type: 'scatter',
    name: input.outlierSeriesName,
    symbol: 'diamond',
    symbolSize: 10,
    itemStyle: { color: pick(palette, 1), decal: noDecal },
    data: outliers,
    tooltip: {
      formatter: (p) => {
        const d = outliers[p.dataIndex];
        const group = d ? input.groups[d.value[0]] : undefined;
        return d && group
          ? tooltipHtml(group.label, [tooltipLine(d.name, fmt(d.value[1]))])
          : '';
      },
    },
  };

  return {
    aria: ariaOption(
      resolveDescription(input.description, () => ({
        groups: input.groups.map((g, i) => ({
          label: g.label,
          stats: stats[i] ?? null,
        })),
      })),
    ),
    textStyle: baseTextStyle,
    legend: { bottom: 0, data: [input.boxSeriesName, input.outlierSeriesName] },
    grid: { left: 64, right: 24, top: 40, bottom: 56 },
    tooltip: tooltipBase('item'),
    xAxis: {
      type: 'category',
      data: input.groups.map((g) => g.label),
      ...categoryAxisStyle,
    },
    yAxis: {
      type: 'value',
      ...(input.unit ? { name: input.unit } : {}),
      ...valueAxisStyle,
      axisLabel: { formatter: (v: number) => fmt(v) },
    },
    series: [box, scatter],
  };
}
