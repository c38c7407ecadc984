import { daysLate, getMetric } from '@gongkai/disclosure-domain';
import type {
  DepartmentKind,
  Finding,
  PointStatus,
} from '@gongkai/disclosure-domain';

import type { SubmissionStatus } from '../entities';
import type { Db, SqlValue } from './db';
import type { DirectoryDepartment } from './department-directory';
import type { Lineage, ReportStore } from './report-store';
import { toFinding } from './report-store';
import { StoreError } from './store-error';
import { metricIndex, statusOfChar, valueColumn } from './value-columns';

export const MAX_SERIES_METRICS = 20;
export const MAX_PAGE = 500;
export const MAX_BOARD_PAGE = 2000;

export interface DepartmentFilter {
  /** Explicit departments; otherwise every department matching the rest. */
  departmentIds?: readonly number[] | undefined;
  kinds?: readonly DepartmentKind[] | undefined;
  parentId?: number | undefined;
  /** Name or alias contains this text. */
  search?: string | undefined;
}

export interface SeriesPoint {
  year: number;
  value: number | null;
  status: PointStatus;
  /** The department did not exist that year (before or after its active years). */
  expected: boolean;
  submissionId: number | null;
  /** Codes of the predecessors whose reports stand in for a year before a reorganisation. */
  viaPredecessors: string[];
}

export interface SeriesLine {
  metric: string;
  department: DirectoryDepartment;
  points: SeriesPoint[];
}

export interface SeriesPage {
  lines: SeriesLine[];
  totalDepartments: number;
  offset: number;
}

export interface CityTotal {
  year: number;
  metric: string;
  total: number;
  reported: number;
  blank: number;
  notApplicable: number;
  unreadable: number;
}

export interface RankingEntry {
  rank: number;
  department: DirectoryDepartment;
  value: number;
  submissionId: number;
}

export type BoardStatus =
  | 'accepted'
  | 'submittedWithErrors'
  | 'submitted'
  | 'returned'
  | 'missing'
  | 'pending'
  | 'notExpected';

export interface BoardRow {
  department: DirectoryDepartment;
  year: number;
  expected: boolean;
  status: BoardStatus;
  submitted: boolean;
  deadline: string;
  /** Received after the deadline (first version); null when nothing came in. */
  onTime: boolean | null;
  daysLate: number | null;
  firstReceivedAt: string | null;
  latestReceivedAt: string | null;
  versions: number;
  submissionId: number | null;
  errorCount: number;
  warningCount: number;
}

export interface ComplianceBoard {
  year: number;
  rows: BoardRow[];
  totalRows: number;
  counts: Record<BoardStatus, number>;
  onTime: number;
  late: number;
}

export interface FindingFilter {
  year?: number | undefined;
  departmentIds?: readonly number[] | undefined;
  codes?: readonly string[] | undefined;
  severities?: readonly Finding['severity'][] | undefined;
  /** Findings of every version, not only the counted ones. */
  allVersions?: boolean | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface FindingRow extends Finding {
  submissionId: number;
  departmentId: number;
  year: number;
  version: number;
}

const isActive = (d: DirectoryDepartment, year: number) =>
  (d.activeFrom === null || d.activeFrom <= year) &&
  (d.activeTo === null || year <= d.activeTo);

const inList = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function requireMetric(id: string): string {
  const def = getMetric(id);
  if (!def) {
    throw new StoreError(
      'INVALID_ARGUMENT',
      `没有指标 ${id}。`,
      `There is no metric ${id}.`,
    );
  }
  return def.id;
}

function checkYears(from: number, to: number): void {
  if (
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from > to ||
    to - from > 50
  ) {
    throw new StoreError(
      'INVALID_ARGUMENT',
      `年度范围 ${from}–${to} 无效。`,
      `Invalid year range ${from}–${to}.`,
    );
  }
}

/** The read side the dashboard uses. Every query reads pre-aggregates, never documents. */
export class ReportQueries {
  constructor(private readonly store: ReportStore) {}

  private get db(): Db {
    return this.store.db;
  }

  /** Departments matching a filter, in id order. */
  async selectDepartments(
    filter: DepartmentFilter,
  ): Promise<DirectoryDepartment[]> {
    const all = await this.store.departments();
    const ids = filter.departmentIds ? new Set(filter.departmentIds) : null;
    const kinds =
      filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
    const q = filter.search?.trim();
    return all.filter(
      (d) =>
        (!ids || ids.has(d.id)) &&
        (!kinds || kinds.has(d.kind)) &&
        (filter.parentId === undefined || d.parentId === filter.parentId) &&
        (!q ||
          d.name.includes(q) ||
          d.aliases.some((a) => a.includes(q)) ||
          d.code === q),
    );
  }

  /**
   * Series of metrics × departments × years, a page of departments at a time. Every
   * point says why it has no value; a year before a reorganisation is filled from the
   * predecessors' reports when `withPredecessors` is on.
   */
  async series(args: {
    metrics: readonly string[];
    departments: DepartmentFilter;
    from: number;
    to: number;
    withPredecessors?: boolean;
    offset?: number;
    limit?: number;
  }): Promise<SeriesPage> {
    checkYears(args.from, args.to);
    if (args.metrics.length === 0 || args.metrics.length > MAX_SERIES_METRICS) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        `一次可查询 1–${MAX_SERIES_METRICS} 个指标。`,
        `Ask for 1 to ${MAX_SERIES_METRICS} metrics at a time.`,
      );
    }
    const metrics = args.metrics.map(requireMetric);
    const limit = Math.min(Math.max(args.limit ?? MAX_PAGE, 1), MAX_PAGE);
    const offset = Math.max(args.offset ?? 0, 0);
    const selected = await this.selectDepartments(args.departments);
    const page = selected.slice(offset, offset + limit);
    const lineage =
      args.withPredecessors === false ? [] : await this.store.lineage();
    const predecessorsOf = new Map<number, Lineage[]>();
    for (const l of lineage) {
      const list = predecessorsOf.get(l.successorId) ?? [];
      list.push(l);
      predecessorsOf.set(l.successorId, list);
    }
    const wanted = new Set(page.map((d) => d.id));
    for (const d of page)
      for (const l of predecessorsOf.get(d.id) ?? [])
        wanted.add(l.predecessorId);
    const rows = await this.valueRows(
      [...wanted],
      metrics,
      args.from,
      args.to,
      selected.length === page.length && !args.departments.departmentIds,
    );
    const lines: SeriesLine[] = [];
    for (const d of page) {
      for (const metric of metrics) {
        const points: SeriesPoint[] = [];
        for (let year = args.from; year <= args.to; year++) {
          points.push(this.point(d, metric, year, rows, predecessorsOf));
        }
        lines.push({ metric, department: d, points });
      }
    }
    return { lines, totalDepartments: selected.length, offset };
  }

  private point(
    d: DirectoryDepartment,
    metric: string,
    year: number,
    rows: Map<string, ValueRow>,
    predecessorsOf: Map<number, Lineage[]>,
  ): SeriesPoint {
    const expected = isActive(d, year);
    const own = rows.get(`${d.id}:${year}`);
    if (own)
      return { ...pointOf(own, metric), year, expected, viaPredecessors: [] };
    // Before a reorganisation the predecessors' reports stand in, summed — but only
    // when every predecessor that existed that year reported a number: a partial
    // sum would look complete.
    const preds = (predecessorsOf.get(d.id) ?? []).filter((l) => {
      const p = this.store.directory.get(l.predecessorId);
      return year < l.year && (!p || isActive(p, year));
    });
    if (preds.length > 0) {
      let total = 0;
      const used: string[] = [];
      for (const l of preds) {
        const r = rows.get(`${l.predecessorId}:${year}`);
        const p = r ? pointOf(r, metric) : null;
        if (p?.status !== 'reported' || p.value === null) break;
        total += p.value;
        used.push(
          this.store.directory.get(l.predecessorId)?.code ??
            String(l.predecessorId),
        );
      }
      if (used.length === preds.length) {
        return {
          year,
          value: total,
          status: 'reported',
          expected,
          submissionId: null,
          viaPredecessors: used,
        };
      }
    }
    return {
      year,
      value: null,
      status: 'missingReport',
      expected,
      submissionId: null,
      viaPredecessors: [],
    };
  }

  private async valueRows(
    departmentIds: number[],
    metrics: readonly string[],
    from: number,
    to: number,
    everyDepartment: boolean,
  ): Promise<Map<string, ValueRow>> {
    const out = new Map<string, ValueRow>();
    if (departmentIds.length === 0) return out;
    const cols = metrics.map((m) => `"${valueColumn(m)}"`).join(', ');
    const base = `SELECT department_id, year, submission_id, generation, statuses, ${cols} FROM report_value WHERE year BETWEEN ? AND ?`;
    const chunks: number[][] = [];
    if (everyDepartment) chunks.push([]);
    else
      for (let i = 0; i < departmentIds.length; i += 500)
        chunks.push(departmentIds.slice(i, i + 500));
    for (const chunk of chunks) {
      const sql = chunk.length
        ? `${base} AND department_id IN (${inList(chunk.length)})`
        : base;
      const rows = await this.db.all<Record<string, unknown>>(sql, [
        from,
        to,
        ...chunk,
      ]);
      for (const r of rows) {
        out.set(
          `${Number(r['department_id'])}:${Number(r['year'])}`,
          r as ValueRow,
        );
      }
    }
    return out;
  }

  /** City totals per year for the metrics, from the pre-aggregate. */
  async cityTotals(
    metrics: readonly string[],
    from: number,
    to: number,
  ): Promise<CityTotal[]> {
    checkYears(from, to);
    const ids = metrics.map(requireMetric);
    if (ids.length === 0) return [];
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT year, metric, total, reported, blank, not_applicable, unreadable FROM city_total
       WHERE year BETWEEN ? AND ? AND metric IN (${inList(ids.length)}) ORDER BY year, metric`,
      [from, to, ...ids],
    );
    const found = new Map(
      rows.map((r) => [`${Number(r['year'])}:${String(r['metric'])}`, r]),
    );
    const out: CityTotal[] = [];
    for (let year = from; year <= to; year++) {
      for (const metric of ids) {
        const r = found.get(`${year}:${metric}`);
        out.push({
          year,
          metric,
          // Sums of 万元 amounts: round away the binary fractions deltas leave behind.
          total: r ? Math.round(Number(r['total']) * 1e6) / 1e6 : 0,
          reported: r ? Number(r['reported']) : 0,
          blank: r ? Number(r['blank']) : 0,
          notApplicable: r ? Number(r['not_applicable']) : 0,
          unreadable: r ? Number(r['unreadable']) : 0,
        });
      }
    }
    return out;
  }

  /** Departments ranked by a metric in a year; only reported numbers take part. */
  async ranking(args: {
    metric: string;
    year: number;
    kinds?: readonly DepartmentKind[] | undefined;
    ascending?: boolean | undefined;
    limit?: number | undefined;
  }): Promise<RankingEntry[]> {
    const metric = requireMetric(args.metric);
    const col = `"${valueColumn(metric)}"`;
    const limit = Math.min(Math.max(args.limit ?? 20, 1), MAX_PAGE);
    const kinds = args.kinds ?? [];
    const params: SqlValue[] = [args.year];
    let kindSql = '';
    if (kinds.length > 0) {
      kindSql = ` AND d.kind IN (${inList(kinds.length)})`;
      params.push(...kinds);
    }
    params.push(limit);
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT v.department_id, v.submission_id, v.${col} AS value FROM report_value v
       JOIN department d ON d.id = v.department_id
       WHERE v.year = ? AND v.${col} IS NOT NULL${kindSql}
       ORDER BY v.${col} ${args.ascending ? 'ASC' : 'DESC'}, v.department_id LIMIT ?`,
      params,
    );
    await this.store.refreshDirectory();
    // Equal values share a rank (1, 2, 2, 4).
    let rank = 0;
    let last: number | null = null;
    return rows.map((r, i) => {
      const value = Number(r['value']);
      if (value !== last) rank = i + 1;
      last = value;
      return {
        rank,
        value,
        submissionId: Number(r['submission_id']),
        department: this.store.directory.get(
          Number(r['department_id']),
        ) as DirectoryDepartment,
      };
    });
  }

  /** Every department expected to report for the year, with what came in and when. */
  async complianceBoard(args: {
    year: number;
    kinds?: readonly DepartmentKind[] | undefined;
    statuses?: readonly BoardStatus[] | undefined;
    includeNotExpected?: boolean | undefined;
    now?: Date | undefined;
    offset?: number | undefined;
    limit?: number | undefined;
  }): Promise<ComplianceBoard> {
    const deadlines = await this.store.deadlineDates(args.year);
    const departments = await this.selectDepartments({ kinds: args.kinds });
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT department_id, MIN(received_at) AS first_at, MAX(received_at) AS latest_at,
              CAST(COUNT(*) AS INTEGER) AS versions,
              MAX(CASE WHEN counted = 1 THEN id END) AS counted_id,
              MAX(CASE WHEN counted = 1 THEN status END) AS counted_status,
              MAX(CASE WHEN counted = 1 THEN error_count END) AS errors,
              MAX(CASE WHEN counted = 1 THEN warning_count END) AS warnings
       FROM submission WHERE year = ? GROUP BY department_id`,
      [args.year],
    );
    const byDept = new Map(rows.map((r) => [Number(r['department_id']), r]));
    const now = args.now ?? new Date();
    const all: BoardRow[] = [];
    for (const d of departments) {
      const expected = isActive(d, args.year);
      const r = byDept.get(d.id);
      if (!expected && !r && !args.includeNotExpected) continue;
      const deadline = deadlines[d.kind];
      const first = r ? String(r['first_at']) : null;
      const late = first ? daysLate(first, deadline) : null;
      const countedStatus = (r?.['counted_status'] ??
        null) as SubmissionStatus | null;
      const errors =
        r?.['errors'] === null || r?.['errors'] === undefined
          ? 0
          : Number(r['errors']);
      let status: BoardStatus;
      if (!r)
        status = !expected
          ? 'notExpected'
          : daysLate(now, deadline) > 0
            ? 'missing'
            : 'pending';
      else if (countedStatus === null) status = 'returned';
      else if (countedStatus === 'accepted') status = 'accepted';
      else status = errors > 0 ? 'submittedWithErrors' : 'submitted';
      all.push({
        department: d,
        year: args.year,
        expected,
        status,
        submitted: !!r,
        deadline,
        onTime: late === null ? null : late === 0,
        daysLate: late,
        firstReceivedAt: first,
        latestReceivedAt: r ? String(r['latest_at']) : null,
        versions: r ? Number(r['versions']) : 0,
        submissionId:
          r?.['counted_id'] === null || r?.['counted_id'] === undefined
            ? null
            : Number(r['counted_id']),
        errorCount: errors,
        warningCount:
          r?.['warnings'] === null || r?.['warnings'] === undefined
            ? 0
            : Number(r['warnings']),
      });
    }
    const counts: Record<BoardStatus, number> = {
      accepted: 0,
      submittedWithErrors: 0,
      submitted: 0,
      returned: 0,
      missing: 0,
      pending: 0,
      notExpected: 0,
    };
    let onTime = 0;
    let late = 0;
    for (const row of all) {
      counts[row.status]++;
      if (row.onTime === true) onTime++;
      if (row.onTime === false) late++;
    }
    const filtered = args.statuses?.length
      ? all.filter((r) => args.statuses?.includes(r.status))
      : all;
    const offset = Math.max(args.offset ?? 0, 0);
    const limit = Math.min(
      Math.max(args.limit ?? MAX_BOARD_PAGE, 1),
      MAX_BOARD_PAGE,
    );
    return {
      year: args.year,
      rows: filtered.slice(offset, offset + limit),
      totalRows: filtered.length,
      counts,
      onTime,
      late,
    };
  }

  /** Findings by code, severity, department and year (the counted versions unless asked). */
  async findings(
    filter: FindingFilter,
  ): Promise<{ rows: FindingRow[]; total: number }> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (!filter.allVersions) where.push('s.counted = 1');
    if (filter.year !== undefined) {
      where.push('s.year = ?');
      params.push(filter.year);
    }
    for (const [col, list] of [
      ['s.department_id', filter.departmentIds],
      ['f.code', filter.codes],
      ['f.severity', filter.severities],
    ] as const) {
      if (list && list.length > 0) {
        where.push(`${col} IN (${inList(list.length)})`);
        params.push(...list);
      }
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = `FROM finding f JOIN submission s ON s.id = f.submission_id ${w}`;
    const total = await this.db.all<{ n: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n ${from}`,
      params,
    );
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), MAX_PAGE);
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT f.*, s.department_id, s.year, s.version ${from}
       ORDER BY s.year DESC, s.department_id, s.version DESC, f.seq LIMIT ? OFFSET ?`,
      [...params, limit, Math.max(filter.offset ?? 0, 0)],
    );
    return {
      total: Number(total[0]?.n ?? 0),
      rows: rows.map((r) => ({
        ...toFinding(r),
        submissionId: Number(r['submission_id']),
        departmentId: Number(r['department_id']),
        year: Number(r['year']),
        version: Number(r['version']),
      })),
    };
  }
}

type ValueRow = Record<string, unknown>;

function pointOf(
  row: ValueRow,
  metric: string,
): { value: number | null; status: PointStatus; submissionId: number } {
  const i = metricIndex(metric) as number;
  const status = statusOfChar(String(row['statuses'])[i]);
  const submissionId = Number(row['submission_id']);
  if (status === 'number') {
    return {
      value: Number(row[valueColumn(metric)]),
      status: 'reported',
      submissionId,
    };
  }
  if (status) return { value: null, status, submissionId };
  const def = getMetric(metric);
  const gen = row['generation'];
  const notInGeneration =
    def && (gen === 'G1' || gen === 'G2') && !def.generations.includes(gen);
  return {
    value: null,
    status: notInGeneration ? 'notInGeneration' : 'blank',
    submissionId,
  };
}
