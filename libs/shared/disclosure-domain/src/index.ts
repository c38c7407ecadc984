export * from './lib/model/report';
export * from './lib/model/report-view';
export * from './lib/metrics/metric-registry';
export * from './lib/metrics/derived-metrics';
export * from './lib/text/normalize';
export * from './lib/text/parse-value';
export { DocumentReadError } from './lib/readers/document-read-error';
export type { DocumentReadErrorCode } from './lib/readers/document-read-error';
export { parseReport } from './lib/parse-report';
export { docxOutline } from './lib/readers/docx-outline';
export type { OutlineBlock, OutlineCell } from './lib/readers/docx-outline';
export type { ParseOptions } from './lib/parse-report';
export { analyseReport } from './lib/analyse-report';
export { FINDING_CODES } from './lib/finding-codes';
export type { FindingCodeInfo } from './lib/model/read-codes';
export type { AnalyseOptions } from './lib/analyse-report';
export {
  checkReport,
  checkIntrinsic,
  checkInContext,
  CONTEXT_CHECK_METRICS,
  mergeChecks,
  checkAggregate,
  CHECK_CODES,
} from './lib/checks/check-report';
export type {
  CheckOptions,
  CheckCode,
  CheckCodeInfo,
  AgencyKind,
} from './lib/checks/check-report';
export { checkFiling } from './lib/checks/filing-checks';
export {
  renderReport,
  renderReportDocx,
  REPORT_LAYOUTS,
} from './lib/writer/render-report';
export type {
  RenderOptions,
  ReportLayout,
  TextLayout,
} from './lib/writer/render-report';
export { tablesOf } from './lib/writer/table-templates';
export type {
  GenerationTables,
  TableTemplate,
  TemplateCell,
} from './lib/writer/table-templates';
export { SECTION_NAMES } from './lib/model/sections';
export * from './lib/cycle';
