import type { DepartmentKind } from './department-kind';

/** A deadline as month and day of the year after the report year. */
export interface MonthDay {
  month: number;
  day: number;
}

export type DeadlineRules = Readonly<Record<DepartmentKind, MonthDay>>;

/**
 * 条例 第四十九条: departments hand in by 31 January; a government-level report (a
 * district or county government) is published by 31 March. Townships and other bodies
 * are set locally: 31 January here, configurable. Before the 2019 regulation every
 * report was due on 31 March.
 */
export const DEFAULT_DEADLINES: DeadlineRules = {
  cityDepartment: { month: 1, day: 31 },
  district: { month: 3, day: 31 },
  township: { month: 1, day: 31 },
  other: { month: 1, day: 31 },
};

const LEGACY_DEADLINE: MonthDay = { month: 3, day: 31 };

const pad = (n: number) => String(n).padStart(2, '0');

/** The due date (yyyy-mm-dd, Beijing time) of the report for `year` by a body of `kind`. */
export function deadlineFor(
  year: number,
  kind: DepartmentKind,
  rules: Partial<DeadlineRules> = {},
): string {
  const md =
    year <= 2018 ? LEGACY_DEADLINE : (rules[kind] ?? DEFAULT_DEADLINES[kind]);
  return `${year + 1}-${pad(md.month)}-${pad(md.day)}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Deadlines are days in China Standard Time (UTC+8, no daylight saving). */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The instant (ms) a deadline day ends in Beijing: anything before it is on time. */
export function endOfDeadlineDay(deadline: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (!m) throw new RangeError(`Invalid deadline: ${deadline}`);
  return (
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1) - CST_OFFSET_MS
  );
}

/**
 * Whole days after the deadline a submission arrived (0 when on time). A report
 * received at any time on the deadline day, Beijing time, is on time.
 */
export function daysLate(receivedAt: Date | string, deadline: string): number {
  const received =
    typeof receivedAt === 'string' ? new Date(receivedAt) : receivedAt;
  const t = received.getTime();
  if (Number.isNaN(t))
    throw new RangeError(`Invalid received time: ${String(receivedAt)}`);
  const end = endOfDeadlineDay(deadline);
  if (t < end) return 0;
  return Math.floor((t - end) / DAY_MS) + 1;
}
