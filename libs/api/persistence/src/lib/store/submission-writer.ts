import { agencyKey, checkReport } from '@gongkai/disclosure-domain';
import type {
  AgencyKind,
  DepartmentKind,
  Finding,
  ParsedReport,
} from '@gongkai/disclosure-domain';

import type { SubmissionStatus } from '../entities';
import type { AnalysedDocument } from './analyse-document';
import { sha256 } from './analyse-document';
import type { Db, SqlValue, Tx } from './db';
import type {
  DirectoryDepartment,
  DepartmentDirectory,
} from './department-directory';
import { departmentOfRow, guessDepartmentKind } from './department-directory';
import { StoreError } from './store-error';
import {
  VALUE_COLUMNS,
  VALUE_METRICS,
  packValues,
  statusOfChar,
} from './value-columns';

export const MIN_REPORT_YEAR = 2008;

export interface IncomingSubmission {
  analysed: AnalysedDocument;
  content: Uint8Array;
  fileName: string;
  mediaType: string;
  /** Given by the caller; otherwise taken from the document. */
  year?: number | undefined;
  /** Code, name or alias; otherwise the agency the document names. */
  department?: string | undefined;
  submittedBy: string;
  /** ISO 8601; now when absent. */
  receivedAt?: string | undefined;
  /** Create a department the document names when none matches (bulk import). */
  createDepartment?: boolean | undefined;
  /** A review already made (the demo city's history). */
  review?: {
    action: 'accept' | 'return';
    comment: string;
    at: string;
    by: string;
  } | null;
}

export type SubmissionOutcome =
  | {
      kind: 'created' | 'unchanged';
      submissionId: number;
      departmentId: number;
      departmentName: string;
      year: number;
      version: number;
      errorCount: number;
      warningCount: number;
      createdDepartment: boolean;
    }
  | { kind: 'failed'; error: StoreError };

export const AGENCY_KIND: Record<DepartmentKind, AgencyKind> = {
  cityDepartment: 'department',
  district: 'government',
  township: 'township',
  other: 'other',
};

/** The model kept with a submission: the parsed report without its findings. */
export function storedModel(report: ParsedReport): string {
  const { findings: _findings, ...rest } = report;
  return JSON.stringify(rest);
}

const iso = (t: string | undefined) =>
  (t ? new Date(t) : new Date()).toISOString();

const counts = (findings: readonly Finding[]) => {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
};

/** Changes of the city totals, by `year * 1000 + metric index` (so sorting orders them). */
type CityDeltas = Map<number, CityDelta>;

interface CityDelta {
  total: number;
  reported: number;
  blank: number;
  notApplicable: number;
  unreadable: number;
}

/**
 * Writes submissions: the version, its findings, the values of the version that
 * counts and the city totals, all in one transaction per batch. A batch that fails
 * as a whole is written again one submission at a time, so that one bad document
 * never costs the others.
 */
export class SubmissionWriter {
  constructor(
    private readonly db: Db,
    private readonly directory: DepartmentDirectory,
  ) {}

  async write(
    batch: readonly IncomingSubmission[],
  ): Promise<SubmissionOutcome[]> {
    try {
      return await this.db.write((tx) => this.writeAll(tx, batch));
    } catch (e) {
      if (batch.length === 1) {
        if (e instanceof StoreError) return [{ kind: 'failed', error: e }];
        throw e;
      }
      const out: SubmissionOutcome[] = [];
      for (const one of batch) out.push(...(await this.write([one])));
      return out;
    }
  }

  private async writeAll(
    tx: Tx,
    batch: readonly IncomingSubmission[],
  ): Promise<SubmissionOutcome[]> {
    const deltas: CityDeltas = new Map();
    const created: DirectoryDepartment[] = [];
    const outcomes: SubmissionOutcome[] = [];
    // Earlier years first, so that a batch's own reports serve the cross-year checks.
    const order = batch
      .map((s, i) => ({ s, i, y: s.year ?? s.analysed.report.year ?? 0 }))
      .sort((a, b) => a.y - b.y || a.i - b.i);
    const result = new Array<SubmissionOutcome>(batch.length);
    try {
      const seq = await nextSeq(tx);
      for (const { s, i } of order) {
        result[i] = await this.writeOne(tx, s, seq, deltas, created);
      }
      await applyCityDeltas(tx, deltas);
    } catch (e) {
      // Departments created in a rolled-back transaction do not exist.
      for (const d of created) this.directory.remove(d.id);
      throw e;
    }
    outcomes.push(...result);
    return outcomes;
  }

  private async writeOne(
    tx: Tx,
    s: IncomingSubmission,
    seq: number,
    deltas: CityDeltas,
    created: DirectoryDepartment[],
  ): Promise<SubmissionOutcome> {
    const report = s.analysed.report;
    let resolved: { department: DirectoryDepartment; created: boolean };
    let year: number;
    try {
      if (report.findings.some((f) => f.code === 'NOT_A_REPORT')) {
        throw new StoreError(
          'NOT_A_REPORT',
          `${s.fileName} 不是政府信息公开工作年度报告。`,
          `${s.fileName} is not an annual disclosure report.`,
        );
      }
      year = resolveYear(s);
      resolved = await this.resolveDepartment(tx, s, year);
    } catch (e) {
      if (e instanceof StoreError) return { kind: 'failed', error: e };
      throw e;
    }
    const dept = resolved.department;
    if (resolved.created) created.push(dept);
    if (tx.dialect === 'postgres') {
      // Concurrent submissions of one department queue here: versions stay consecutive.
      await tx.all('SELECT id FROM department WHERE id = ? FOR UPDATE', [
        dept.id,
      ]);
    }
    const same = await tx.all<{
      id: number;
      version: number;
      error_count: number;
      warning_count: number;
    }>(
      `SELECT s.id, s.version, s.error_count, s.warning_count FROM submission s
       JOIN document d ON d.id = s.document_id
       WHERE s.department_id = ? AND s.year = ? AND d.sha256 = ?
       ORDER BY s.version DESC LIMIT 1`,
      [dept.id, year, s.analysed.sha256],
    );
    const prior = same[0];
    if (prior) {
      return {
        kind: 'unchanged',
        submissionId: prior.id,
        departmentId: dept.id,
        departmentName: dept.name,
        year,
        version: prior.version,
        errorCount: prior.error_count,
        warningCount: prior.warning_count,
        createdDepartment: false,
      };
    }
    const previous = await countedReport(tx, dept.id, year - 1);
    const findings = [
      ...report.findings,
      ...checkReport(report, {
        ...(previous ? { previous } : {}),
        agencyKind: AGENCY_KIND[dept.kind],
      }),
    ];
    const c = counts(findings);
    const documentId = await insertDocument(tx, s);
    const versionRow = await tx.all<{ v: number }>(
      'SELECT COALESCE(MAX(version), 0) AS v FROM submission WHERE department_id = ? AND year = ?',
      [dept.id, year],
    );
    const version = Number(versionRow[0]?.v ?? 0) + 1;
    const status: SubmissionStatus =
      s.review?.action === 'accept'
        ? 'accepted'
        : s.review?.action === 'return'
          ? 'returned'
          : 'submitted';
    const counted = status === 'returned' ? 0 : 1;
    if (counted) {
      // The new version takes over: at most one counts (a unique index says so).
      await tx.run(
        'UPDATE submission SET counted = 0 WHERE department_id = ? AND year = ? AND counted = 1',
        [dept.id, year],
      );
    }
    const inserted = await tx.all<{ id: number }>(
      `INSERT INTO submission (department_id, year, version, document_id, file_name, format,
         generation, title, published_on, received_at, submitted_by, status, counted,
         review_comment, reviewed_by, reviewed_at, error_count, warning_count, info_count, model)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        dept.id,
        year,
        version,
        documentId,
        s.fileName.slice(0, 255),
        report.format,
        report.generation,
        report.title,
        report.publishedOn,
        iso(s.receivedAt),
        s.submittedBy.slice(0, 100),
        status,
        counted,
        s.review?.comment ?? null,
        s.review?.by ?? null,
        s.review ? iso(s.review.at) : null,
        c.errors,
        c.warnings,
        c.infos,
        storedModel(report),
      ],
    );
    const submissionId = Number(inserted[0]?.id);
    await tx.insertMany(
      'finding',
      FINDING_COLUMNS,
      findings.map((f, seq) => findingRow(submissionId, seq, f)),
    );
    await refreshDepartmentYear(tx, dept.id, year, seq, deltas, {
      id: submissionId,
      report,
    });
    return {
      kind: 'created',
      submissionId,
      departmentId: dept.id,
      departmentName: dept.name,
      year,
      version,
      errorCount: c.errors,
      warningCount: c.warnings,
      createdDepartment: resolved.created,
    };
  }

  private async resolveDepartment(
    tx: Tx,
    s: IncomingSubmission,
    year: number,
  ): Promise<{ department: DirectoryDepartment; created: boolean }> {
    const name = s.department ?? s.analysed.report.agency;
    if (!name || name.trim() === '') {
      throw new StoreError(
        'DEPARTMENT_UNKNOWN',
        `${s.fileName}：文档中没有写明报送机关，请指定部门。`,
        `${s.fileName}: the document does not name its agency; give the department.`,
      );
    }
    const m = this.directory.match(name);
    if (m.kind === 'ambiguous') {
      const names = (m.candidates ?? []).map((c) => c.name);
      throw new StoreError(
        'DEPARTMENT_AMBIGUOUS',
        `“${name}”可能是以下部门之一：${names.join('、')}，请指定部门。`,
        `"${name}" could be any of: ${names.join(', ')}; give the department.`,
        { candidates: names },
      );
    }
    if (m.department) return { department: m.department, created: false };
    if (!s.createDepartment) {
      throw new StoreError(
        'DEPARTMENT_UNKNOWN',
        `没有名为“${name}”的部门。`,
        `No department is called "${name}".`,
      );
    }
    const department = await createDepartment(tx, this.directory, {
      name: name.trim(),
      kind: guessDepartmentKind(name.trim()),
      activeFrom: year,
    });
    return { department, created: true };
  }
}

function resolveYear(s: IncomingSubmission): number {
  const year = s.year ?? s.analysed.report.year;
  if (year === null || year === undefined) {
    throw new StoreError(
      'YEAR_UNKNOWN',
      `${s.fileName}：文档中找不到报告年度，请指定年度。`,
      `${s.fileName}: the document does not state its report year; give the year.`,
    );
  }
  const last = new Date().getUTCFullYear();
  if (!Number.isInteger(year) || year < MIN_REPORT_YEAR || year > last) {
    throw new StoreError(
      'YEAR_OUT_OF_RANGE',
      `报告年度 ${year} 不在 ${MIN_REPORT_YEAR}–${last} 之内。`,
      `Report year ${year} is outside ${MIN_REPORT_YEAR}–${last}.`,
    );
  }
  return year;
}

export async function createDepartment(
  tx: Tx,
  directory: DepartmentDirectory,
  d: {
    name: string;
    kind: DepartmentKind;
    code?: string;
    aliases?: string[];
    parentId?: number | null;
    activeFrom?: number | null;
    activeTo?: number | null;
  },
): Promise<DirectoryDepartment> {
  // A code made from the name: two imports creating the same body at once agree.
  const code =
    d.code ?? `dept-${sha256(Buffer.from(agencyKey(d.name))).slice(0, 12)}`;
  const aliases = d.aliases ?? [];
  const rows = await tx.all<{ id: number }>(
    `INSERT INTO department (code, name, kind, parent_id, active_from, active_to, aliases, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING RETURNING id`,
    [
      code,
      d.name,
      d.kind,
      d.parentId ?? null,
      d.activeFrom ?? null,
      d.activeTo ?? null,
      JSON.stringify(aliases),
      new Date().toISOString(),
    ],
  );
  if (!rows[0]) {
    const existing = await tx.all<Record<string, unknown>>(
      'SELECT * FROM department WHERE code = ?',
      [code],
    );
    if (d.code || !existing[0]) {
      throw new StoreError(
        'DEPARTMENT_CODE_TAKEN',
        `部门代码 ${code} 已被使用。`,
        `The department code ${code} is taken.`,
      );
    }
    const found = departmentOfRow(existing[0]);
    directory.add(found);
    return found;
  }
  const department: DirectoryDepartment = {
    id: Number(rows[0]?.id),
    code,
    name: d.name,
    kind: d.kind,
    aliases,
    parentId: d.parentId ?? null,
    activeFrom: d.activeFrom ?? null,
    activeTo: d.activeTo ?? null,
  };
  directory.add(department);
  return department;
}

async function insertDocument(tx: Tx, s: IncomingSubmission): Promise<number> {
  const found = await tx.all<{ id: number }>(
    'SELECT id FROM document WHERE sha256 = ?',
    [s.analysed.sha256],
  );
  if (found[0]) return Number(found[0].id);
  // Another transaction may be storing the same file right now (the same bytes for
  // two departments): wait for it and use its row instead of failing on the key.
  const rows = await tx.all<{ id: number }>(
    'INSERT INTO document (sha256, media_type, size, content) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING RETURNING id',
    [
      s.analysed.sha256,
      s.mediaType.slice(0, 120),
      s.content.length,
      // A view, not a copy, of the bytes.
      Buffer.from(s.content.buffer, s.content.byteOffset, s.content.byteLength),
    ],
  );
  if (rows[0]) return Number(rows[0].id);
  const stored = await tx.all<{ id: number }>(
    'SELECT id FROM document WHERE sha256 = ?',
    [s.analysed.sha256],
  );
  return Number(stored[0]?.id);
}

const FINDING_COLUMNS = [
  'submission_id',
  'seq',
  'code',
  'severity',
  'metric',
  'metrics',
  'message',
  'message_en',
  'location',
] as const;

function findingRow(submissionId: number, seq: number, f: Finding): SqlValue[] {
  return [
    submissionId,
    seq,
    f.code,
    f.severity,
    f.metric ?? null,
    f.metrics ? JSON.stringify(f.metrics) : null,
    f.message,
    f.messageEn,
    f.location ? JSON.stringify(f.location) : null,
  ];
}

/** Columns of a report_value row, in the order the writer inserts them. */
export const REPORT_ROW_COLUMNS: readonly string[] = [
  'department_id',
  'year',
  'submission_id',
  'generation',
  'statuses',
  'seq',
  'versions',
  'first_received_at',
  'latest_received_at',
  'counted_status',
  'error_count',
  'warning_count',
  ...VALUE_COLUMNS,
];

const NO_VALUES: (number | null)[] = VALUE_COLUMNS.map(() => null);

/**
 * Takes the next number of the change counter. Called first in every transaction
 * that changes report rows: on PostgreSQL the counter row's lock orders those
 * transactions, so a reader that has seen change n has seen every change before it.
 */
export async function nextSeq(tx: Tx): Promise<number> {
  const rows = await tx.all<{ value: string }>(
    "UPDATE app_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'value_seq' RETURNING value",
  );
  if (!rows[0])
    throw new Error('app_meta.value_seq is missing: run the migrations');
  return Number(rows[0].value);
}

/**
 * Brings a department-year's row up to date after any change to its versions: the
 * board's columns always, and the values (with the city totals' change) when the
 * version that counts is another one. `known` saves reading back a model just written.
 */
export async function refreshDepartmentYear(
  tx: Tx,
  departmentId: number,
  year: number,
  seq: number,
  deltas: CityDeltas,
  known: {
    id: number;
    report: Pick<ParsedReport, 'values' | 'generation'>;
  } | null = null,
): Promise<void> {
  const agg = await tx.all<Record<string, unknown>>(
    `SELECT CAST(COUNT(*) AS INTEGER) AS versions, MIN(received_at) AS first_at,
            MAX(received_at) AS latest_at,
            MAX(CASE WHEN counted = 1 THEN id END) AS counted_id,
            MAX(CASE WHEN counted = 1 THEN status END) AS counted_status,
            MAX(CASE WHEN counted = 1 THEN error_count END) AS errors,
            MAX(CASE WHEN counted = 1 THEN warning_count END) AS warnings
     FROM submission WHERE department_id = ? AND year = ?`,
    [departmentId, year],
  );
  const a = agg[0] ?? {};
  const nullable = (v: unknown) => (v === null || v === undefined ? null : v);
  const countedId =
    a['counted_id'] === null || a['counted_id'] === undefined
      ? null
      : Number(a['counted_id']);
  const meta: SqlValue[] = [
    seq,
    Number(a['versions'] ?? 0),
    String(a['first_at'] ?? ''),
    String(a['latest_at'] ?? ''),
    nullable(a['counted_status']) as string | null,
    nullable(a['errors']) === null ? null : Number(a['errors']),
    nullable(a['warnings']) === null ? null : Number(a['warnings']),
  ];
  const old = (
    await tx.all<Record<string, unknown>>(
      'SELECT * FROM report_value WHERE department_id = ? AND year = ?',
      [departmentId, year],
    )
  )[0];
  const oldCounted =
    old?.['submission_id'] === null || old?.['submission_id'] === undefined
      ? null
      : Number(old['submission_id']);
  if (old && oldCounted === countedId) {
    await tx.run(
      `UPDATE report_value SET seq = ?, versions = ?, first_received_at = ?, latest_received_at = ?,
         counted_status = ?, error_count = ?, warning_count = ? WHERE department_id = ? AND year = ?`,
      [...meta, departmentId, year],
    );
    return;
  }
  if (old) {
    addRow(deltas, year, old, -1);
    await tx.run(
      'DELETE FROM report_value WHERE department_id = ? AND year = ?',
      [departmentId, year],
    );
  }
  let report: Pick<ParsedReport, 'values' | 'generation'> | null = null;
  if (countedId !== null) {
    if (known?.id === countedId) report = known.report;
    else {
      const rows = await tx.all<{ model: string }>(
        'SELECT model FROM submission WHERE id = ?',
        [countedId],
      );
      report = rows[0] ? (JSON.parse(rows[0].model) as ParsedReport) : null;
    }
  }
  const packed = report
    ? packValues(report.values)
    : { numbers: NO_VALUES, statuses: '' };
  await tx.insertMany('report_value', REPORT_ROW_COLUMNS, [
    [
      departmentId,
      year,
      countedId,
      report?.generation ?? null,
      packed.statuses,
      ...meta,
      ...packed.numbers,
    ],
  ]);
  if (report) {
    const asRecord: Record<string, unknown> = { statuses: packed.statuses };
    VALUE_COLUMNS.forEach((c, i) => (asRecord[c] = packed.numbers[i]));
    addRow(deltas, year, asRecord, 1);
  }
}

function addRow(
  deltas: CityDeltas,
  year: number,
  row: Record<string, unknown>,
  sign: 1 | -1,
): void {
  const statuses = String(row['statuses'] ?? '');
  for (let i = 0; i < VALUE_METRICS.length; i++) {
    const ch = statuses[i];
    if (ch === undefined || ch === '-') continue;
    const key = year * 1000 + i;
    let d = deltas.get(key);
    if (!d) {
      d = { total: 0, reported: 0, blank: 0, notApplicable: 0, unreadable: 0 };
      deltas.set(key, d);
    }
    if (ch === 'n') {
      d.reported += sign;
      d.total += sign * Number(row[VALUE_COLUMNS[i] as string] ?? 0);
    } else if (ch === 'b') d.blank += sign;
    else if (ch === 'x') d.notApplicable += sign;
    else if (ch === 'u') d.unreadable += sign;
  }
}

export async function applyCityDeltas(
  tx: Tx,
  deltas: CityDeltas,
): Promise<void> {
  const rows: SqlValue[][] = [];
  // Rows in one fixed order (year, then registry order): concurrent transactions then
  // lock the shared city_total rows in the same order and cannot deadlock.
  const keys = [...deltas.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const d = deltas.get(key) as CityDelta;
    if (
      !d.reported &&
      !d.blank &&
      !d.notApplicable &&
      !d.unreadable &&
      !d.total
    ) {
      continue;
    }
    const year = Math.floor(key / 1000);
    const metric = VALUE_METRICS[key % 1000] as string;
    rows.push([
      Number(year),
      metric,
      d.total,
      d.reported,
      d.blank,
      d.notApplicable,
      d.unreadable,
    ]);
  }
  deltas.clear();
  await tx.insertMany(
    'city_total',
    [
      'year',
      'metric',
      'total',
      'reported',
      'blank',
      'not_applicable',
      'unreadable',
    ],
    rows,
    `ON CONFLICT (year, metric) DO UPDATE SET
       total = city_total.total + excluded.total,
       reported = city_total.reported + excluded.reported,
       blank = city_total.blank + excluded.blank,
       not_applicable = city_total.not_applicable + excluded.not_applicable,
       unreadable = city_total.unreadable + excluded.unreadable`,
  );
}

/**
 * Last year's counted report as the cross-year checks need it (year, generation and
 * values), from its value row: cheaper than parsing the stored model.
 */
export async function countedReport(
  q: Pick<Tx, 'all'>,
  departmentId: number,
  year: number,
): Promise<ParsedReport | null> {
  const rows = await q.all<Record<string, unknown>>(
    'SELECT * FROM report_value WHERE department_id = ? AND year = ? AND submission_id IS NOT NULL',
    [departmentId, year],
  );
  return rows[0] ? reportOfRow(rows[0], year) : null;
}

function reportOfRow(row: Record<string, unknown>, year: number): ParsedReport {
  const statuses = String(row['statuses'] ?? '');
  const values: ParsedReport['values'] = {};
  VALUE_METRICS.forEach((metric, i) => {
    const status = statusOfChar(statuses[i]);
    if (!status) return;
    const n = row[VALUE_COLUMNS[i] as string];
    values[metric] = {
      status,
      value: status === 'number' ? Number(n) : null,
      raw: status === 'number' ? String(n) : '',
      location: null,
    };
  });
  return {
    format: 'text',
    title: null,
    year,
    yearSource: null,
    agency: null,
    agencySource: null,
    publishedOn: null,
    generation: (row['generation'] as ParsedReport['generation']) ?? null,
    sections: [],
    tables: [],
    values,
    extras: [],
    findings: [],
    truncated: false,
  };
}
