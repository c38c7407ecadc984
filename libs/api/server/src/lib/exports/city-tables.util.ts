import { SECTION_NAMES, tablesOf } from '@gongkai/disclosure-domain';
import type { ReportData, TableTemplate } from '@gongkai/disclosure-domain';
import type { CityTables } from '@gongkai/api-persistence';

/** A cell of a sheet laid out as the official tables: 1-based, with its merge. */
export interface SheetCell {
  row: number;
  col: number;
  value: string | number | null;
  rowSpan: number;
  colSpan: number;
  kind: 'section' | 'header' | 'label' | 'value';
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
        cells.push({
          row,
          col: c.gridStart + 1,
          value: c.metric === null ? c.text : (values.get(c.metric) ?? null),
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          kind: c.role,
        });
      }
      row++;
    }
    row++;
  }
  return { cells, width };
}
