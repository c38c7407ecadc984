import type { DepartmentKind } from './board';
import { DEPARTMENT_KINDS } from './board';

export type CompareView = 'line' | 'ranking' | 'multiples' | 'distribution';

export const COMPARE_VIEWS: readonly CompareView[] = [
  'line',
  'ranking',
  'multiples',
  'distribution',
];

/** Everything the compare page shows, kept in the URL so a view can be shared. */
export interface CompareState {
  metric: string;
  departments: number[];
  kinds: DepartmentKind[];
  from: number;
  to: number;
  /** The year of the ranking. */
  year: number;
  view: CompareView;
  table: boolean;
}

export type QueryValue = string | null | (string | null)[] | undefined;

function first(v: QueryValue): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s ?? undefined;
}

function intOr(
  v: QueryValue,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = Number(first(v));
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function list(v: QueryValue): string[] {
  const s = first(v);
  return s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

export const MIN_YEAR = 2008;
export const MAX_YEAR = 2039;

/** Reads the state from the URL query; anything invalid falls back to the default. */
export function parseCompareQuery(
  q: Readonly<Record<string, QueryValue>>,
  defaults: CompareState,
): CompareState {
  let from = intOr(q['from'], defaults.from, MIN_YEAR, MAX_YEAR);
  let to = intOr(q['to'], defaults.to, MIN_YEAR, MAX_YEAR);
  if (from > to) [from, to] = [to, from];
  const view = first(q['view']);
  const departments = list(q['departments'])
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  return {
    metric: first(q['metric']) || defaults.metric,
    departments: [...new Set(departments)].slice(0, 50),
    kinds: list(q['kinds']).filter((k): k is DepartmentKind =>
      (DEPARTMENT_KINDS as readonly string[]).includes(k),
    ),
    from,
    to,
    year: intOr(
      q['year'],
      Math.min(Math.max(defaults.year, from), to),
      from,
      to,
    ),
    view: COMPARE_VIEWS.includes(view as CompareView)
      ? (view as CompareView)
      : defaults.view,
    table: first(q['table']) === '1',
  };
}

/** The URL query of a state; defaults are left out to keep links short. */
export function compareQuery(
  s: CompareState,
  defaults: CompareState,
): Record<string, string> {
  const q: Record<string, string> = { metric: s.metric };
  if (s.departments.length) q['departments'] = s.departments.join(',');
  if (s.kinds.length) q['kinds'] = s.kinds.join(',');
  if (s.from !== defaults.from) q['from'] = String(s.from);
  if (s.to !== defaults.to) q['to'] = String(s.to);
  if (s.year !== defaults.year) q['year'] = String(s.year);
  if (s.view !== defaults.view) q['view'] = s.view;
  if (s.table) q['table'] = '1';
  return q;
}

/** How many departments the ranking shows, and so exports. */
export const RANKING_LIMIT = 30;

/** Query string of the server's CSV/XLSX export of what the page shows. */
export function exportUrl(
  kind: 'series' | 'ranking' | 'tidy',
  format: 'csv' | 'xlsx',
  s: CompareState,
): string {
  const p = new URLSearchParams();
  if (kind === 'ranking') {
    // The ranking shows the top departments (the chosen ones only highlighted).
    p.set('metric', s.metric);
    p.set('year', String(s.year));
    p.set('limit', String(RANKING_LIMIT));
  } else {
    p.set('metrics', s.metric);
    p.set('from', String(s.from));
    p.set('to', String(s.to));
    if (s.departments.length) p.set('departments', s.departments.join(','));
  }
  if (s.kinds.length) p.set('kinds', s.kinds.join(','));
  return `/api/exports/${kind}.${format}?${p.toString()}`;
}
