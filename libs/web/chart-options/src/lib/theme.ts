import type {
  ComplianceStatus,
  Decal,
  LineType,
  PointStatus,
  ValueFormatter,
} from './types';

// Tokens shared by all builders: one place to tune for projectors and print.

/** Okabe–Ito based: colour-blind safe, no pale yellow (vanishes on projectors and paper). */
export const palette: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#332288',
  '#555555',
];

export const textColor = '#1A1A1A';
export const mutedTextColor = '#595959';
export const axisLineColor = '#595959';
export const splitLineColor = '#D9D9D9';
export const breakAreaColor = 'rgba(0, 0, 0, 0.06)';
export const highlightColor = '#D55E00';
/** Light tint of the first palette colour: the median line stays visible on it. */
export const boxFill = '#E3EFF7';
// Single quotes: ECharts writes the family into an SVG style="…" attribute unescaped.
export const fontFamily =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
/** Large enough to read from the back of a meeting room. */
export const fontSize = 14;
export const smallFontSize = 11;

// Decal tiles drawn in white over the fill so they survive greyscale printing.
const decalColor = 'rgba(255, 255, 255, 0.7)';
const stripes = (rotation: number, gap = 5): Decal => ({
  symbol: 'rect',
  symbolSize: 1,
  color: decalColor,
  dashArrayX: [1, 0],
  dashArrayY: [2, gap],
  rotation,
});
const dots = (
  symbol: string,
  symbolSize: number,
  color = decalColor,
): Decal => ({
  symbol,
  symbolSize,
  color,
  dashArrayX: [
    [8, 8],
    [0, 8, 8, 0],
  ],
  dashArrayY: [6, 0],
});

/**
 * A transparent pattern: the way to keep a series plain while aria decals are on
 * (ECharts 6 crashes on a series-level `decal: 'none'` when aria decals are enabled).
 */
export const noDecal: Decal = {
  symbol: 'rect',
  symbolSize: 1,
  color: 'rgba(0, 0, 0, 0)',
  dashArrayX: [1, 0],
  dashArrayY: [1, 0],
};

/** One pattern per series index, cycled like the palette. */
export const decals: readonly Decal[] = [
  stripes(-Math.PI / 4),
  dots('circle', 0.6),
  stripes(0),
  stripes(Math.PI / 4),
  dots('triangle', 0.7),
  stripes(Math.PI / 2),
  dots('diamond', 0.7),
  stripes(-Math.PI / 4, 2),
];

/** Marker shapes per series index so lines differ without colour. */
export const symbols: readonly string[] = [
  'circle',
  'rect',
  'triangle',
  'diamond',
  'roundRect',
  'pin',
  'arrow',
  'emptyCircle',
];

/** Dash patterns per series index. */
export const lineTypes: readonly LineType[] = [
  'solid',
  'dashed',
  'dotted',
  [8, 4, 2, 4],
  [12, 4],
  [2, 6],
  [16, 4, 4, 4],
  [6, 3, 6, 3, 1, 3],
];

/** Cycles a token list (never empty) by index. */
export function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('theme token list is empty');
  return item;
}

/** Colour, symbol and decal of one status: the symbol/decal carry the meaning without colour. */
export interface StatusStyle {
  color: string;
  symbol: string;
  decal: Decal;
}

export const pointStatusStyle: Readonly<Record<PointStatus, StatusStyle>> = {
  reported: { color: '#0072B2', symbol: 'circle', decal: noDecal },
  blank: {
    color: '#9E9E9E',
    symbol: 'emptyCircle',
    decal: dots('circle', 0.4),
  },
  notApplicable: {
    color: '#6B6B6B',
    symbol: 'path://M0,10L10,0L11,1L1,11Z',
    decal: stripes(-Math.PI / 4),
  },
  unreadable: {
    color: '#D55E00',
    symbol: 'triangle',
    decal: dots('triangle', 0.7),
  },
  notInGeneration: {
    color: '#BDBDBD',
    symbol: 'rect',
    decal: stripes(Math.PI / 2),
  },
  missingReport: {
    color: '#CC79A7',
    symbol: 'diamond',
    decal: stripes(Math.PI / 4, 2),
  },
};

export const complianceStatusStyle: Readonly<
  Record<ComplianceStatus, StatusStyle>
> = {
  accepted: { color: '#009E73', symbol: 'circle', decal: dots('circle', 0.6) },
  submitted: { color: '#0072B2', symbol: 'rect', decal: stripes(-Math.PI / 4) },
  submittedWithErrors: {
    color: '#E69F00',
    symbol: 'triangle',
    decal: dots('triangle', 0.7),
  },
  pending: { color: '#56B4E9', symbol: 'roundRect', decal: stripes(0) },
  returned: {
    color: '#D55E00',
    symbol: 'diamond',
    decal: stripes(Math.PI / 4),
  },
  missing: {
    color: '#555555',
    symbol: 'emptyCircle',
    decal: stripes(Math.PI / 2, 2),
  },
  notExpected: {
    color: '#D9D9D9',
    symbol: 'none',
    decal: dots('diamond', 0.5, 'rgba(0, 0, 0, 0.45)'),
  },
};

/** Display order, bottom of the stack first: done, in progress, problems, then out of scope. */
export const complianceStatusOrder: readonly ComplianceStatus[] = [
  'accepted',
  'submitted',
  'submittedWithErrors',
  'pending',
  'returned',
  'missing',
  'notExpected',
];

export type NumberKind = 'count' | 'signedCount' | 'wanYuan' | 'percent';

const numberFormatOptions: Readonly<
  Record<NumberKind, Intl.NumberFormatOptions>
> = {
  count: { maximumFractionDigits: 0 },
  signedCount: { maximumFractionDigits: 0, signDisplay: 'exceptZero' },
  // Reports give 万元 with up to four decimals; two are enough on a chart.
  wanYuan: { maximumFractionDigits: 2 },
  percent: { maximumFractionDigits: 1 },
};

/** Default formatter per unit, for callers without their own (percent adds `%`). */
export function numberFormatter(
  kind: NumberKind,
  locale = 'zh-CN',
): ValueFormatter {
  const f = new Intl.NumberFormat(locale, numberFormatOptions[kind]);
  return kind === 'percent' ? (v) => `${f.format(v)}%` : (v) => f.format(v);
}
