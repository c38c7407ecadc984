import { describeLocation, getMetric } from '@gongkai/disclosure-domain';
import type { PointStatus } from '@gongkai/disclosure-domain';
import type { RankingEntry, SeriesLine } from '@gongkai/api-persistence';

export type ExportCell = string | number | null;

/** A table to export, with the filters that produced it (written into the file). */
export interface ExportTable {
  title: string;
  header: string[];
  rows: ExportCell[][];
  filters: [string, string][];
}

const STATUS_ZH: Record<PointStatus, string> = {
  reported: '已填报',
  blank: '空白',
  notApplicable: '不适用',
  unreadable: '无法识别',
  notInGeneration: '该年度格式无此项',
  missingReport: '未报送',
};

const label = (metric: string) => getMetric(metric)?.labelZh ?? metric;

/** One row per department and metric, one column per year. */
export function seriesTable(
  lines: readonly SeriesLine[],
  years: readonly number[],
  filters: [string, string][],
): ExportTable {
  return {
    title: '指标序列',
    header: ['部门代码', '部门', '指标', '指标名称', ...years.map(String)],
    rows: lines.map((l) => [
      l.department.code,
      l.department.name,
      l.metric,
      label(l.metric),
      ...years.map((y) => {
        const p = l.points.find((x) => x.year === y);
        return p?.status === 'reported'
          ? p.value
          : p
            ? `（${STATUS_ZH[p.status]}）`
            : null;
      }),
    ]),
    filters,
  };
}

export function rankingTable(
  metric: string,
  year: number,
  entries: readonly RankingEntry[],
  filters: [string, string][],
): ExportTable {
  return {
    title: `${year} 年 ${label(metric)} 排名`,
    header: ['名次', '部门代码', '部门', '数值'],
    rows: entries.map((e) => [
      e.rank,
      e.department.code,
      e.department.name,
      e.value,
    ]),
    filters,
  };
}

export interface TidyRow {
  departmentCode: string;
  departmentName: string;
  year: number;
  metric: string;
  value: number | null;
  status: PointStatus;
  source: string;
}

/** The tidy long format: department, year, metric, value, status, source. */
export function tidyTable(
  rows: readonly TidyRow[],
  filters: [string, string][],
): ExportTable {
  return {
    title: '明细数据',
    header: [
      'department_code',
      'department',
      'year',
      'metric',
      'value',
      'status',
      'source',
    ],
    rows: rows.map((r) => [
      r.departmentCode,
      r.departmentName,
      r.year,
      r.metric,
      r.value,
      r.status,
      r.source,
    ]),
    filters,
  };
}

export function sourceText(
  submissionId: number,
  version: number,
  fileName: string,
  location: Parameters<typeof describeLocation>[0],
): string {
  const where = describeLocation(location, 'zh');
  return `报送 #${submissionId} 第 ${version} 版 ${fileName}${where ? ` ${where}` : ''}`;
}

const quote = (v: ExportCell): string => {
  if (v === null) return '';
  const s = String(v);
  // Cells starting with = + - @ are formulas to Excel: keep them text.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV with a UTF-8 BOM (Excel opens Chinese correctly) and the filters on top. */
export function toCsv(t: ExportTable): string {
  const lines = [
    ...t.filters.map(([k, v]) => `# ${k}: ${v}`),
    t.header.map(quote).join(','),
    ...t.rows.map((r) => r.map(quote).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
