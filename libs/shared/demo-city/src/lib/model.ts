import type {
  DepartmentKind,
  ReportData,
  ReportLayout,
} from '@gongkai/disclosure-domain';

/** A body expected to publish an annual report in the demo city. */
export interface DemoDepartment {
  /** Stable slug, e.g. `civil-affairs`, `dongcheng-heping`. */
  code: string;
  /** Full official name, as printed in report titles. */
  name: string;
  kind: DepartmentKind;
  /** Other names the body goes by (short forms, former names). */
  aliases: string[];
  /** The district a township belongs to; null for everything else. */
  parentCode: string | null;
  /** First and last report year the body existed; null = before / after the range. */
  activeFrom: number | null;
  activeTo: number | null;
  /** Codes of the bodies merged or renamed into this one (机构改革). */
  predecessors: string[];
  size: 'small' | 'medium' | 'large';
}

export type DemoMediaType =
  | 'text/plain'
  | 'text/html'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DemoReview {
  action: 'accept' | 'return';
  comment: string;
  /** ISO 8601 with +08:00. */
  at: string;
  by: string;
}

/** One version of one department's report, as the bureau handed it in. */
export interface DemoSubmission {
  departmentCode: string;
  year: number;
  /** 1, then 2 for a resubmission after a return. */
  version: number;
  fileName: string;
  mediaType: DemoMediaType;
  /** Text and HTML as strings, DOCX as bytes. */
  document: string | Uint8Array;
  /** ISO 8601 with +08:00. */
  receivedAt: string;
  submittedBy: string;
  /** null: not reviewed yet. */
  review: DemoReview | null;
}

export interface DemoCity {
  name: '示例市';
  isDemo: true;
  years: number[];
  departments: DemoDepartment[];
  submissions: DemoSubmission[];
}

/** Defects planted on purpose, each with the finding codes the checks must raise. */
export type DemoDefectKind =
  /** （七）总计 of one applicant column does not add up: R1, R2, R3 errors. */
  | 'totalRowMismatch'
  /** 行政复议 总计 ≠ sum of its outcomes: R4 error. */
  | 'reviewTotalMismatch'
  /** 总体情况 quotes 本年新收 one lower than table 三: R10 warning. */
  | 'proseMismatch'
  /** 上年结转 ≠ last year's 结转下年度: R6 warning when checked with `previous`. */
  | 'carriedInBreak'
  /** 2019 trial tables in a report for 2021 or later: FORMAT_OUTDATED warnings. */
  | 'outdatedFormat';

export interface DemoDefect {
  kind: DemoDefectKind;
  /** Finding codes the planted defect must produce (R6 only with `previous`). */
  codes: string[];
  /** The cell that was changed, if one was. */
  metric: string | null;
  description: string;
}

/** A submission together with what was rendered into it. */
export interface DemoReport {
  /** The same object as in `city.submissions`. */
  submission: DemoSubmission;
  /** Exactly what the document contains: the values the parser must give back. */
  data: ReportData;
  layout: ReportLayout;
  /** The 发布日期 printed in the document, if any. */
  publishedOn: string | null;
  defects: DemoDefect[];
}

/** An expected department-year without any submission. */
export interface DemoGap {
  departmentCode: string;
  year: number;
  /** missing: a past year never handed in; pending: the current cycle, not yet in. */
  reason: 'missing' | 'pending';
}

export interface DemoPlan {
  city: DemoCity;
  /** The fixed "today" of the demo: 10 February after the last report year, ISO +08:00. */
  now: string;
  /** In the order of `city.submissions`. */
  reports: DemoReport[];
  gaps: DemoGap[];
}

export interface DemoCityOptions {
  seed?: number;
  /** First and last report year, both included; from 2019 (the national format). */
  years?: [number, number];
}
