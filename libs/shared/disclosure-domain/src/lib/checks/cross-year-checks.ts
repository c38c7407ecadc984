import {
  APPLICATION_COLUMNS,
  PROACTIVE_SUBTABLES,
  applicationMetric,
} from '../metrics/metric-registry';
import type { Finding, ParsedReport } from '../model/report';
import { makeFinding } from './check-codes';
import {
  blankNote,
  evaluate,
  formatSum,
  notApplicableNote,
  term,
} from './equation';
import { formatNumber } from './labels';

function numberOf(report: ParsedReport, metric: string): number | null {
  const cell = report.values[metric];
  return cell?.status === 'number' ? cell.value : null;
}

/*
 * Metric ids are built once here: a key made afresh for every lookup must be hashed
 * and interned again each time.
 */

const R6_COLUMNS = APPLICATION_COLUMNS.map((col) => ({
  col,
  now: applicationMetric('carriedIn', col.key),
  before: applicationMetric('carriedForward', col.key),
}));

/** R6: carried over this year = carried forward in last year's report (warning). */
function r6(report: ParsedReport, previous: ParsedReport): Finding[] {
  const out: Finding[] = [];
  const prevYear = String(previous.year);
  for (const { col, now: nowId, before: beforeId } of R6_COLUMNS) {
    const now = term(report, nowId);
    const before = term(previous, beforeId);
    const ev = evaluate([now], [before]);
    if (ev.outcome !== 'fails') continue;
    const l = { zh: formatSum([now], 'zh'), en: formatSum([now], 'en') };
    const r = { zh: formatSum([before], 'zh'), en: formatSum([before], 'en') };
    out.push(
      makeFinding(
        'R6',
        `${col.zh}列：上年结转政府信息公开申请数量（${l.zh}）不等于${prevYear}年度报告的结转下年度继续办理（${r.zh}）${blankNote(ev.blanks, 'zh')}${notApplicableNote(ev.notApplicable, 'zh')}；机构改革、数据更正等可能造成合理差异`,
        `Column ${col.en}: carried over from last year (${l.en}) does not equal carried forward in the ${prevYear} report (${r.en})${blankNote(ev.blanks, 'en')}${notApplicableNote(ev.notApplicable, 'en')}; reorganisations or corrected figures can explain a difference`,
        {
          metric: now.metric,
          metrics: [now.metric, before.metric],
          location: now.cell?.location ?? null,
        },
      ),
    );
  }
  return out;
}

const R7_ROWS = (
  PROACTIVE_SUBTABLES.find((s) => s.generation === 'G2' && s.item === '一')
    ?.rows ?? []
).map((row) => ({
  row,
  inForce: `proactive.${row.key}.inForce`,
  issued: `proactive.${row.key}.issued`,
  repealed: `proactive.${row.key}.repealed`,
}));

/** R7 (G2 heuristic): in force = last year's in force + issued − repealed (info). */
function r7(report: ParsedReport, previous: ParsedReport): Finding[] {
  const out: Finding[] = [];
  for (const {
    row,
    inForce: inForceId,
    issued: issuedId,
    repealed: repealedId,
  } of R7_ROWS) {
    const inForce = numberOf(report, inForceId);
    const before = numberOf(previous, inForceId);
    const issued = numberOf(report, issuedId);
    const repealed = numberOf(report, repealedId);
    // A heuristic on blank or `/` cells would only produce noise.
    if (
      inForce === null ||
      before === null ||
      issued === null ||
      repealed === null
    ) {
      continue;
    }
    const expected = before + issued - repealed;
    if (inForce === expected) continue;
    const sum = `${formatNumber(before)}+${formatNumber(issued)}−${formatNumber(repealed)}=${formatNumber(expected)}`;
    out.push(
      makeFinding(
        'R7',
        `${row.zh}：现行有效件数（${formatNumber(inForce)}）不等于上年现行有效件数加本年制发件数减本年废止件数（${sum}）；修订、清理和统计口径可能造成差异`,
        `${row.en}: in force (${formatNumber(inForce)}) does not equal last year's in force + issued − repealed (${sum}); amendments, reviews and counting conventions can explain a difference`,
        {
          metric: inForceId,
          metrics: [inForceId, issuedId, repealedId],
          location: report.values[inForceId]?.location ?? null,
        },
      ),
    );
  }
  return out;
}

const R8_ROWS = PROACTIVE_SUBTABLES.filter(
  (s) =>
    s.generation === 'G1' && s.columns.some((c) => c.key === 'previousItems'),
)
  .flatMap((s) => s.rows)
  .map((row) => ({
    row,
    items: `proactive.${row.key}.previousItems`,
    change: `proactive.${row.key}.itemChange`,
  }));

/** R8 (G1 heuristic): items last year = last report's items + its change (info). */
function r8(report: ParsedReport, previous: ParsedReport): Finding[] {
  const out: Finding[] = [];
  for (const { row, items: itemsId, change: changeId } of R8_ROWS) {
    const items = numberOf(report, itemsId);
    const before = numberOf(previous, itemsId);
    const change = numberOf(previous, changeId);
    if (items === null || before === null || change === null) continue;
    const expected = before + change;
    if (items === expected) continue;
    const sign = change < 0 ? '' : '+';
    const sum = `${formatNumber(before)}${sign}${formatNumber(change)}=${formatNumber(expected)}`;
    out.push(
      makeFinding(
        'R8',
        `${row.zh}：上一年项目数量（${formatNumber(items)}）不等于${String(previous.year)}年度报告的上一年项目数量加本年增/减（${sum}）`,
        `${row.en}: items last year (${formatNumber(items)}) does not equal the ${String(previous.year)} report's items plus its change (${sum})`,
        {
          metric: itemsId,
          metrics: [itemsId, changeId],
          location: report.values[itemsId]?.location ?? null,
        },
      ),
    );
  }
  return out;
}

/** Every metric R6–R8 read, in either report. */
export const CROSS_YEAR_METRICS: readonly string[] = [
  ...new Set([
    ...R6_COLUMNS.flatMap((c) => [c.now, c.before]),
    ...R7_ROWS.flatMap((r) => [r.inForce, r.issued, r.repealed]),
    ...R8_ROWS.flatMap((r) => [r.items, r.change]),
  ]),
];

/** R6–R8, run only when `previous` is the report of the year before. */
export function checkCrossYear(
  report: ParsedReport,
  previous: ParsedReport,
): Finding[] {
  if (
    report.year === null ||
    previous.year === null ||
    previous.year !== report.year - 1
  ) {
    const years = `${previous.year ?? '未知'}/${report.year ?? '未知'}`;
    const yearsEn = `${previous.year ?? 'unknown'}/${report.year ?? 'unknown'}`;
    return [
      makeFinding(
        'PREVIOUS_NOT_PRIOR_YEAR',
        `用于对比的报告不是本报告上一年度的报告（对比报告/本报告年度：${years}），未进行跨年度核对`,
        `The comparison report is not the previous year's report (comparison/this report: ${yearsEn}); cross-year checks were not run`,
      ),
    ];
  }
  return [
    ...r6(report, previous),
    ...r7(report, previous),
    ...r8(report, previous),
  ];
}
