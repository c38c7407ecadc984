import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  TitleComponentOption,
} from 'echarts/components';
import { ariaOption, resolveDescription } from './aria';
import {
  baseTextStyle,
  categoryAxisStyle,
  hoveredIndex,
  niceCeil,
  tooltipBase,
  valueAxisStyle,
} from './axis';
import { fontSize, palette, pick, smallFontSize } from './theme';
import {
  generationBreaks,
  plottedValue,
  trendSummary,
  yearRange,
  yearTooltip,
} from './trend-data';
import { breakSeries, trendLineSeries } from './trend-line.option';
import type {
  AriaDescription,
  ChartOption,
  GenerationBreak,
  StatusLabels,
  TrendSeries,
  TrendSummary,
  ValueFormatter,
  XAxisOption,
  YAxisOption,
} from './types';

export interface SmallMultiplesInput {
  from: number;
  to: number;
  /** One panel per series (its name is the panel title); meant for up to ~16. */
  panels: readonly TrendSeries[];
  /** `shared`: one y scale for all panels, so heights compare; `independent`: each its own. */
  yScale: 'shared' | 'independent';
  /** Panels per row; defaults to ⌈√n⌉. */
  columns?: number;
  formatter: ValueFormatter;
  statusLabels: StatusLabels;
  breakLabel: (b: GenerationBreak) => string;
  description: AriaDescription<TrendSummary>;
}

/** Rectangle of a panel in percent of the chart, exported for layout tests. */
export interface PanelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

// Outer margins and the share of each cell used by the title and the axis labels (percent).
const margin = { left: 1, right: 1, top: 2, bottom: 2 };

/** Cell geometry of a columns × rows grid of panels. */
export function panelLayout(count: number, columns?: number): PanelBox[] {
  const cols = Math.max(
    1,
    Math.min(count, columns ?? Math.ceil(Math.sqrt(count))),
  );
  const rows = Math.max(1, Math.ceil(count / cols));
  const cellW = (100 - margin.left - margin.right) / cols;
  const cellH = (100 - margin.top - margin.bottom) / rows;
  return Array.from({ length: count }, (_, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    return {
      left: margin.left + col * cellW,
      top: margin.top + row * cellH,
      width: cellW,
      height: cellH,
    };
  });
}

const pct = (n: number): string => `${Number(n.toFixed(3))}%`;

/** One small line chart per department in a grid of grids, same gap/break rules as the trend line. */
export function smallMultiplesOption(input: SmallMultiplesInput): ChartOption {
  const years = yearRange(input.from, input.to);
  const cells = panelLayout(input.panels.length, input.columns);
  const shared =
    input.yScale === 'shared' ? sharedExtent(input.panels, years) : null;
  const allBreaks = generationBreaks(input.panels, years);
  const color = pick(palette, 0);

  const grids: GridComponentOption[] = [];
  const titles: TitleComponentOption[] = [];
  const series: LineSeriesOption[] = [];
  const xAxes: XAxisOption[] = [];
  const yAxes: YAxisOption[] = [];
  // Series index → panel index, for the tooltip.
  const panelOfSeries: number[] = [];

  input.panels.forEach((panel, i) => {
    const cell = cells[i];
    if (!cell) return;
    // Title on the top 18% of the cell, y labels on its left 22%, x labels below.
    grids.push({
      left: pct(cell.left + cell.width * 0.22),
      top: pct(cell.top + cell.height * 0.2),
      width: pct(cell.width * 0.72),
      height: pct(cell.height * 0.6),
    });
    titles.push({
      text: panel.name,
      left: pct(cell.left + cell.width / 2),
      top: pct(cell.top),
      textAlign: 'center',
      textStyle: { fontSize, fontWeight: 'bold' },
    });
    xAxes.push({
      type: 'category',
      gridIndex: i,
      boundaryGap: false,
      data: years.map(String),
      ...categoryAxisStyle,
      axisLabel: { ...categoryAxisStyle.axisLabel, fontSize: smallFontSize },
    });
    yAxes.push({
      type: 'value',
      gridIndex: i,
      ...valueAxisStyle,
      splitNumber: 2,
      ...(shared ? shared : {}),
      axisLabel: {
        fontSize: smallFontSize,
        formatter: (v: number) => input.formatter(v),
      },
    });
    const panelSeries = trendLineSeries(panel, 0, years, i, color);
    const breaks = generationBreaks([panel], years);
    if (breaks.length > 0)
      panelSeries.push(breakSeries(breaks, input.breakLabel, i));
    series.push(...panelSeries);
    panelOfSeries.push(...panelSeries.map(() => i));
  });

  return {
    aria: ariaOption(
      resolveDescription(input.description, () =>
        trendSummary(input.from, input.to, input.panels, allBreaks),
      ),
    ),
    textStyle: baseTextStyle,
    title: titles,
    grid: grids,
    tooltip: {
      ...tooltipBase('axis'),
      axisPointer: { type: 'line' },
      formatter: (params: unknown) => {
        const first: unknown = Array.isArray(params) ? params[0] : params;
        const seriesIndex = (first as { seriesIndex?: unknown } | undefined)
          ?.seriesIndex;
        const panelIndex =
          typeof seriesIndex === 'number'
            ? panelOfSeries[seriesIndex]
            : undefined;
        const panel =
          panelIndex === undefined ? undefined : input.panels[panelIndex];
        const index = hoveredIndex(params);
        const year = index === null ? undefined : years[index];
        return year === undefined || !panel
          ? ''
          : yearTooltip(year, [panel], input.formatter, input.statusLabels);
      },
    },
    xAxis: xAxes,
    yAxis: yAxes,
    series,
  };
}

/** Common min/max over all reported values, rounded to clean ticks. */
function sharedExtent(
  panels: readonly TrendSeries[],
  years: readonly number[],
): { min: number; max: number } {
  const values = panels.flatMap((p) =>
    years.flatMap((y) => {
      const v = plottedValue(p.points.find((pt) => pt.year === y));
      return v === null ? [] : [v];
    }),
  );
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  return {
    min: low < 0 ? -niceCeil(-low) : 0,
    max: high > 0 ? niceCeil(high) : 1,
  };
}
