import type { CellValue, ParsedReport, SourceLocation } from './report';

/** `values` as the public JSON shows them: a number, or null for blank, `/` and unreadable. */
export function numericValues(
  values: Readonly<Record<string, CellValue>>,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [id, v] of Object.entries(values)) {
    out[id] = v.status === 'number' ? v.value : null;
  }
  return out;
}

/** Where a cell or finding is, in words: `第 12 行第 3 列` / `line 12, column 3`. */
export function describeLocation(
  loc: SourceLocation | null | undefined,
  lang: 'zh' | 'en' = 'zh',
): string {
  if (!loc) return '';
  if (loc.kind === 'text') {
    return lang === 'zh'
      ? `第 ${loc.line} 行第 ${loc.column} 列`
      : `line ${loc.line}, column ${loc.column}`;
  }
  return lang === 'zh'
    ? `表格 ${loc.table} 第 ${loc.row} 行第 ${loc.cell} 格`
    : `table ${loc.table}, row ${loc.row}, cell ${loc.cell}`;
}

/** The report as the CLI's `--json` prints it and the API later serves it. */
export function reportToJson(file: string, report: ParsedReport) {
  return {
    file,
    format: report.format,
    title: report.title,
    generation: report.generation,
    year: report.year,
    yearSource: report.yearSource,
    agency: report.agency,
    agencySource: report.agencySource,
    publishedOn: report.publishedOn,
    truncated: report.truncated,
    sections: report.sections.map((s) => ({
      key: s.key,
      numeral: s.numeral,
      heading: s.heading,
      standardHeading: s.standardHeading,
    })),
    tables: report.tables,
    values: numericValues(report.values),
    cells: report.values,
    extras: report.extras.map((e) => ({ id: e.id, label: e.label })),
    findings: report.findings,
  };
}
