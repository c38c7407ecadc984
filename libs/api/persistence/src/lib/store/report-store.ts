import {
  checkFiling,
  checkReport,
  deadlineFor,
  DEFAULT_DEADLINES,
  diffValues,
  mergeChecks,
} from '@gongkai/disclosure-domain';
import type {
  DeadlineRules,
  DepartmentKind,
  Finding,
  ParsedReport,
  SourceLocation,
} from '@gongkai/disclosure-domain';
import type { DataSource } from 'typeorm';

import { createDataSource, parseDatabaseUrl } from '../data-source';
import type { AuditActor } from './audit-log';
import { appendAudit } from './audit-log';
import type { SubmissionStatus } from '../entities';
import type { DocumentHints } from './analyse-document';
import { analyseDocument } from './analyse-document';
import type { Db, SqlValue, Tx } from './db';
import { dbOf } from './db';
import type { DirectoryDepartment } from './department-directory';
import { DepartmentDirectory, departmentOfRow } from './department-directory';
import { StoreError } from './store-error';
import { readStoredModel } from './stored-model';
import type {
  IncomingSubmission,
  SubmissionAudit,
  SubmissionOutcome,
} from './submission-writer';
import {
  AGENCY_KIND,
  applyCityDeltas,
  checkReportYear,
  countedReport,
  createDepartment,
  nextSeq,
  refreshDepartmentYear,
  SubmissionWriter,
} from './submission-writer';

export interface SubmissionRecord {
  id: number;
  departmentId: number;
  year: number;
  version: number;
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  format: string;
  generation: string | null;
  title: string | null;
  publishedOn: string | null;
  receivedAt: string;
  submittedBy: string;
  status: SubmissionStatus;
  counted: boolean;
  reviewComment: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export interface StoredReport {
  submission: SubmissionRecord;
  department: DirectoryDepartment;
  report: ParsedReport;
}

export interface Lineage {
  predecessorId: number;
  successorId: number;
  year: number;
  kind: string;
}

const SUBMISSION_COLUMNS = `s.id, s.department_id, s.year, s.version, s.file_name, d.media_type, d.sha256,
  d.size, s.format, s.generation, s.title, s.published_on, s.received_at, s.submitted_by,
  s.status, s.counted, s.review_comment, s.reviewed_by, s.reviewed_at, s.error_count,
  s.warning_count, s.info_count`;

type SubmissionRow = Record<string, unknown>;

function toSubmission(r: SubmissionRow): SubmissionRecord {
  return {
    id: Number(r['id']),
    departmentId: Number(r['department_id']),
    year: Number(r['year']),
    version: Number(r['version']),
    fileName: String(r['file_name']),
    mediaType: String(r['media_type']),
    sha256: String(r['sha256']),
    size: Number(r['size']),
    format: String(r['format']),
    generation: (r['generation'] as string | null) ?? null,
    title: (r['title'] as string | null) ?? null,
    publishedOn: (r['published_on'] as string | null) ?? null,
    receivedAt: String(r['received_at']),
    submittedBy: String(r['submitted_by']),
    status: r['status'] as SubmissionStatus,
    counted: Number(r['counted']) === 1,
    reviewComment: (r['review_comment'] as string | null) ?? null,
    reviewedBy: (r['reviewed_by'] as string | null) ?? null,
    reviewedAt: (r['reviewed_at'] as string | null) ?? null,
    errorCount: Number(r['error_count']),
    warningCount: Number(r['warning_count']),
    infoCount: Number(r['info_count']),
  };
}

export function toFinding(r: Record<string, unknown>): Finding {
  const f: Finding = {
    code: String(r['code']),
    severity: r['severity'] as Finding['severity'],
    message: String(r['message']),
    messageEn: String(r['message_en']),
  };
  if (r['metric']) f.metric = String(r['metric']);
  if (r['metrics']) f.metrics = JSON.parse(String(r['metrics'])) as string[];
  if (r['location']) {
    f.location = JSON.parse(String(r['location'])) as SourceLocation;
  }
  return f;
}

/**
 * The persistence of Gongkai behind one object: submissions, reviews, departments,
 * cycles and the reads the API serves. Framework-free; Nest wraps it in providers.
 */
export class ReportStore {
  readonly directory = new DepartmentDirectory();
  private readonly writer: SubmissionWriter;

  private constructor(
    readonly dataSource: DataSource,
    readonly db: Db,
  ) {
    this.writer = new SubmissionWriter(db, this.directory);
  }

  /** Connects, runs pending migrations and loads the department directory. */
  static async open(databaseUrl: string): Promise<ReportStore> {
    const target = parseDatabaseUrl(databaseUrl);
    const ds = createDataSource(target);
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
      const store = new ReportStore(
        ds,
        dbOf(ds, target.dialect === 'sqlite' ? target.path : undefined),
      );
      await store.refreshDirectory();
      return store;
    } catch (e) {
      await ds.destroy();
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.db.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** Picks up departments another process (an import) added. */
  async refreshDirectory(): Promise<void> {
    const known = this.directory.all();
    const maxId = known.reduce((m, d) => Math.max(m, d.id), 0);
    const rows = await this.db.all(
      'SELECT * FROM department WHERE id > ? ORDER BY id',
      [maxId],
    );
    for (const r of rows) this.directory.add(departmentOfRow(r));
  }

  // ---- Settings ---------------------------------------------------------

  async getMeta(key: string): Promise<string | null> {
    const rows = await this.db.all<{ value: string }>(
      'SELECT value FROM app_meta WHERE key = ?',
      [key],
    );
    return rows[0]?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.db.write((tx) =>
      tx.run(
        'INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      ),
    );
  }

  async isEmpty(): Promise<boolean> {
    const rows = await this.db.all('SELECT id FROM department LIMIT 1');
    return rows.length === 0;
  }

  // ---- Departments and cycles --------------------------------------------

  /** Every department in id order (a shared array). */
  async departments(): Promise<readonly DirectoryDepartment[]> {
    await this.refreshDirectory();
    return this.directory.all();
  }

  async lineage(): Promise<Lineage[]> {
    const rows = await this.db.all<Record<string, unknown>>(
      'SELECT predecessor_id, successor_id, year, kind FROM department_succession ORDER BY year, predecessor_id',
    );
    return rows.map((r) => ({
      predecessorId: Number(r['predecessor_id']),
      successorId: Number(r['successor_id']),
      year: Number(r['year']),
      kind: String(r['kind']),
    }));
  }

  async createDepartment(d: {
    name: string;
    kind: DepartmentKind;
    code?: string;
    aliases?: string[];
    parentCode?: string | null;
    activeFrom?: number | null;
    activeTo?: number | null;
  }): Promise<DirectoryDepartment> {
    await this.refreshDirectory();
    const parentId = d.parentCode
      ? this.requireDepartmentByCode(d.parentCode).id
      : null;
    return this.db.write((tx) =>
      createDepartment(tx, this.directory, { ...d, parentId }),
    );
  }

  /** Records a reorganisation: `predecessors` became `successor` from report year `year`. */
  async addSuccession(
    predecessorCodes: readonly string[],
    successorCode: string,
    year: number,
    kind: 'merge' | 'rename' | 'split',
  ): Promise<void> {
    await this.refreshDirectory();
    const successor = this.requireDepartmentByCode(successorCode);
    const preds = predecessorCodes.map((c) => this.requireDepartmentByCode(c));
    await this.db.write(async (tx) => {
      for (const p of preds) {
        await tx.run(
          `INSERT INTO department_succession (predecessor_id, successor_id, year, kind) VALUES (?, ?, ?, ?)
           ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET year = excluded.year, kind = excluded.kind`,
          [p.id, successor.id, year, kind],
        );
      }
    });
  }

  requireDepartmentByCode(code: string): DirectoryDepartment {
    const d = this.directory.byCodeOrUndefined(code);
    if (!d) {
      throw new StoreError(
        'DEPARTMENT_UNKNOWN',
        `没有代码为 ${code} 的部门。`,
        `No department has the code ${code}.`,
      );
    }
    return d;
  }

  async requireDepartment(id: number): Promise<DirectoryDepartment> {
    if (!this.directory.get(id)) await this.refreshDirectory();
    const d = this.directory.get(id);
    if (!d) {
      throw new StoreError(
        'DEPARTMENT_UNKNOWN',
        `没有编号为 ${id} 的部门。`,
        `No department has the id ${id}.`,
      );
    }
    return d;
  }

  /** Deadlines per kind for a year: the configured ones, else the defaults of the regulation. */
  async deadlines(
    year: number,
  ): Promise<DeadlineRules & { configured: boolean }> {
    const rows = await this.db.all<Record<string, string>>(
      'SELECT * FROM reporting_cycle WHERE year = ?',
      [year],
    );
    const r = rows[0];
    const md = (s: string) => ({
      month: Number(s.slice(5, 7)),
      day: Number(s.slice(8, 10)),
    });
    if (!r) return { ...DEFAULT_DEADLINES, configured: false };
    return {
      cityDepartment: md(r['deadline_city_department'] as string),
      district: md(r['deadline_district'] as string),
      township: md(r['deadline_township'] as string),
      other: md(r['deadline_other'] as string),
      configured: true,
    };
  }

  async deadlineDates(year: number): Promise<Record<DepartmentKind, string>> {
    const rows = await this.db.all<Record<string, string>>(
      'SELECT * FROM reporting_cycle WHERE year = ?',
      [year],
    );
    const r = rows[0];
    // Configured dates are used as set: deadlineFor applies the pre-2019 rule
    // (31 March) whatever the rules say, which would ignore them for 2008–2018.
    if (r) {
      return {
        cityDepartment: String(r['deadline_city_department']),
        district: String(r['deadline_district']),
        township: String(r['deadline_township']),
        other: String(r['deadline_other']),
      };
    }
    return {
      cityDepartment: deadlineFor(year, 'cityDepartment'),
      district: deadlineFor(year, 'district'),
      township: deadlineFor(year, 'township'),
      other: deadlineFor(year, 'other'),
    };
  }

  async setDeadlines(
    year: number,
    dates: Record<DepartmentKind, string>,
  ): Promise<void> {
    for (const v of Object.values(dates)) {
      // Date.parse rolls 2026-02-30 over to 2 March: the day must read back unchanged.
      const t = /^\d{4}-\d{2}-\d{2}$/.test(v)
        ? Date.parse(`${v}T00:00:00Z`)
        : NaN;
      if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) {
        throw new StoreError(
          'INVALID_ARGUMENT',
          `截止日期 ${v} 不是 yyyy-mm-dd。`,
          `Deadline ${v} is not yyyy-mm-dd.`,
        );
      }
    }
    await this.db.write((tx) =>
      tx.run(
        `INSERT INTO reporting_cycle (year, deadline_city_department, deadline_district, deadline_township, deadline_other)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET
           deadline_city_department = excluded.deadline_city_department,
           deadline_district = excluded.deadline_district,
           deadline_township = excluded.deadline_township,
           deadline_other = excluded.deadline_other`,
        [
          year,
          dates.cityDepartment,
          dates.district,
          dates.township,
          dates.other,
        ],
      ),
    );
  }

  /** Report years that have submissions or configured deadlines. */
  async years(): Promise<number[]> {
    const rows = await this.db.all<{ year: number }>(
      'SELECT year FROM submission UNION SELECT year FROM reporting_cycle ORDER BY year',
    );
    return rows.map((r) => Number(r.year));
  }

  // ---- Submissions ------------------------------------------------------

  /** Reads and checks a document without writing anything. */
  async preview(
    content: Uint8Array,
    hints: DocumentHints & { fileName: string },
  ): Promise<{
    report: ParsedReport;
    department: DirectoryDepartment | null;
    year: number | null;
  }> {
    const analysed = analyseDocument(content, hints);
    await this.refreshDirectory();
    const name = hints.department ?? analysed.report.agency;
    const m = name ? this.directory.match(name) : null;
    const department = m?.department ?? null;
    const year = hints.year ?? analysed.report.year;
    // Refused here as on submission: a preview must not promise what submitting refuses.
    if (year !== null) checkReportYear(year);
    const previous =
      department && year
        ? await countedReport(this.db, department.id, year - 1)
        : null;
    const findings = [
      ...analysed.report.findings,
      ...(analysed.report.findings.some((f) => f.code === 'NOT_A_REPORT')
        ? []
        : mergeChecks(
            department ? checkFiling(analysed.report.agency, department) : [],
            checkReport(analysed.report, {
              ...(previous ? { previous } : {}),
              ...(department
                ? { agencyKind: AGENCY_KIND[department.kind] }
                : {}),
            }),
          )),
    ];
    return { report: { ...analysed.report, findings }, department, year };
  }

  /** Writes submissions in one transaction (see SubmissionWriter). */
  async submit(
    batch: readonly IncomingSubmission[],
    audit?: SubmissionAudit,
  ): Promise<SubmissionOutcome[]> {
    await this.refreshDirectory();
    return this.writer.write(batch, audit);
  }

  async submission(id: number): Promise<SubmissionRecord> {
    const rows = await this.db.all<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM submission s JOIN document d ON d.id = s.document_id WHERE s.id = ?`,
      [id],
    );
    if (!rows[0]) {
      throw new StoreError(
        'SUBMISSION_NOT_FOUND',
        `没有编号为 ${id} 的报送。`,
        `No submission has the id ${id}.`,
      );
    }
    return toSubmission(rows[0]);
  }

  /** One version of a report (the counted one when no version is given) with its findings. */
  async report(
    departmentId: number,
    year: number,
    version?: number,
  ): Promise<StoredReport> {
    const department = await this.requireDepartment(departmentId);
    const where =
      version === undefined
        ? `s.department_id = ? AND s.year = ? ORDER BY s.counted DESC, s.version DESC LIMIT 1`
        : `s.department_id = ? AND s.year = ? AND s.version = ?`;
    const params: SqlValue[] =
      version === undefined
        ? [departmentId, year]
        : [departmentId, year, version];
    const rows = await this.db.all<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS}, s.model FROM submission s JOIN document d ON d.id = s.document_id WHERE ${where}`,
      params,
    );
    const row = rows[0];
    if (!row) {
      throw new StoreError(
        'REPORT_NOT_FOUND',
        `${department.name} 没有 ${year} 年度${version ? `第 ${version} 版` : ''}的报告。`,
        `${department.name} has no report for ${year}${version ? ` in version ${version}` : ''}.`,
      );
    }
    const findings = await this.findingsOf([Number(row['id'])]);
    const report = {
      ...readStoredModel(String(row['model'])),
      findings: findings.get(Number(row['id'])) ?? [],
    };
    return { submission: toSubmission(row), department, report };
  }

  async findingsOf(
    submissionIds: readonly number[],
  ): Promise<Map<number, Finding[]>> {
    const out = new Map<number, Finding[]>();
    if (submissionIds.length === 0) return out;
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT * FROM finding WHERE submission_id IN (${submissionIds.map(() => '?').join(', ')}) ORDER BY submission_id, seq`,
      submissionIds,
    );
    for (const r of rows) {
      const id = Number(r['submission_id']);
      const list = out.get(id) ?? [];
      list.push(toFinding(r));
      out.set(id, list);
    }
    return out;
  }

  /**
   * Every version of a department's report for a year, oldest first; without a year,
   * of every year (earlier years first): what a bureau has handed in.
   */
  async history(
    departmentId: number,
    year?: number,
  ): Promise<SubmissionRecord[]> {
    const rows = await this.db.all<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM submission s JOIN document d ON d.id = s.document_id
       WHERE s.department_id = ?${year === undefined ? '' : ' AND s.year = ?'}
       ORDER BY s.year, s.version`,
      year === undefined ? [departmentId] : [departmentId, year],
    );
    return rows.map(toSubmission);
  }

  /** What changed from version `from` to version `to`. */
  async diff(departmentId: number, year: number, from: number, to: number) {
    const [a, b] = await Promise.all([
      this.report(departmentId, year, from),
      this.report(departmentId, year, to),
    ]);
    return diffValues(a.report.values, b.report.values);
  }

  async document(
    submissionId: number,
  ): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT d.content, d.media_type, s.file_name FROM submission s JOIN document d ON d.id = s.document_id WHERE s.id = ?`,
      [submissionId],
    );
    const r = rows[0];
    if (!r) {
      throw new StoreError(
        'SUBMISSION_NOT_FOUND',
        `没有编号为 ${submissionId} 的报送。`,
        `No submission has the id ${submissionId}.`,
      );
    }
    return {
      content: Buffer.from(r['content'] as Uint8Array),
      mediaType: String(r['media_type']),
      fileName: String(r['file_name']),
    };
  }

  // ---- Review -------------------------------------------------------------

  /** Returns the counted version to its bureau; the version before it counts again. */
  async returnSubmission(
    id: number,
    comment: string,
    by: string,
    actor?: AuditActor,
  ): Promise<SubmissionRecord> {
    if (comment.trim() === '') {
      throw new StoreError(
        'INVALID_ARGUMENT',
        '退回时必须写明意见。',
        'A return needs a comment.',
      );
    }
    await this.db.write(async (tx) => {
      const seq = await nextSeq(tx);
      const s = await this.reviewable(tx, id);
      await tx.run(
        `UPDATE submission SET status = 'returned', counted = 0, review_comment = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?`,
        [comment, by, new Date().toISOString(), id],
      );
      const before = await tx.all<{ id: number }>(
        `SELECT id FROM submission WHERE department_id = ? AND year = ? AND status <> 'returned'
         ORDER BY version DESC LIMIT 1`,
        [s.departmentId, s.year],
      );
      if (before[0]) {
        await tx.run('UPDATE submission SET counted = 1 WHERE id = ?', [
          before[0].id,
        ]);
      }
      const deltas = new Map();
      await refreshDepartmentYear(tx, s.departmentId, s.year, seq, deltas);
      await applyCityDeltas(tx, deltas);
      if (actor) {
        await appendAudit(tx, actor, [
          {
            action: 'return',
            target: `submission:${id}`,
            details: { comment },
          },
        ]);
      }
    });
    return this.submission(id);
  }

  /** Accepts the counted version. A version with errors needs `acknowledgeErrors`. */
  async acceptSubmission(
    id: number,
    comment: string | null,
    by: string,
    acknowledgeErrors = false,
    actor?: AuditActor,
  ): Promise<SubmissionRecord> {
    await this.db.write(async (tx) => {
      const seq = await nextSeq(tx);
      const s = await this.reviewable(tx, id);
      if (s.errorCount > 0 && !acknowledgeErrors) {
        throw new StoreError(
          'REPORT_HAS_ERRORS',
          `该版本有 ${s.errorCount} 个错误；确认后才能接收。`,
          `This version has ${s.errorCount} errors; accepting it must be confirmed.`,
          { errorCount: s.errorCount },
        );
      }
      await tx.run(
        `UPDATE submission SET status = 'accepted', review_comment = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?`,
        [comment, by, new Date().toISOString(), id],
      );
      await refreshDepartmentYear(tx, s.departmentId, s.year, seq, new Map());
      if (actor) {
        await appendAudit(tx, actor, [
          {
            action: 'accept',
            target: `submission:${id}`,
            details: { comment, acknowledgeErrors },
          },
        ]);
      }
    });
    return this.submission(id);
  }

  private async reviewable(tx: Tx, id: number) {
    const sql =
      'SELECT id, department_id, year, version, status, counted, error_count FROM submission WHERE id = ?';
    let rows = await tx.all<Record<string, unknown>>(sql, [id]);
    if (tx.dialect === 'postgres' && rows[0]) {
      // Reviews queue behind submissions of the same department (SubmissionWriter
      // takes this lock too): otherwise a return crossing a new version deadlocks or
      // leaves two versions counted. Read again under the lock.
      await tx.all('SELECT id FROM department WHERE id = ? FOR UPDATE', [
        Number(rows[0]['department_id']),
      ]);
      rows = await tx.all<Record<string, unknown>>(sql, [id]);
    }
    const r = rows[0];
    if (!r) {
      throw new StoreError(
        'SUBMISSION_NOT_FOUND',
        `没有编号为 ${id} 的报送。`,
        `No submission has the id ${id}.`,
      );
    }
    if (r['status'] !== 'submitted') {
      throw new StoreError(
        'ALREADY_REVIEWED',
        `第 ${String(r['version'])} 版已经审核过（${String(r['status'])}）。`,
        `Version ${String(r['version'])} has been reviewed already (${String(r['status'])}).`,
      );
    }
    if (Number(r['counted']) !== 1) {
      throw new StoreError(
        'NOT_CURRENT_VERSION',
        `第 ${String(r['version'])} 版不是当前有效版本，只能审核最新的版本。`,
        `Version ${String(r['version'])} is not the current version; only that one can be reviewed.`,
      );
    }
    return {
      departmentId: Number(r['department_id']),
      year: Number(r['year']),
      errorCount: Number(r['error_count']),
    };
  }
}
