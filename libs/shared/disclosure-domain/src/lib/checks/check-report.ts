import type { Finding, ParsedReport } from '../model/report';
import { compareWithParts } from './aggregate-checks';
import { checkArithmetic } from './arithmetic-checks';
import { BlankAsZeroNotes } from './blank-notes';
import { orderFindings } from './check-codes';
import { checkCrossYear, CROSS_YEAR_METRICS } from './cross-year-checks';
import { checkFeeReporting, checkProse } from './prose-checks';
import { registryCells } from './registry-cells';
import type { AgencyKind } from './rule-making-power';
import { checkRuleMaking, G2_RULE_METRICS } from './rule-making-power';
import { checkStructure } from './structure-checks';
import { checkValues } from './value-checks';

export { CHECK_CODES } from './check-codes';
export type { CheckCode, CheckCodeInfo } from './check-codes';
export type { AgencyKind } from './rule-making-power';

export interface CheckOptions {
  /** The same agency's report for the year before (enables R6–R8). */
  previous?: ParsedReport;
  /** Agency kind if known; otherwise inferred from the agency name (R13). */
  agencyKind?: AgencyKind;
}

/**
 * Consistency and completeness checks of one parsed report (annual-report-format.md
 * §8 R1–R11, R13 and the §9.2 format and completeness defects). Pure and
 * deterministic: findings come in the order of `CHECK_CODES`, then in the order of
 * the official tables. The same as `mergeChecks(checkIntrinsic(report),
 * checkInContext(report, options))`.
 */
export function checkReport(
  report: ParsedReport,
  options: CheckOptions = {},
): Finding[] {
  return mergeChecks(checkIntrinsic(report), checkInContext(report, options));
}

/**
 * The checks that need the report alone: all but R6–R8 (the year before) and R13
 * (the agency's kind). A bulk import runs them where it parses, off the thread that
 * writes. Ordered as `checkReport` orders.
 */
export function checkIntrinsic(report: ParsedReport): Finding[] {
  const notes = new BlankAsZeroNotes();
  // Each registry cell looked up once, for R1–R5.
  const cells = registryCells(report.values);
  // In this order: the blank-as-zero notes are complete once R1–R4 have run.
  const findings = checkStructure(report);
  append(findings, checkArithmetic(report, notes, cells));
  append(findings, checkValues(report, cells));
  append(findings, notes.toFindings());
  append(findings, checkProse(report));
  append(findings, checkFeeReporting(report));
  return orderFindings(findings);
}

/** The metrics `checkInContext` reads, in the report and in the year before. */
export const CONTEXT_CHECK_METRICS: readonly string[] = [
  ...new Set([...CROSS_YEAR_METRICS, ...G2_RULE_METRICS]),
];

/**
 * R6–R8 against the year before (when given) and R13. They read only the year, the
 * agency, and the status, number and location of CONTEXT_CHECK_METRICS.
 */
export function checkInContext(
  report: ParsedReport,
  options: CheckOptions = {},
): Finding[] {
  const findings = options.previous
    ? checkCrossYear(report, options.previous)
    : [];
  append(findings, checkRuleMaking(report, options.agencyKind));
  return findings;
}

/** The findings of both parts in `checkReport`'s order. */
export function mergeChecks(
  intrinsic: readonly Finding[],
  inContext: readonly Finding[],
): Finding[] {
  // Their codes differ: the order within each code is kept by the stable sort.
  return orderFindings([...intrinsic, ...inContext]);
}

function append(out: Finding[], more: readonly Finding[]): void {
  for (const f of more) out.push(f);
}

/** R12: the part reports (departments, subordinate governments) against their aggregate. */
export function checkAggregate(
  aggregate: ParsedReport,
  parts: readonly ParsedReport[],
): Finding[] {
  return orderFindings(compareWithParts(aggregate, parts));
}
