import type { PointStatus } from '@gongkai/disclosure-domain/metrics';
import type {
  BarSeriesOption,
  BoxplotSeriesOption,
  LineSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** Every option this library returns; matches the modules the app registers. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | BoxplotSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
  | AriaComponentOption
>;

/** ECharts' decal pattern object (not exported by name, so derived here). */
export type Decal = Exclude<
  NonNullable<NonNullable<BarSeriesOption['itemStyle']>['decal']>,
  'none'
>;

/** ECharts line dash: a keyword or a dash array. */
export type LineType = NonNullable<
  NonNullable<LineSeriesOption['lineStyle']>['type']
>;

/** What a report says in one cell for one year; only `reported` has a value. */
export type { PointStatus };

/** Report format generation (G0 before 2019, G1 = 2019 format, G2 = 2021 format). */
export type Generation = 'G0' | 'G1' | 'G2';

/** Where a department's annual report stands in the collection workflow. */
export type ComplianceStatus =
  | 'accepted'
  | 'submitted'
  | 'submittedWithErrors'
  | 'pending'
  | 'returned'
  | 'missing'
  | 'notExpected';

/** Formats a count or an amount in 万元 for labels, axes and tooltips. */
export type ValueFormatter = (value: number) => string;

/** Translated label for every point status. */
export type StatusLabels = Readonly<Record<PointStatus, string>>;

/** A fixed, translated description, or a template fed with a summary of the data. */
export type AriaDescription<Summary> = string | ((summary: Summary) => string);

/** One year of one series. `generation` is null when unknown (e.g. no report). */
export interface TrendPoint {
  year: number;
  value: number | null;
  status: PointStatus;
  generation: Generation | null;
}

/** A department or metric over the years. */
export interface TrendSeries {
  id: string;
  name: string;
  /** False: the line must break where the report format changes. */
  comparableAcrossGenerations: boolean;
  points: readonly TrendPoint[];
}

/** A year-to-year change of format drawn as a break. */
export interface GenerationBreak {
  /** Last year in the old format. */
  fromYear: number;
  /** First year in the new format. */
  toYear: number;
}

/** Data handed to a trend description template. */
export interface TrendSummary {
  from: number;
  to: number;
  series: {
    name: string;
    reportedYears: number;
    first: { year: number; value: number } | null;
    last: { year: number; value: number } | null;
  }[];
  breaks: GenerationBreak[];
}

type Single<T> = T extends readonly (infer U)[] ? U : T;
/** One x axis entry of a chart option. */
export type XAxisOption = Single<NonNullable<ChartOption['xAxis']>>;
/** One y axis entry of a chart option. */
export type YAxisOption = Single<NonNullable<ChartOption['yAxis']>>;
