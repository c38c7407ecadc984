import { checkReport, type CheckOptions } from './checks/check-report';
import type { ParsedReport } from './model/report';
import { parseReport, type ParseOptions } from './parse-report';

export type AnalyseOptions = ParseOptions & CheckOptions;

/**
 * Parse and check in one step: the report with the reading findings followed by the
 * rule findings. This is what the CLI prints and what a submission stores.
 */
export function analyseReport(
  input: Uint8Array | string,
  options: AnalyseOptions = {},
): ParsedReport {
  const report = parseReport(input, options);
  // A page that is no report at all gets that one finding, not a list of absences.
  if (report.findings.some((f) => f.code === 'NOT_A_REPORT')) return report;
  const checkOptions: CheckOptions = {};
  if (options.previous) checkOptions.previous = options.previous;
  if (options.agencyKind) checkOptions.agencyKind = options.agencyKind;
  return {
    ...report,
    findings: [...report.findings, ...checkReport(report, checkOptions)],
  };
}
