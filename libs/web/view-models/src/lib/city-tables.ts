import { leftOutOfAggregate } from '@gongkai/disclosure-domain/metrics';
import type { CoverageCounts } from '@gongkai/disclosure-domain/metrics';

// The draft city report's default government, as the server names it.
export { governmentOf } from '@gongkai/disclosure-domain/metrics';

import type { ReportLayout } from './report-layout';
import { reportLayout } from './report-layout';
import type { Locale } from './locale';
import { pick } from './locale';

/** What the `cityTables` query gives. */
export interface CityTablesInput {
  year: number;
  generation: string;
  reports: readonly { generation: string; reports: number }[];
  cells: readonly { metric: string; value: number | null; reports: number }[];
}

const TABLE_KEYS = ['proactive', 'applications', 'reviewLitigation'] as const;

/**
 * The city tables in the official layout of the year: each cell the sum of the
 * reports' numbers; a cell no report gave a number for is blank, never 0.
 */
export function cityTablesLayout(
  t: CityTablesInput,
  locale: Locale,
): ReportLayout {
  const generation = t.generation === 'G1' ? 'G1' : 'G2';
  return reportLayout(
    {
      generation,
      tables: TABLE_KEYS.map((key) => ({ key, generation })),
      cells: t.cells.map((c) => ({
        metric: c.metric,
        status: c.value === null ? 'blank' : 'number',
        value: c.value,
        raw: c.value === null ? '' : String(c.value),
        unit: null,
        location: null,
      })),
      findings: [],
    },
    locale,
  );
}

/**
 * How many reports the tables add up, how many were in the other format, and how
 * many had no readable tables (no format: they add to no cell).
 */
export function cityTablesSummary(
  t: CityTablesInput,
  locale: Locale,
): { reports: number; otherFormat: number; text: string } {
  const reports = t.reports.reduce((a, r) => a + r.reports, 0);
  const isFormat = (g: string) => g === 'G0' || g === 'G1' || g === 'G2';
  const other = t.reports.filter(
    (r) => isFormat(r.generation) && r.generation !== t.generation,
  );
  const otherFormat = other.reduce((a, r) => a + r.reports, 0);
  const noTables = t.reports
    .filter((r) => !isFormat(r.generation))
    .reduce((a, r) => a + r.reports, 0);
  const format = (g: string) =>
    g === 'G2'
      ? pick(locale, '2021 年格式', 'the 2021 format')
      : g === 'G1'
        ? pick(locale, '2019 年格式', 'the 2019 format')
        : pick(locale, '2019 年以前的格式', 'a format before 2019');
  let text = pick(
    locale,
    `${t.year} 年 ${reports} 份报告相加，按 ${format(t.generation)}排列。`,
    `${reports} reports for ${t.year} added up, laid out in ${format(t.generation)}.`,
  );
  if (otherFormat > 0) {
    const which = other
      .map((r) =>
        pick(
          locale,
          `${format(r.generation)} ${r.reports} 份`,
          `${r.reports} in ${format(r.generation)}`,
        ),
      )
      .join(pick(locale, '、', ', '));
    text += pick(
      locale,
      `其中 ${which}，只计入两种格式共有的单元格。`,
      ` Of them, ${which} count only in the cells both formats share.`,
    );
  }
  if (noTables > 0) {
    text += pick(
      locale,
      `其中 ${noTables} 份没有可读的统计表，未计入任何单元格。`,
      ` ${noTables} of them had no readable tables and add to no cell.`,
    );
  }
  return { reports, otherFormat, text };
}

/**
 * The expected departments whose reports the sums leave out (none: null), so that
 * nobody takes an incomplete aggregate for the city's.
 */
export function cityTablesCoverage(
  counts: CoverageCounts,
  acceptedOnly: boolean,
  locale: Locale,
): string | null {
  const shown = leftOutOfAggregate(counts, acceptedOnly);
  if (shown.length === 0) return null;
  return pick(
    locale,
    `不在汇总内的部门：${shown.map((r) => `${r.zh} ${r.count} 个`).join('，')}。`,
    `Departments not in these sums: ${shown.map((r) => `${r.count} ${r.en}`).join(', ')}.`,
  );
}
