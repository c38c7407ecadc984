import {
  getMetric,
  leftOutOfAggregate,
  SECTION_NAMES,
  tablesOf,
} from '@gongkai/disclosure-domain';
import type { ReportData, TableTemplate } from '@gongkai/disclosure-domain';
import type { CityTables } from '@gongkai/api-persistence';
import type { CoverageCounts } from '@gongkai/disclosure-domain';

/** A cell of a sheet laid out as the official tables: 1-based, with its merge. */
export interface SheetCell {
  row: number;
  col: number;
  value: string | number | null;
  rowSpan: number;
  colSpan: number;
  kind: 'section' | 'header' | 'label' | 'value';
  /** A sum over fewer reports than could give a number (value cells only). */
  partial?: { reports: number; possible: number };
}

/**
 * Per metric, how many of the summed reports could give a number: those written in
 * a format that has the cell.
 */
function possibleReports(t: CityTables): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of t.cells) {
    const formats = getMetric(c.metric)?.generations ?? [];
    out.set(
      c.metric,
      t.reports
        .filter((r) => (formats as readonly string[]).includes(r.generation))
        .reduce((a, r) => a + r.reports, 0),
    );
  }
  return out;
}

/** The cells summed over fewer reports than could give a number (a blank left out). */
export function partialCells(
  t: CityTables,
): { metric: string; reports: number; possible: number }[] {
  const possible = possibleReports(t);
  return t.cells.flatMap((c) => {
    const n = possible.get(c.metric) ?? 0;
    return c.reports < n
      ? [{ metric: c.metric, reports: c.reports, possible: n }]
      : [];
  });
}

/**
 * What an exported aggregate leaves out, as label and text (Chinese, then English):
 * the expected departments whose reports are not in the sums (from the compliance
 * board), and the cells some summed reports left blank. A sheet passed on as the
 * city's figures must not look complete when it is not.
 */
export function coverageLines(
  t: CityTables,
  counts: CoverageCounts,
): [string, string][] {
  const out: [string, string][] = [];
  const shown = leftOutOfAggregate(counts, t.acceptedOnly);
  out.push([
    '未计入的部门 departments left out',
    shown.length === 0
      ? '无 none'
      : `${shown.map((r) => `${r.zh} ${r.count} 个`).join('，')} — ${shown.map((r) => `${r.count} ${r.en}`).join(', ')}`,
  ]);
  const partial = partialCells(t).length;
  if (partial > 0) {
    out.push([
      '部分报告空白的单元格 cells with blanks',
      `${partial} 个单元格只有部分报告填了数字，见单元格批注 — ${partial} cell(s) add up fewer reports than were summed (some left them blank); see the cell notes`,
    ]);
  }
  return out;
}

/** The city tables as the writer's ReportData (a blank where no report gave a number). */
export function cityReportData(
  t: CityTables,
  agency: string | null,
): ReportData {
  return {
    year: t.year,
    agency,
    generation: t.generation,
    values: Object.fromEntries(t.cells.map((c) => [c.metric, c.value])),
  };
}

const TABLE_SECTIONS = [
  'proactive',
  'applications',
  'reviewLitigation',
] as const;

/**
 * The three tables in the official layout, cell by cell from the writer's own
 * templates (the same spans a published report has), each under its section
 * heading, starting at `firstRow`; values are the city sums.
 */
export function officialSheetCells(
  t: CityTables,
  firstRow: number,
): { cells: SheetCell[]; width: number } {
  const tables = tablesOf(t.generation);
  const values = new Map(t.cells.map((c) => [c.metric, c.value]));
  const partial = new Map(partialCells(t).map((p) => [p.metric, p]));
  const cells: SheetCell[] = [];
  let row = firstRow;
  let width = 1;
  for (const key of TABLE_SECTIONS) {
    const template: TableTemplate = tables[key];
    width = Math.max(width, template.columnCount);
    cells.push({
      row,
      col: 1,
      value: SECTION_NAMES.find((s) => s.key === key)?.zh ?? key,
      rowSpan: 1,
      colSpan: 1,
      kind: 'section',
    });
    row++;
    for (const r of template.rows) {
      for (const c of r.cells) {
        const p = c.metric === null ? undefined : partial.get(c.metric);
        cells.push({
          row,
          col: c.gridStart + 1,
          value: c.metric === null ? c.text : (values.get(c.metric) ?? null),
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          kind: c.role,
          ...(p
            ? { partial: { reports: p.reports, possible: p.possible } }
            : {}),
        });
      }
      row++;
    }
    row++;
  }
  return { cells, width };
}
