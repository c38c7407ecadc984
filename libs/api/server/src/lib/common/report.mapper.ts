import { describeLocation, METRICS } from '@gongkai/disclosure-domain';
import type {
  CellValue,
  Finding,
  ParsedReport,
  SourceLocation,
} from '@gongkai/disclosure-domain';
import type { DirectoryDepartment } from '@gongkai/api-persistence';

import type { DepartmentKindEnum, DepartmentModel } from './department.model';
import type {
  CellModel,
  FindingModel,
  ReadReportModel,
  SeverityEnum,
  SourceLocationModel,
  ValueStatusEnum,
} from './report.model';

const ORDER = new Map(METRICS.map((m, i) => [m.id, i]));

export function toDepartmentModel(d: DirectoryDepartment): DepartmentModel {
  return {
    id: d.id,
    code: d.code,
    name: d.name,
    kind: d.kind as DepartmentKindEnum,
    aliases: d.aliases,
    parentId: d.parentId,
    activeFrom: d.activeFrom,
    activeTo: d.activeTo,
  };
}

export function toLocationModel(
  l: SourceLocation | null | undefined,
): SourceLocationModel | null {
  if (!l) return null;
  return {
    kind: l.kind,
    line: l.kind === 'text' ? l.line : null,
    column: l.kind === 'text' ? l.column : null,
    table: l.kind === 'table' ? l.table : null,
    row: l.kind === 'table' ? l.row : null,
    cell: l.kind === 'table' ? l.cell : null,
    description: describeLocation(l, 'zh'),
    descriptionEn: describeLocation(l, 'en'),
  };
}

export function toCellModel(metric: string, c: CellValue): CellModel {
  return {
    metric,
    status: c.status as ValueStatusEnum,
    value: c.status === 'number' ? c.value : null,
    raw: c.raw,
    unit: c.unit ?? null,
    location: toLocationModel(c.location),
  };
}

export function toFindingModel(f: Finding): FindingModel {
  return {
    code: f.code,
    severity: f.severity as SeverityEnum,
    message: f.message,
    messageEn: f.messageEn,
    metric: f.metric ?? null,
    metrics: f.metrics ?? (f.metric ? [f.metric] : []),
    location: toLocationModel(f.location),
  };
}

/** The parsed report as the API shows it: cells in the order of the official tables. */
export function toReadReportModel(r: ParsedReport): ReadReportModel {
  const cells = Object.entries(r.values)
    .sort(([a], [b]) => (ORDER.get(a) ?? Infinity) - (ORDER.get(b) ?? Infinity))
    .map(([id, c]) => toCellModel(id, c));
  return {
    format: r.format,
    title: r.title,
    year: r.year,
    agency: r.agency,
    publishedOn: r.publishedOn,
    generation: r.generation,
    truncated: r.truncated,
    sections: r.sections.map((s) => ({
      key: s.key,
      numeral: s.numeral,
      heading: s.heading,
      standardHeading: s.standardHeading,
    })),
    tables: r.tables.map((t) => ({ ...t })),
    cells,
    extras: r.extras.map((e) => ({
      id: e.id,
      label: e.label,
      cells: e.cells.map((c) => toCellModel(e.id, c)),
    })),
    findings: r.findings.map(toFindingModel),
    errorCount: r.findings.filter((f) => f.severity === 'error').length,
    warningCount: r.findings.filter((f) => f.severity === 'warning').length,
  };
}
