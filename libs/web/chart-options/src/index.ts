export type * from './lib/types';
export * from './lib/theme';
export { ariaOption, resolveDescription } from './lib/aria';
export { escapeHtml, truncate } from './lib/text';
export { niceCeil } from './lib/axis';
export {
  generationBreaks,
  plottedValue,
  segmentsOf,
  yearRange,
  type Segment,
} from './lib/trend-data';
export { trendLineOption, type TrendLineInput } from './lib/trend-line.option';
export {
  smallMultiplesOption,
  panelLayout,
  type PanelBox,
  type SmallMultiplesInput,
} from './lib/small-multiples.option';
export * from './lib/ranking-bar.option';
export * from './lib/boxplot-stats';
export * from './lib/distribution.option';
export * from './lib/stacked-bar.option';
export * from './lib/compliance-bar.option';
