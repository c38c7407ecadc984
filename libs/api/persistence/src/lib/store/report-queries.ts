import {
  daysLate,
  endOfDeadlineDay,
  getMetric,
  metricsOfGeneration,
  officialGeneration,
} from '@gongkai/disclosure-domain';
import type {
  DepartmentKind,
  Finding,
  PointStatus,
} from '@gongkai/disclosure-domain';

import type { Db, SqlValue } from './db';
import type { DirectoryDepartment } from './department-directory';
import type { Lineage, ReportStore } from './report-store';
import { toFinding } from './report-store';
import {
  INDEX_YEARS,
  CELL_ABSENT,
  CELL_BLANK,
  CELL_NOT_APPLICABLE,
  CELL_NUMBER,
  CELL_UNREADABLE,
  ReportIndex,
} from './report-index';
import { StoreError } from './store-error';
import { valueColumn } from './value-columns';

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
  /** Null when no counted report gave a number: blank is not zero. */
  total: number | null;
  reported: number;
  blank: number;
  notApplicable: number;
  unreadable: number;
}

/** One cell of the city-wide tables: the sum over the reports that gave a number. */
export interface CityTableCell {
  metric: string;
  /** Null when no report gave a number. */
  value: number | null;
  /** Reports that gave a number for the cell. */
  reports: number;
}

/** The three tables of a year summed over the counted reports of a selection. */
export interface CityTables {
  year: number;
  /** The format the year's reports are due in: the layout of the tables. */
  generation: 'G1' | 'G2';
  kinds: DepartmentKind[];
  acceptedOnly: boolean;
  /** Counted reports summed, by the format they were written in. */
  reports: { generation: string; reports: number }[];
  cells: CityTableCell[];
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

/** Rows of `generation, COUNT(*) AS reports`. */
const generationCounts = (rows: readonly Record<string, unknown>[]) =>
  rows.map((r) => ({
    generation: String(r['generation'] ?? ''),
    reports: Number(r['reports']),
  }));

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
    from < INDEX_YEARS.first ||
    to > INDEX_YEARS.last
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
  private readonly index: ReportIndex;
  /** Reused by packedSeriesMatrix: a million points are 9 MB that need not be garbage. */
  private scratch = {
    values: new Float64Array(0),
    statuses: new Uint8Array(0),
  };

  constructor(private readonly store: ReportStore) {
    this.index = new ReportIndex(store.db);
  }

  private get db(): Db {
    return this.store.db;
  }

  /** Loads the index (and these metric columns) ahead of the first read. */
  async warm(metrics: readonly string[]): Promise<void> {
    await this.index.sync(metrics.map(requireMetric));
  }

  /** Departments matching a filter, in id order. */
  async selectDepartments(
    filter: DepartmentFilter,
  ): Promise<DirectoryDepartment[]> {
    const all = await this.store.departments();
    const ids = filter.departmentIds ? new Set(filter.departmentIds) : null;
    if (
      !ids &&
      !filter.kinds?.length &&
      filter.parentId === undefined &&
      !filter.search?.trim()
    ) {
      return [...all];
    }
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
  async series(
    args: SeriesArgs & { offset?: number; limit?: number },
  ): Promise<SeriesPage> {
    const limit = Math.min(Math.max(args.limit ?? MAX_PAGE, 1), MAX_PAGE);
    const offset = Math.max(args.offset ?? 0, 0);
    const { selected, grid } = await this.grid(args, (all) =>
      all.slice(offset, offset + limit),
    );
    const lines: SeriesLine[] = [];
    grid.forEach((d, metric, points) => {
      lines.push({ metric, department: d, points });
    });
    return { lines, totalDepartments: selected, offset };
  }

  /**
   * The same points for every selected department at once, packed: values as a
   * Float64Array (NaN where there is none) and one status code per point, in the
   * order metric, department, year. For charts of thousands of departments.
   */
  async seriesMatrix(args: SeriesArgs): Promise<SeriesMatrix> {
    const { grid } = await this.grid(args, (all) => all);
    const years = args.to - args.from + 1;
    const size = grid.departments.length * grid.metrics.length * years;
    const values = new Float64Array(size);
    const statuses = new Uint8Array(size);
    grid.fill(values, statuses);
    return {
      metrics: grid.metrics,
      departments: grid.departments,
      from: args.from,
      to: args.to,
      values,
      statuses,
    };
  }

  /**
   * The matrix as the API sends it. Filling and encoding run in one synchronous
   * step after the last await, so two calls never share the scratch buffers.
   */
  async packedSeriesMatrix(args: SeriesArgs): Promise<PackedSeriesMatrix> {
    const { grid } = await this.grid(args, (all) => all);
    const size =
      grid.departments.length * grid.metrics.length * (args.to - args.from + 1);
    if (this.scratch.values.length < size) {
      this.scratch = {
        values: new Float64Array(size),
        statuses: new Uint8Array(size),
      };
    }
    const values = this.scratch.values.subarray(0, size);
    const statuses = this.scratch.statuses.subarray(0, size);
    grid.fill(values, statuses);
    return {
      metrics: grid.metrics,
      departments: grid.departments,
      from: args.from,
      to: args.to,
      ...encodeSeriesMatrix({ values, statuses }),
    };
  }

  /** Validated arguments, the selected departments and a point function over the index. */
  private async grid(
    args: SeriesArgs,
    page: (all: DirectoryDepartment[]) => DirectoryDepartment[],
  ): Promise<{ selected: number; grid: PointGrid }> {
    checkYears(args.from, args.to);
    if (args.metrics.length === 0 || args.metrics.length > MAX_SERIES_METRICS) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        `一次可查询 1–${MAX_SERIES_METRICS} 个指标。`,
        `Ask for 1 to ${MAX_SERIES_METRICS} metrics at a time.`,
      );
    }
    const metrics = [...new Set(args.metrics.map(requireMetric))];
    const all = await this.selectDepartments(args.departments);
    const departments = page(all);
    const lineage =
      args.withPredecessors === false ? [] : await this.store.lineage();
    await this.index.sync(metrics);
    return {
      selected: all.length,
      grid: new PointGrid(
        this.index,
        this.store.directory,
        metrics,
        departments,
        lineage,
        args.from,
        args.to,
      ),
    };
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
        const reported = r ? Number(r['reported']) : 0;
        out.push({
          year,
          metric,
          // Sums of 万元 amounts: round away the binary fractions deltas leave behind.
          total:
            r && reported > 0
              ? Math.round(Number(r['total']) * 1e6) / 1e6
              : null,
          reported,
          blank: r ? Number(r['blank']) : 0,
          notApplicable: r ? Number(r['not_applicable']) : 0,
          unreadable: r ? Number(r['unreadable']) : 0,
        });
      }
    }
    return out;
  }

  /**
   * The city-wide tables in the official format of the year: every cell of its
   * layout summed over the counted reports of the departments of `kinds` (all when
   * none), or over the accepted ones only. A report in the other format adds to
   * the cells both formats share. Every department: the city totals; a selection:
   * one scan of the year's value rows.
   */
  async cityTables(args: {
    year: number;
    kinds?: readonly DepartmentKind[] | undefined;
    acceptedOnly?: boolean | undefined;
  }): Promise<CityTables> {
    const generation = Number.isInteger(args.year)
      ? officialGeneration(args.year)
      : null;
    if (generation === null || args.year > INDEX_YEARS.last) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        `${args.year} 年没有统一的统计表格式（2019 年起）。`,
        `${args.year} has no national table format (from 2019 on).`,
      );
    }
    const metrics = metricsOfGeneration(generation);
    const kinds = [...new Set(args.kinds ?? [])];
    const tables = {
      year: args.year,
      generation,
      kinds,
      acceptedOnly: args.acceptedOnly ?? false,
    };
    if (kinds.length === 0 && !tables.acceptedOnly) {
      // Every department: the city totals kept with each write, no scan.
      const [totals, reports] = await Promise.all([
        this.cityTotals(metrics, args.year, args.year),
        this.db.all<Record<string, unknown>>(
          `SELECT generation, COUNT(*) AS reports FROM report_value
           WHERE year = ? AND submission_id IS NOT NULL GROUP BY generation ORDER BY generation`,
          [args.year],
        ),
      ]);
      return {
        ...tables,
        reports: generationCounts(reports),
        cells: totals.map((t) => ({
          metric: t.metric,
          value: t.reported > 0 ? t.total : null,
          reports: t.reported,
        })),
      };
    }
    const where = ['rv.year = ?', 'rv.submission_id IS NOT NULL'];
    const params: SqlValue[] = [args.year];
    if (kinds.length > 0) {
      where.push(`d.kind IN (${inList(kinds.length)})`);
      params.push(...kinds);
    }
    if (args.acceptedOnly) where.push("rv.counted_status = 'accepted'");
    const sums = metrics
      .map((m, i) => {
        const c = `rv."${valueColumn(m)}"`;
        return `SUM(${c}) AS s${i}, COUNT(${c}) AS n${i}`;
      })
      .join(', ');
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT rv.generation AS generation, COUNT(*) AS reports, ${sums}
       FROM report_value rv JOIN department d ON d.id = rv.department_id
       WHERE ${where.join(' AND ')} GROUP BY rv.generation ORDER BY rv.generation`,
      params,
    );
    return {
      ...tables,
      reports: generationCounts(rows),
      cells: metrics.map((metric, i) => {
        let value = 0;
        let reports = 0;
        for (const r of rows) {
          reports += Number(r[`n${i}`]);
          value += Number(r[`s${i}`] ?? 0);
        }
        return {
          metric,
          // Sums of 万元 amounts: round away binary fractions, as the city totals do.
          value: reports > 0 ? Math.round(value * 1e6) / 1e6 : null,
          reports,
        };
      }),
    };
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
    const limit = Math.min(Math.max(args.limit ?? 20, 1), MAX_PAGE);
    const departments = await this.selectDepartments({ kinds: args.kinds });
    await this.index.sync([metric]);
    const { values, cells } = this.index.column(metric);
    const found: { d: DirectoryDepartment; value: number; slot: number }[] = [];
    for (const d of departments) {
      const slot = this.index.slot(d.id, args.year);
      if (slot < 0 || this.index.submissionId[slot] === 0) continue;
      if (cells[slot] !== CELL_NUMBER) continue;
      found.push({ d, value: values[slot] as number, slot });
    }
    const sign = args.ascending ? 1 : -1;
    found.sort((a, b) => sign * (a.value - b.value) || a.d.id - b.d.id);
    // Equal values share a rank (1, 2, 2, 4).
    let rank = 0;
    let last: number | null = null;
    return found.slice(0, limit).map((f, i) => {
      if (f.value !== last) rank = i + 1;
      last = f.value;
      return {
        rank,
        value: f.value,
        submissionId: this.index.submissionId[f.slot] as number,
        department: f.d,
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
    await this.index.sync();
    const ix = this.index;
    const now = args.now ?? new Date();
    // Per kind, once: a first version before this instant came in on time, and
    // after it a report not in yet is overdue.
    const deadlineEnds = {
      cityDepartment: endOfDeadlineDay(deadlines.cityDepartment),
      district: endOfDeadlineDay(deadlines.district),
      township: endOfDeadlineDay(deadlines.township),
      other: endOfDeadlineDay(deadlines.other),
    };
    const counts: Record<BoardStatus, number> = {
      accepted: 0,
      submittedWithErrors: 0,
      submitted: 0,
      returned: 0,
      missing: 0,
      pending: 0,
      notExpected: 0,
    };
    const wanted = args.statuses?.length ? new Set(args.statuses) : null;
    const listed: {
      d: DirectoryDepartment;
      slot: number;
      status: BoardStatus;
      expected: boolean;
    }[] = [];
    let onTime = 0;
    let late = 0;
    for (const d of departments) {
      const expected = isActive(d, args.year);
      const slot = ix.slot(d.id, args.year);
      const has = slot >= 0 && ix.present[slot] === 1;
      if (!expected && !has && !args.includeNotExpected) continue;
      let status: BoardStatus;
      if (!has) {
        status = !expected
          ? 'notExpected'
          : now.getTime() >= deadlineEnds[d.kind]
            ? 'missing'
            : 'pending';
      } else {
        const counted = ix.countedStatusAt(slot);
        if (counted === null) status = 'returned';
        else if (counted === 'accepted') status = 'accepted';
        else
          status =
            (ix.errors[slot] ?? 0) > 0 ? 'submittedWithErrors' : 'submitted';
        if ((ix.firstReceived[slot] as number) < deadlineEnds[d.kind]) onTime++;
        else late++;
      }
      counts[status]++;
      if (!wanted || wanted.has(status))
        listed.push({ d, slot, status, expected });
    }
    const offset = Math.max(args.offset ?? 0, 0);
    const limit = Math.min(
      Math.max(args.limit ?? MAX_BOARD_PAGE, 1),
      MAX_BOARD_PAGE,
    );
    const rows = listed
      .slice(offset, offset + limit)
      .map(({ d, slot, status, expected }): BoardRow => {
        const has = slot >= 0 && ix.present[slot] === 1;
        const deadline = deadlines[d.kind];
        const first = has
          ? new Date(ix.firstReceived[slot] as number).toISOString()
          : null;
        const lateDays = first ? daysLate(first, deadline) : null;
        const counted = has ? ix.submissionId[slot] : 0;
        return {
          department: d,
          year: args.year,
          expected,
          status,
          submitted: has,
          deadline,
          onTime: lateDays === null ? null : lateDays === 0,
          daysLate: lateDays,
          firstReceivedAt: first,
          latestReceivedAt: has
            ? new Date(ix.latestReceived[slot] as number).toISOString()
            : null,
          versions: has ? (ix.versions[slot] as number) : 0,
          submissionId: counted ? (counted as number) : null,
          errorCount: has ? Math.max(0, ix.errors[slot] as number) : 0,
          warningCount: has ? Math.max(0, ix.warnings[slot] as number) : 0,
        };
      });
    return {
      year: args.year,
      rows,
      totalRows: listed.length,
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

/** The point statuses in the order of their codes in a SeriesMatrix. */
export const POINT_STATUSES: readonly PointStatus[] = [
  'reported',
  'blank',
  'notApplicable',
  'unreadable',
  'notInGeneration',
  'missingReport',
];

export interface SeriesArgs {
  metrics: readonly string[];
  departments: DepartmentFilter;
  from: number;
  to: number;
  withPredecessors?: boolean | undefined;
}

export interface SeriesMatrix {
  metrics: string[];
  departments: DirectoryDepartment[];
  from: number;
  to: number;
  /** metric-major, then department, then year; NaN where there is no value. */
  values: Float64Array;
  /** One ASCII letter of POINT_STATUS_LETTERS per point, same order as values. */
  statuses: Uint8Array;
}

/** A SeriesMatrix in its wire form (see encodeSeriesMatrix). */
export interface PackedSeriesMatrix extends Omit<
  SeriesMatrix,
  'values' | 'statuses'
> {
  values: string;
  statuses: string;
}

/** One ASCII letter per point status, in the order of POINT_STATUSES. */
export const POINT_STATUS_LETTERS = 'rbxugm';

/**
 * The wire form of a matrix: values as base64 of little-endian float64, statuses as
 * one letter per point (see POINT_STATUS_LETTERS).
 */
export function encodeSeriesMatrix(
  m: Pick<SeriesMatrix, 'values' | 'statuses'>,
): {
  values: string;
  statuses: string;
} {
  return {
    values: Buffer.from(
      m.values.buffer,
      m.values.byteOffset,
      m.values.byteLength,
    ).toString('base64'),
    statuses: Buffer.from(
      m.statuses.buffer,
      m.statuses.byteOffset,
      m.statuses.byteLength,
    ).toString('latin1'),
  };
}

const CELL_STATUS: Record<number, PointStatus> = {
  [CELL_NUMBER]: 'reported',
  [CELL_BLANK]: 'blank',
  [CELL_NOT_APPLICABLE]: 'notApplicable',
  [CELL_UNREADABLE]: 'unreadable',
};

const NONE: string[] = [];

/** A point status as the letter a SeriesMatrix carries. */
const letterOf = (st: PointStatus): number =>
  POINT_STATUS_LETTERS.charCodeAt(POINT_STATUSES.indexOf(st));

/**
 * A metric's point status for a counted report's cell: by the stored cell, and for
 * a cell the report does not have, by the report's format generation.
 */
interface StatusTables {
  ofCell: readonly PointStatus[];
  ofAbsent: readonly PointStatus[];
}

function statusTables(metric: string): StatusTables {
  const has = getMetric(metric)?.generations ?? [];
  return {
    // Index = the stored cell code (0, absent, goes to ofAbsent instead).
    ofCell: [0, 1, 2, 3, 4].map((c) => CELL_STATUS[c] ?? 'blank'),
    // Index = the index's generation code: null, G0, G1, G2.
    ofAbsent: [null, 'G0', 'G1', 'G2'].map((g) =>
      (g === 'G1' || g === 'G2') && !has.includes(g)
        ? 'notInGeneration'
        : 'blank',
    ),
  };
}

/** The index's arrays and one metric's column, as `fillColumn` reads them. */
interface ColumnSource {
  firstSlot: Int32Array;
  nYears: number;
  yearStride: number;
  counted: Int32Array;
  generation: Uint8Array;
  cells: Uint8Array;
  numbers: Float64Array;
  /** StatusTables as letters. */
  ofCell: Uint8Array;
  ofAbsent: Uint8Array;
  /** The letter where the department-year has no counted report. */
  missing: number;
}

/**
 * One metric's points of every department into `values`/`statuses` from `at` on:
 * typed arrays only, so that the loop over a million points stays a tight one.
 */
function fillColumn(
  values: Float64Array,
  statuses: Uint8Array,
  at: number,
  source: ColumnSource,
): void {
  const { firstSlot, nYears, yearStride, counted, generation } = source;
  const { cells, numbers, ofCell, ofAbsent, missing } = source;
  // Compiled imports are read through getters: bound once.
  const number = CELL_NUMBER;
  const absent = CELL_ABSENT;
  let i = at;
  for (let d = 0; d < firstSlot.length; d++) {
    const first = firstSlot[d] as number;
    for (let k = 0; k < nYears; k++, i++) {
      const slot = first < 0 ? -1 : first + k * yearStride;
      if (slot >= 0 && counted[slot] !== 0) {
        const cell = cells[slot] as number;
        values[i] = cell === number ? (numbers[slot] as number) : NaN;
        statuses[i] =
          cell === absent
            ? (ofAbsent[generation[slot] as number] as number)
            : (ofCell[cell] as number);
      } else {
        values[i] = NaN;
        statuses[i] = missing;
      }
    }
  }
}

/** Points of a set of metrics and departments, read from the index. */
class PointGrid {
  private readonly predecessorsOf = new Map<number, Lineage[]>();
  private readonly tables: Map<string, StatusTables>;
  /** The index's layout the grid was made in: slots are read now, after its sync. */
  private readonly layout: number;

  constructor(
    private readonly index: ReportIndex,
    private readonly directory: ReportStore['directory'],
    readonly metrics: string[],
    readonly departments: DirectoryDepartment[],
    lineage: readonly Lineage[],
    private readonly from: number,
    private readonly to: number,
  ) {
    for (const l of lineage) {
      const list = this.predecessorsOf.get(l.successorId) ?? [];
      list.push(l);
      this.predecessorsOf.set(l.successorId, list);
    }
    this.tables = new Map(metrics.map((m) => [m, statusTables(m)]));
    this.layout = index.layout;
  }

  /** Slots moved since the grid was made: reading on would give other departments' numbers. */
  private checkLayout(): void {
    if (this.index.layout !== this.layout) {
      throw new Error('the report index grew while a read was using it');
    }
  }

  /**
   * Every point into packed arrays (metric, department, year). Reported cells are
   * read straight from the columns (`fillColumn`); only the points of departments
   * without a report of their own that have predecessors go through `point`.
   */
  fill(values: Float64Array, statuses: Uint8Array): void {
    this.checkLayout();
    const ix = this.index;
    const nYears = this.to - this.from + 1;
    const departments = this.departments;
    // checkYears keeps from..to inside the index's years.
    const firstSlot = Int32Array.from(departments, (d) =>
      ix.slot(d.id, this.from),
    );
    const missing = letterOf('missingReport');
    const withPredecessors = departments.flatMap((d, k) =>
      this.predecessorsOf.has(d.id) ? [k] : [],
    );
    let i = 0;
    for (const metric of this.metrics) {
      const { cells, values: numbers } = ix.column(metric);
      const t = this.tables.get(metric) as StatusTables;
      fillColumn(values, statuses, i, {
        firstSlot,
        nYears,
        yearStride: ix.yearStride,
        counted: ix.submissionId,
        generation: ix.generation,
        cells,
        numbers,
        ofCell: Uint8Array.from(t.ofCell, letterOf),
        ofAbsent: Uint8Array.from(t.ofAbsent, letterOf),
        missing,
      });
      // Where a department has no report of its own, its predecessors may stand in.
      for (const d of withPredecessors) {
        for (let k = 0; k < nYears; k++) {
          const at = i + d * nYears + k;
          if (statuses[at] !== missing) continue;
          const p = this.point(
            departments[d] as DirectoryDepartment,
            metric,
            this.from + k,
          );
          values[at] = p.value ?? NaN;
          statuses[at] = letterOf(p.status);
        }
      }
      i += departments.length * nYears;
    }
  }

  forEach(
    fn: (d: DirectoryDepartment, metric: string, points: SeriesPoint[]) => void,
  ): void {
    for (const d of this.departments) {
      for (const metric of this.metrics) {
        const points: SeriesPoint[] = [];
        for (let year = this.from; year <= this.to; year++)
          points.push(this.point(d, metric, year));
        fn(d, metric, points);
      }
    }
  }

  /** The counted report's cell, or null when the department-year has no counted report. */
  private own(departmentId: number, metric: string, year: number) {
    this.checkLayout();
    const slot = this.index.slot(departmentId, year);
    if (slot < 0 || this.index.submissionId[slot] === 0) return null;
    const { values, cells } = this.index.column(metric);
    const cell = cells[slot] as number;
    const t = this.tables.get(metric) as StatusTables;
    // The same tables as fillColumn's.
    const status =
      cell === CELL_ABSENT
        ? (t.ofAbsent[this.index.generation[slot] as number] as PointStatus)
        : (t.ofCell[cell] as PointStatus);
    return {
      value: cell === CELL_NUMBER ? (values[slot] as number) : null,
      status,
      submissionId: this.index.submissionId[slot] as number,
    };
  }

  point(d: DirectoryDepartment, metric: string, year: number): SeriesPoint {
    const expected = isActive(d, year);
    const own = this.own(d.id, metric, year);
    if (own) {
      return {
        year,
        value: own.value,
        status: own.status,
        expected,
        submissionId: own.submissionId,
        viaPredecessors: NONE,
      };
    }
    // Before a reorganisation the predecessors' reports stand in, summed — but only
    // when every predecessor that existed that year reported a number: a partial
    // sum would look complete.
    const preds = (this.predecessorsOf.get(d.id) ?? []).filter((l) => {
      const p = this.directory.get(l.predecessorId);
      return year < l.year && (!p || isActive(p, year));
    });
    if (preds.length > 0) {
      let total = 0;
      const used: string[] = [];
      for (const l of preds) {
        const p = this.own(l.predecessorId, metric, year);
        if (p?.status !== 'reported' || p.value === null) break;
        total += p.value;
        used.push(
          this.directory.get(l.predecessorId)?.code ?? String(l.predecessorId),
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
      viaPredecessors: NONE,
    };
  }
}
