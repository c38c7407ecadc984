/**
 * The canonical report model: what a document says, cell by cell, with where each
 * number came from. Everything downstream (checks, storage, charts) reads this.
 */

/** G0 = before the 2019 national format, G1 = 2019 trial format, G2 = 2021 format. */
export type Generation = 'G0' | 'G1' | 'G2';

/** The three statistical tables of the national format (sections 二, 三, 四). */
export type TableKey = 'proactive' | 'applications' | 'reviewLitigation';

/** Sections 一 to 六 of the national format. */
export type SectionKey =
  | 'overview'
  | 'proactive'
  | 'applications'
  | 'reviewLitigation'
  | 'problems'
  | 'other';

export type SourceFormat = 'text' | 'html' | 'docx';

/** 1-based line and column in a text document. */
export interface TextLocation {
  kind: 'text';
  line: number;
  column: number;
}

/** 1-based table, row and logical cell (column after spans) of an HTML/DOCX document. */
export interface TableLocation {
  kind: 'table';
  table: number;
  row: number;
  cell: number;
}

export type SourceLocation = TextLocation | TableLocation;

/**
 * number: a value was read. blank: the cell is empty (not reported, never 0).
 * notApplicable: `/`, `—`, `无`. unreadable: text that is not a number (always with a finding).
 */
export type ValueStatus = 'number' | 'blank' | 'notApplicable' | 'unreadable';

export interface CellValue {
  status: ValueStatus;
  /** Set only when status is 'number'. Money is in 万元. */
  value: number | null;
  /** The cell text exactly as in the document. */
  raw: string;
  location: SourceLocation | null;
  /** The unit written in the cell, if any (项, 件, 元, 万元). */
  unit?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable code, e.g. `R1`, `PARSE_AMBIGUOUS_ROW`. */
  code: string;
  severity: Severity;
  /** Chinese message (the product speaks Chinese first). */
  message: string;
  messageEn: string;
  /** The main metric concerned, if any. */
  metric?: string;
  /** Every cell involved (for rules that relate several cells). */
  metrics?: string[];
  location?: SourceLocation;
}

export interface SectionInfo {
  key: SectionKey;
  /** 一 … 六 */
  numeral: string;
  heading: string;
  /** Whether the heading is one of the accepted forms of the format. */
  standardHeading: boolean;
  location: SourceLocation | null;
  /** Plain text of the section body (prose only, tables excluded), trimmed. */
  text: string;
}

export interface TableInfo {
  key: TableKey;
  generation: Generation | null;
  /** The table started but the document stops inside it. */
  truncated: boolean;
  /** The heading is there but no table content could be found. */
  empty: boolean;
}

/** A local row of table 二 the format does not define (其他主动公开文件, 行政检查 …). */
export interface ExtraRow {
  /** `proactive.extra.<slug>` */
  id: string;
  label: string;
  cells: CellValue[];
}

export interface ParsedReport {
  format: SourceFormat;
  title: string | null;
  year: number | null;
  yearSource: 'caller' | 'title' | 'statisticsPeriod' | 'text' | null;
  agency: string | null;
  agencySource: 'caller' | 'title' | 'text' | null;
  /** 发布日期 stated in the page, ISO yyyy-mm-dd. */
  publishedOn: string | null;
  /** Overall generation of the tables (G0 for a pre-2019 document). */
  generation: Generation | null;
  sections: SectionInfo[];
  tables: TableInfo[];
  /** Every metric found in the document, keyed by metric id. */
  values: Record<string, CellValue>;
  extras: ExtraRow[];
  findings: Finding[];
  /** The document stops before its end (most copied pages do). */
  truncated: boolean;
}

/** The values-only view of a report: what the writer renders and the CLI prints. */
export interface ReportData {
  year: number | null;
  agency: string | null;
  generation: 'G1' | 'G2';
  /** number, null (blank) or '/' (not applicable). */
  values: Record<string, number | null | '/'>;
}
