import type { LineSeriesOption } from 'echarts/charts';
import { ariaOption, resolveDescription } from './aria';
import {
  baseTextStyle,
  categoryAxisStyle,
  hoveredIndex,
  tooltipBase,
  valueAxisStyle,
} from './axis';
import { lineTypes, palette, pick, symbols } from './theme';
import {
  breakMarkArea,
  generationBreaks,
  segmentsOf,
  trendSummary,
  yearRange,
  yearTooltip,
} from './trend-data';
import type {
  AriaDescription,
  ChartOption,
  GenerationBreak,
  StatusLabels,
  TrendSeries,
  TrendSummary,
  ValueFormatter,
} from './types';

export interface TrendLineInput {
  /** First and last year on the axis; every year in between is shown. */
  from: number;
  to: number;
  series: readonly TrendSeries[];
  formatter: ValueFormatter;
  statusLabels: StatusLabels;
  /** Label of a format-change band, e.g. `b => \`${b.toYear} 格式变更\``. */
  breakLabel: (b: GenerationBreak) => string;
  description: AriaDescription<TrendSummary>;
  /** Y axis name, e.g. 件 or 万元. */
  unit?: string;
  title?: string;
}

/** Line chart per series; gaps where not reported, breaks where the format changes. */
export function trendLineOption(input: TrendLineInput): ChartOption {
  const years = yearRange(input.from, input.to);
  const breaks = generationBreaks(input.series, years);
  const series: LineSeriesOption[] = input.series.flatMap((s, i) =>
    trendLineSeries(s, i, years),
  );
  if (breaks.length > 0) series.push(breakSeries(breaks, input.breakLabel));

  return {
    aria: ariaOption(
      resolveDescription(input.description, () =>
        trendSummary(input.from, input.to, input.series, breaks),
      ),
    ),
    textStyle: baseTextStyle,
    color: [...palette],
    ...(input.title ? { title: { text: input.title, left: 'center' } } : {}),
    legend: {
      type: 'scroll',
      bottom: 0,
      data: input.series.map((s) => s.name),
    },
    grid: { left: 64, right: 24, top: input.title ? 64 : 40, bottom: 56 },
    tooltip: {
      ...tooltipBase('axis'),
      axisPointer: { type: 'line' },
      formatter: (params: unknown) => {
        const index = hoveredIndex(params);
        const year = index === null ? undefined : years[index];
        return year === undefined
          ? ''
          : yearTooltip(
              year,
              input.series,
              input.formatter,
              input.statusLabels,
            );
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: years.map(String),
      ...categoryAxisStyle,
    },
    yAxis: {
      type: 'value',
      ...(input.unit ? { name: input.unit } : {}),
      ...valueAxisStyle,
      axisLabel: { formatter: (v: number) => input.formatter(v) },
    },
    series,
  };
}

/** The ECharts line series of one logical series: same name, colour and style per segment. */
export function trendLineSeries(
  s: TrendSeries,
  index: number,
  years: readonly number[],
  axisIndex = 0,
  color = pick(palette, index),
): LineSeriesOption[] {
  return segmentsOf(s, years).map((segment) => ({
    type: 'line',
    id: segment.generation ? `${s.id}:${segment.generation}` : s.id,
    name: s.name,
    data: segment.data,
    xAxisIndex: axisIndex,
    yAxisIndex: axisIndex,
    connectNulls: false,
    // Isolated reported years have no neighbour to draw a line to: keep their marker.
    showSymbol: true,
    showAllSymbol: true,
    symbol: pick(symbols, index),
    symbolSize: 8,
    color,
    itemStyle: { color },
    lineStyle: { color, width: 2, type: pick(lineTypes, index) },
    emphasis: { focus: 'series' },
  }));
}

/** A data-less series that only carries the break bands, so hiding a legend entry keeps them. */
export function breakSeries(
  breaks: readonly GenerationBreak[],
  breakLabel: (b: GenerationBreak) => string,
  axisIndex = 0,
): LineSeriesOption {
  return {
    type: 'line',
    id: `generation-breaks:${axisIndex}`,
    name: '',
    data: [],
    xAxisIndex: axisIndex,
    yAxisIndex: axisIndex,
    silent: true,
    tooltip: { show: false },
    markArea: breakMarkArea(breaks, breakLabel),
  };
}
