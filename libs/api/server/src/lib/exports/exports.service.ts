import {
  ReportQueries,
  ReportStore,
  requireMetric,
  StoreError,
} from '@gongkai/api-persistence';
import type { CityTables, DepartmentFilter } from '@gongkai/api-persistence';
import type { CellValue, DepartmentKind } from '@gongkai/disclosure-domain';
import { pointStatus, renderReportDocx } from '@gongkai/disclosure-domain';
import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';

import { cityReportData, officialSheetCells } from './city-tables.util';
import type { ExportTable, TidyRow } from './export-table.util';
import {
  rankingTable,
  seriesTable,
  sourceText,
  tidyTable,
  toCsv,
} from './export-table.util';

export const MAX_TIDY_REPORTS = 2000;

const THIN = { style: 'thin' } as const;
const THIN_BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** CSV and XLSX of what the dashboard shows. */
@Injectable()
export class ExportsService {
  constructor(
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(ReportQueries) private readonly queries: ReportQueries,
  ) {}

  async series(
    metrics: string[],
    departments: DepartmentFilter,
    from: number,
    to: number,
    filters: [string, string][],
  ): Promise<ExportTable> {
    const lines = [];
    for (let offset = 0; ;) {
      const page = await this.queries.series({
        metrics,
        departments,
        from,
        to,
        offset,
      });
      lines.push(...page.lines);
      offset += 500;
      if (offset >= page.totalDepartments) break;
    }
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    return seriesTable(lines, years, filters);
  }

  async ranking(
    metric: string,
    year: number,
    limit: number,
    kinds: readonly DepartmentKind[],
    filters: [string, string][],
  ): Promise<ExportTable> {
    const entries = await this.queries.ranking({
      metric,
      year,
      limit,
      kinds: kinds.length ? kinds : undefined,
    });
    return rankingTable(metric, year, entries, filters);
  }

  /** Every value of the counted reports of the selection, with its source cell. */
  async tidy(
    metrics: string[],
    departments: DepartmentFilter,
    from: number,
    to: number,
    filters: [string, string][],
  ): Promise<ExportTable> {
    const ids = metrics.map(requireMetric);
    const selected = await this.queries.selectDepartments(departments);
    const rows: TidyRow[] = [];
    let reports = 0;
    for (const d of selected) {
      for (let year = from; year <= to && reports < MAX_TIDY_REPORTS; year++) {
        // No report that year is a gap in the data; any other error is a failure.
        const r = await this.store.report(d.id, year).catch((e: unknown) => {
          if (e instanceof StoreError && e.code === 'REPORT_NOT_FOUND') {
            return null;
          }
          throw e;
        });
        if (!r || !r.submission.counted) continue;
        reports++;
        for (const metric of ids) {
          const cell: CellValue | undefined = r.report.values[metric];
          rows.push({
            departmentCode: d.code,
            departmentName: d.name,
            year,
            metric,
            value: cell?.status === 'number' ? cell.value : null,
            status: pointStatus(r.report, metric),
            source: sourceText(
              r.submission.id,
              r.submission.version,
              r.submission.fileName,
              cell?.location,
            ),
          });
        }
      }
    }
    return tidyTable(rows, filters);
  }

  cityTables(args: {
    year: number;
    kinds: readonly DepartmentKind[];
    acceptedOnly: boolean;
  }): Promise<CityTables> {
    return this.queries.cityTables(args);
  }

  /** The year's compliance counts (who is in a city aggregate and who is not). */
  board(year: number, kinds: readonly DepartmentKind[]) {
    return this.queries.complianceBoard({ year, kinds, limit: 1 });
  }

  /** The city tables in the official layout (merged cells as published), filters on top. */
  async cityTablesXlsx(
    t: CityTables,
    filters: [string, string][],
  ): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    book.creator = 'Gongkai';
    const sheet = book.addWorksheet(`${t.year}年汇总表`);
    sheet.addRow([
      `${t.year} 年政府信息公开工作年度报告统计表（全市汇总）`,
    ]).font = { bold: true, size: 14 };
    for (const [k, v] of filters) sheet.addRow([k, v]);
    const { cells, width } = officialSheetCells(t, sheet.rowCount + 2);
    for (const c of cells) {
      const cell = sheet.getCell(c.row, c.col);
      cell.value = c.value;
      if (c.kind === 'section') cell.font = { bold: true };
      if (c.kind === 'header' || c.kind === 'label' || c.kind === 'value') {
        cell.border = THIN_BORDER;
        cell.alignment = {
          vertical: 'middle',
          horizontal: c.kind === 'label' ? 'left' : 'center',
          wrapText: true,
        };
      }
      if (c.partial) {
        cell.note = `${c.partial.possible} 份报告中 ${c.partial.reports} 份填了数字 — ${c.partial.reports} of ${c.partial.possible} reports gave a number`;
      }
      if (c.rowSpan > 1 || c.colSpan > 1) {
        sheet.mergeCells(
          c.row,
          c.col,
          c.row + c.rowSpan - 1,
          c.col + c.colSpan - 1,
        );
      }
    }
    sheet.getColumn(1).width = 36;
    for (let i = 2; i <= width; i++) sheet.getColumn(i).width = 12;
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /**
   * A draft of the government-level report: the sections of the format with the
   * city tables filled in; the prose of sections 一, 五 and 六 is the office's to
   * write; where the overview goes, a note tells the office what the sums leave out
   * (and that demo data is made up), to delete before publishing.
   */
  cityReportDocx(t: CityTables, agency: string | null, note: string): Buffer {
    return Buffer.from(
      renderReportDocx(cityReportData(t, agency), {
        narrative: { overview: note, problems: '', other: '' },
      }),
    );
  }

  csv(t: ExportTable): Buffer {
    return Buffer.from(toCsv(t), 'utf8');
  }

  async xlsx(t: ExportTable): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    book.creator = 'Gongkai';
    const sheet = book.addWorksheet('数据');
    sheet.addRow([t.title]).font = { bold: true };
    for (const [k, v] of t.filters) sheet.addRow([k, v]);
    sheet.addRow([]);
    sheet.addRow(t.header).font = { bold: true };
    for (const r of t.rows) sheet.addRow(r);
    sheet.columns.forEach((c) => (c.width = 16));
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}
