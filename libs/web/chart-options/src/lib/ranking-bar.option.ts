import type { BarSeriesOption } from 'echarts/charts';
import { ariaOption, resolveDescription } from './aria';
import {
  baseTextStyle,
  categoryAxisStyle,
  hoveredIndex,
  tooltipBase,
  valueAxisStyle,
} from './axis';
import { tooltipHtml, tooltipLine, truncate } from './text';
import {
  decals,
  fontSize,
  highlightColor,
  noDecal,
  palette,
  pick,
} from './theme';
import type { AriaDescription, ChartOption, ValueFormatter } from './types';

export interface RankingItem {
  id: string;
  name: string;
  value: number;
}

export interface RankingSummary {
  count: number;
  top: RankingItem | null;
  bottom: RankingItem | null;
  highlighted: RankingItem[];
}

export interface RankingBarInput {
  /** Already sorted; the first item is drawn at the top. Only reported values belong here. */
  items: readonly RankingItem[];
  /** Series (metric) name shown in the tooltip. */
  seriesName: string;
  highlightIds?: readonly string[];
  /** Axis labels longer than this many characters are cut with `…` (default 10). */
  maxLabelChars?: number;
  formatter: ValueFormatter;
  description: AriaDescription<RankingSummary>;
  unit?: string;
}

// A pattern different from the plain bars: highlight must not rely on colour alone.
const highlightDecal = pick(decals, 0);

/** Horizontal bar ranking of departments with value labels and optional highlights. */
export function rankingBarOption(input: RankingBarInput): ChartOption {
  const maxChars = input.maxLabelChars ?? 10;
  const highlighted = new Set(input.highlightIds ?? []);
  const isHighlighted = (index: number): boolean => {
    const item = input.items[index];
    return item !== undefined && highlighted.has(item.id);
  };
  const color = pick(palette, 0);

  const series: BarSeriesOption = {
    type: 'bar',
    name: input.seriesName,
    // Plain bars opt out of the automatic aria decal so the highlight pattern stands out.
    itemStyle: { color, decal: noDecal },
    label: {
      show: true,
      position: 'right',
      formatter: (p) =>
        typeof p.value === 'number' ? input.formatter(p.value) : '',
    },
    data: input.items.map((item) =>
      highlighted.has(item.id)
        ? {
            value: item.value,
            name: item.name,
            itemStyle: { color: highlightColor, decal: highlightDecal },
            label: { fontWeight: 'bold' },
          }
        : { value: item.value, name: item.name },
    ),
  };

  return {
    aria: ariaOption(
      resolveDescription(input.description, () => ({
        count: input.items.length,
        top: input.items[0] ?? null,
        bottom: input.items[input.items.length - 1] ?? null,
        highlighted: input.items.filter((i) => highlighted.has(i.id)),
      })),
    ),
    textStyle: baseTextStyle,
    // Room for the truncated labels: roughly one em per CJK character.
    grid: { left: maxChars * fontSize + 24, right: 72, top: 32, bottom: 24 },
    tooltip: {
      ...tooltipBase('axis'),
      formatter: (params: unknown) => {
        const index = hoveredIndex(params);
        const item = index === null ? undefined : input.items[index];
        return item
          ? tooltipHtml(item.name, [
              tooltipLine(input.seriesName, input.formatter(item.value)),
            ])
          : '';
      },
    },
    yAxis: {
      type: 'category',
      // Category 0 at the top, as in a table.
      inverse: true,
      data: input.items.map((i) => i.name),
      ...categoryAxisStyle,
      axisLabel: {
        ...categoryAxisStyle.axisLabel,
        formatter: (name: string, index: number) => {
          const text = truncate(name, maxChars);
          return isHighlighted(index) ? `{highlight|${text}}` : text;
        },
        rich: { highlight: { fontWeight: 'bold', color: highlightColor } },
      },
    },
    xAxis: {
      type: 'value',
      ...(input.unit ? { name: input.unit } : {}),
      ...valueAxisStyle,
      axisLabel: { formatter: (v: number) => input.formatter(v) },
    },
    series: [series],
  };
}
