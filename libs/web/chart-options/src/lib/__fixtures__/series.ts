import type {
  Generation,
  PointStatus,
  StatusLabels,
  TrendPoint,
  TrendSeries,
} from '../types';

export const statusLabels: StatusLabels = {
  reported: '已填报',
  blank: '空白',
  notApplicable: '不适用',
  unreadable: '无法识别',
  notInGeneration: '该格式无此项',
  missingReport: '缺报告',
};

export const fmt = (v: number): string => `${v} 件`;

export const breakLabel = (b: { toYear: number }): string =>
  `${b.toYear} 格式变更`;

function point(
  year: number,
  value: number | null,
  status: PointStatus = value === null ? 'blank' : 'reported',
  generation: Generation | null = year <= 2020 ? 'G1' : 'G2',
): TrendPoint {
  return { year, value, status, generation };
}

/** Not comparable: 2019 blank, 2022 '/', 2023 no report. */
export const decisions: TrendSeries = {
  id: 'dept-a',
  name: '市财政局',
  comparableAcrossGenerations: false,
  points: [
    point(2018, 5),
    point(2019, null),
    point(2020, 7),
    point(2021, 9),
    point(2022, null, 'notApplicable'),
    point(2023, null, 'missingReport', null),
  ],
};

/** Comparable across the 2021 format change. */
export const received: TrendSeries = {
  id: 'dept-b',
  name: '市教育局',
  comparableAcrossGenerations: true,
  points: [
    point(2018, 2),
    point(2019, 3),
    point(2020, 4),
    point(2021, 6),
    point(2022, 8),
    point(2023, 10),
  ],
};

/** Pairs of neighbouring years that a line series joins (both ends non-null). */
export function joinedYears(
  data: readonly unknown[],
  years: readonly number[],
): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < data.length; i++) {
    if (
      data[i] !== null &&
      data[i] !== undefined &&
      data[i + 1] !== null &&
      data[i + 1] !== undefined
    ) {
      pairs.push(`${years[i]}-${years[i + 1]}`);
    }
  }
  return pairs;
}
