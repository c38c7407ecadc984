import type { TooltipComponentOption } from 'echarts/components';
import {
  axisLineColor,
  fontFamily,
  fontSize,
  mutedTextColor,
  splitLineColor,
  textColor,
} from './theme';

/** Base text style of every chart. */
export const baseTextStyle = { color: textColor, fontFamily, fontSize };

/** Category axis styling (years, departments). */
export const categoryAxisStyle = {
  axisLine: { lineStyle: { color: axisLineColor } },
  axisTick: { alignWithLabel: true, lineStyle: { color: axisLineColor } },
  axisLabel: { color: textColor },
};

/** Value axis styling: light split lines that still print. */
export const valueAxisStyle = {
  axisLine: { show: true, lineStyle: { color: axisLineColor } },
  splitLine: { lineStyle: { color: splitLineColor } },
  nameTextStyle: { color: mutedTextColor },
};

/** Tooltip container shared by all charts. */
export function tooltipBase(trigger: 'axis' | 'item'): TooltipComponentOption {
  return {
    trigger,
    confine: true,
    textStyle: { color: textColor, fontFamily, fontSize },
    ...(trigger === 'axis' ? { axisPointer: { type: 'shadow' as const } } : {}),
  };
}

/** Index of the hovered data item in a tooltip callback's params (single or axis list). */
export function hoveredIndex(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof first !== 'object' || first === null) return null;
  const index = (first as { dataIndex?: unknown }).dataIndex;
  return typeof index === 'number' ? index : null;
}

/** Rounds a positive extent up to 1, 2, 2.5 or 5 × 10ⁿ so shared axes get clean ticks. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}
