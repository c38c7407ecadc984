/**
 * Dates of the demo in Beijing time. Days are `yyyy-mm-dd` strings and arithmetic is
 * done on UTC midnights, so nothing depends on the machine's time zone or clock.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

function toUtcMidnight(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Invalid day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMidnight(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(day: string, days: number): string {
  return fromUtcMidnight(toUtcMidnight(day) + days * DAY_MS);
}

function isWeekend(day: string): boolean {
  const weekday = new Date(toUtcMidnight(day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Offices hand in and review on working days: move a weekend day back to Friday. */
export function workdayOnOrBefore(day: string): string {
  let d = day;
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

/** … or forward to Monday (used for late days, so they stay late). */
export function workdayOnOrAfter(day: string): string {
  let d = day;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** ISO 8601 in Beijing time, e.g. `2024-01-25T10:32:00+08:00`. */
export function beijingTime(day: string, minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${day}T${pad(h)}:${pad(m)}:00+08:00`;
}

/** The Beijing day of an ISO time written by `beijingTime`. */
export function dayOf(time: string): string {
  return time.slice(0, 10);
}

/** Milliseconds since the epoch, for ordering ISO times with offsets. */
export function instant(time: string): number {
  const t = Date.parse(time);
  if (Number.isNaN(t)) throw new RangeError(`Invalid time: ${time}`);
  return t;
}
