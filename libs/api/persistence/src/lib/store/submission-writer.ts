import {
  agencyKey,
  checkFiling,
  checkInContext,
  mergeChecks,
} from '@gongkai/disclosure-domain';
import type {
  AgencyKind,
  CheckOptions,
  DepartmentKind,
  Finding,
  ParsedReport,
} from '@gongkai/disclosure-domain';

import type { SubmissionStatus } from '../entities';
import type { AnalysedDocument } from './analyse-document';
import { preparedOf, sha256 } from './analyse-document';
import type { AuditActor } from './audit-log';
import { appendAudit } from './audit-log';
import type { Db, SqlValue, Tx } from './db';
import type {
  DirectoryDepartment,
  DepartmentDirectory,
} from './department-directory';
import { departmentOfRow, guessDepartmentKind } from './department-directory';
import { StoreError } from './store-error';
import type { PreparedReport } from './prepared-report';
import { reportOfPacked } from './prepared-report';
import { readStoredModel } from './stored-model';
import type { PackedValues } from './value-columns';
import { VALUE_COLUMNS, VALUE_METRICS, packValues } from './value-columns';

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

/** Who submits a batch, and whether it is a bureau's submission or the office's import. */
export interface SubmissionAudit {
  actor: AuditActor;
  action: 'submit' | 'import';
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
    audit?: SubmissionAudit,
  ): Promise<SubmissionOutcome[]> {
    try {
      return await this.db.write((tx) => this.writeAll(tx, batch, audit));
    } catch (e) {
      if (batch.length === 1) {
        if (e instanceof StoreError) return [{ kind: 'failed', error: e }];
        throw e;
      }
      const out: SubmissionOutcome[] = [];
      for (const one of batch) out.push(...(await this.write([one], audit)));
      return out;
    }
  }

  /**
   * The batch as a whole, set by set: one statement per kind of row, not per report,
   * so that PostgreSQL pays a dozen round trips per batch instead of a dozen per
   * report. The outcome is the same as writing the submissions one after another in
   * the order of their years (a batch's own earlier versions and years count).
   */
  private async writeAll(
    tx: Tx,
    batch: readonly IncomingSubmission[],
    audit: SubmissionAudit | undefined,
  ): Promise<SubmissionOutcome[]> {
    const created: DirectoryDepartment[] = [];
    try {
      const result = await this.writeBatch(tx, batch, created);
      if (audit) {
        // In the same transaction: a version is never there without its audit line.
        await appendAudit(
          tx,
          audit.actor,
          result.flatMap((o, i) =>
            o.kind === 'failed'
              ? []
              : [
                  {
                    action: audit.action,
                    target: `submission:${o.submissionId}`,
                    details: {
                      outcome: o.kind,
                      departmentId: o.departmentId,
                      year: o.year,
                      version: o.version,
                      fileName: batch[i]?.fileName,
                    },
                  },
                ],
          ),
        );
      }
      return result;
    } catch (e) {
      // Departments created in a rolled-back transaction do not exist.
      for (const d of created) this.directory.remove(d.id);
      throw e;
    }
  }

  private async writeBatch(
    tx: Tx,
    batch: readonly IncomingSubmission[],
    created: DirectoryDepartment[],
  ): Promise<SubmissionOutcome[]> {
    const result = new Array<SubmissionOutcome>(batch.length);
    // Earlier years first, so that a batch's own reports serve the cross-year checks.
    const order = batch
      .map((s, i) => ({ s, i, y: s.year ?? preparedOf(s.analysed).year ?? 0 }))
      .sort((a, b) => a.y - b.y || a.i - b.i);
    const seq = await nextSeq(tx);

    // 1. Years and departments, new departments made in one statement.
    const items = await this.resolveAll(tx, order, result, created);
    if (items.length === 0) return result;
    const departmentIds = unique(items.map((it) => it.department.id)).sort(
      (a, b) => a - b,
    );
    if (tx.dialect === 'postgres') {
      // Concurrent submissions of one department queue here: versions stay
      // consecutive. One statement, in id order, so that two batches cannot deadlock.
      await selectIn(
        tx,
        'SELECT id FROM department WHERE id IN (?) ORDER BY id FOR UPDATE',
        departmentIds,
      );
    }

    // 2. What the database holds for these documents and department-years.
    const years = unique(items.map((it) => it.year));
    const known = await this.loadState(tx, items, departmentIds, years);

    // 3. The versions, in order, in memory.
    const pending: PendingVersion[] = [];
    const unchanged: { i: number; item: Item; prior: PriorVersion }[] = [];
    for (const item of items) {
      const { s, department: dept, year } = item;
      const pair = pairKey(dept.id, year);
      const same = `${pair}:${s.analysed.sha256}`;
      const prior = known.bySha.get(same);
      if (prior) {
        unchanged.push({ i: item.i, item, prior });
        continue;
      }
      const state = known.pairs.get(pair) as PairState;
      const report = preparedOf(s.analysed);
      const previousRow = known.countedRows.get(pairKey(dept.id, year - 1));
      const findings = [
        ...report.readFindings,
        ...mergeChecks(report.checks, [
          ...checkFiling(report.agency, dept),
          ...checksInContext(s.analysed, report, {
            ...(previousRow
              ? { previous: reportOfRow(previousRow, year - 1) }
              : {}),
            agencyKind: AGENCY_KIND[dept.kind],
          }),
        ]),
      ];
      const c = counts(findings);
      const status: SubmissionStatus =
        s.review?.action === 'accept'
          ? 'accepted'
          : s.review?.action === 'return'
            ? 'returned'
            : 'submitted';
      const receivedAt = iso(s.receivedAt);
      const version: PendingVersion = {
        item,
        version: state.maxVersion + 1,
        status,
        receivedAt,
        findings,
        counts: c,
        packed: null,
        id: 0,
      };
      pending.push(version);
      state.maxVersion++;
      state.versions++;
      state.touched = true;
      if (state.firstAt === null || receivedAt < state.firstAt) {
        state.firstAt = receivedAt;
      }
      if (state.latestAt === null || receivedAt > state.latestAt) {
        state.latestAt = receivedAt;
      }
      if (status !== 'returned') {
        // The new version takes over: at most one counts.
        version.packed = report.packed;
        state.countedNew = version;
        state.countedStatus = status;
        state.errors = c.errors;
        state.warnings = c.warnings;
        known.countedRows.set(pair, {
          submissionId: null,
          generation: report.generation,
          ...version.packed,
        });
      }
      known.bySha.set(same, {
        id: 0,
        pending: version,
        version: version.version,
        errors: c.errors,
        warnings: c.warnings,
      });
    }

    if (pending.length > 0) {
      await this.store(tx, pending, known, seq);
    }

    for (const v of pending) {
      const { item } = v;
      result[item.i] = {
        kind: 'created',
        submissionId: v.id,
        departmentId: item.department.id,
        departmentName: item.department.name,
        year: item.year,
        version: v.version,
        errorCount: v.counts.errors,
        warningCount: v.counts.warnings,
        createdDepartment: item.createdDepartment ?? false,
      };
    }
    for (const { i, item, prior } of unchanged) {
      result[i] = {
        kind: 'unchanged',
        submissionId: prior.pending ? prior.pending.id : prior.id,
        departmentId: item.department.id,
        departmentName: item.department.name,
        year: item.year,
        version: prior.version,
        errorCount: prior.errors,
        warningCount: prior.warnings,
        createdDepartment: false,
      };
    }
    return result;
  }

  /** Documents, versions, findings, value rows and city totals of the new versions. */
  private async store(
    tx: Tx,
    pending: readonly PendingVersion[],
    known: KnownState,
    seq: number,
  ): Promise<void> {
    // Documents: the bytes once, whoever else sends them.
    const documentIds = known.documents;
    const newDocuments = new Map<string, IncomingSubmission>();
    for (const v of pending) {
      const sha = v.item.s.analysed.sha256;
      if (!documentIds.has(sha)) newDocuments.set(sha, v.item.s);
    }
    if (newDocuments.size > 0) {
      // Another transaction may be storing the same file right now (the same bytes
      // for two departments): wait for it and use its row instead of failing on the key.
      const inserted = await tx.insertReturning<{ id: number; sha256: string }>(
        'document',
        ['sha256', 'media_type', 'size', 'content'],
        [...newDocuments].map(([sha, s]) => [
          sha,
          s.mediaType.slice(0, 120),
          s.content.length,
          // A view, not a copy, of the bytes.
          Buffer.from(
            s.content.buffer,
            s.content.byteOffset,
            s.content.byteLength,
          ),
        ]),
        'id, sha256',
        'ON CONFLICT (sha256) DO NOTHING',
      );
      for (const r of inserted) documentIds.set(r.sha256, Number(r.id));
      const missing = [...newDocuments.keys()].filter(
        (sha) => !documentIds.has(sha),
      );
      if (missing.length > 0) {
        const rows = await selectIn<{ id: number; sha256: string }>(
          tx,
          'SELECT id, sha256 FROM document WHERE sha256 IN (?)',
          missing,
        );
        for (const r of rows) documentIds.set(r.sha256, Number(r.id));
      }
    }

    // The version that counted before loses it to a new one (a unique index says at
    // most one counts): first, then the new versions.
    const touched = [...known.pairs.values()].filter((p) => p.touched);
    const superseded = touched
      .filter((p) => p.countedNew && p.countedBefore !== null)
      .map((p) => p.countedBefore as number);
    if (superseded.length > 0) {
      await runIn(
        tx,
        'UPDATE submission SET counted = 0 WHERE id IN (?)',
        superseded,
      );
    }
    const rows = pending.map((v) => {
      const { s, department, year } = v.item;
      const report = preparedOf(s.analysed);
      const state = known.pairs.get(pairKey(department.id, year)) as PairState;
      return [
        department.id,
        year,
        v.version,
        documentIds.get(s.analysed.sha256) ?? null,
        s.fileName.slice(0, 255),
        report.format,
        report.generation,
        report.title,
        report.publishedOn,
        v.receivedAt,
        s.submittedBy.slice(0, 100),
        v.status,
        state.countedNew === v ? 1 : 0,
        s.review?.comment ?? null,
        s.review?.by ?? null,
        s.review ? iso(s.review.at) : null,
        v.counts.errors,
        v.counts.warnings,
        v.counts.infos,
        report.model,
      ];
    });
    const ids = await tx.insertReturning<{
      id: number;
      department_id: number;
      year: number;
      version: number;
    }>(
      'submission',
      SUBMISSION_COLUMNS,
      rows,
      'id, department_id, year, version',
    );
    const idOf = new Map(
      ids.map((r) => [
        `${Number(r.department_id)}:${Number(r.year)}:${Number(r.version)}`,
        Number(r.id),
      ]),
    );
    for (const v of pending) {
      const id = idOf.get(
        `${v.item.department.id}:${v.item.year}:${v.version}`,
      );
      if (id === undefined) throw new Error('a new version was not stored');
      v.id = id;
    }

    const findingRows: SqlValue[][] = [];
    for (const v of pending) {
      v.findings.forEach((f, n) => findingRows.push(findingRow(v.id, n, f)));
    }
    await tx.insertMany('finding', FINDING_COLUMNS, findingRows);

    // The value rows of the department-years, and the city totals' change.
    const deltas: CityDeltas = new Map();
    const upserts: SqlValue[][] = [];
    for (const p of touched) {
      const meta: SqlValue[] = [
        seq,
        p.versions,
        p.firstAt ?? '',
        p.latestAt ?? '',
        p.countedStatus,
        p.errors,
        p.warnings,
      ];
      const countedId = p.countedNew ? p.countedNew.id : p.countedBefore;
      const old = p.oldRow;
      if (old && old.submissionId === countedId) {
        await tx.run(
          `UPDATE report_value SET seq = ?, versions = ?, first_received_at = ?, latest_received_at = ?,
             counted_status = ?, error_count = ?, warning_count = ? WHERE department_id = ? AND year = ?`,
          [...meta, p.departmentId, p.year],
        );
        continue;
      }
      if (old) addValues(deltas, p.year, old, -1);
      let packed: PackedValues | null = null;
      let generation: string | null = null;
      if (p.countedNew) {
        packed = p.countedNew.packed;
        generation = preparedOf(p.countedNew.item.s.analysed).generation;
      } else if (countedId !== null) {
        // A value row that lost its way: the counted model, read back.
        const model = await tx.all<{ model: string }>(
          'SELECT model FROM submission WHERE id = ?',
          [countedId],
        );
        const report = model[0] ? readStoredModel(model[0].model) : null;
        packed = report ? packValues(report.values) : null;
        generation = report?.generation ?? null;
      }
      const values = packed ?? { numbers: NO_VALUES, statuses: '' };
      upserts.push([
        p.departmentId,
        p.year,
        packed ? countedId : null,
        generation,
        values.statuses,
        ...meta,
        ...values.numbers,
      ]);
      if (packed) addValues(deltas, p.year, packed, 1);
    }
    await tx.insertMany(
      'report_value',
      REPORT_ROW_COLUMNS,
      upserts,
      REPORT_ROW_UPSERT,
    );
    await applyCityDeltas(tx, deltas);
  }

  /**
   * Years and departments of the batch, in its order: failures become outcomes.
   * Departments to create are numbered first (one statement) and written in one
   * statement, so that a batch of new bodies costs no more round trips than one.
   */
  private async resolveAll(
    tx: Tx,
    order: readonly { s: IncomingSubmission; i: number }[],
    result: SubmissionOutcome[],
    created: DirectoryDepartment[],
  ): Promise<Item[]> {
    const valid: { s: IncomingSubmission; i: number; year: number }[] = [];
    for (const { s, i } of order) {
      try {
        if (
          preparedOf(s.analysed).readFindings.some(
            (f) => f.code === 'NOT_A_REPORT',
          )
        ) {
          throw new StoreError(
            'NOT_A_REPORT',
            `${s.fileName} 不是政府信息公开工作年度报告。`,
            `${s.fileName} is not an annual disclosure report.`,
          );
        }
        valid.push({ s, i, year: resolveYear(s) });
      } catch (e) {
        if (e instanceof StoreError) result[i] = { kind: 'failed', error: e };
        else throw e;
      }
    }
    // At most as many departments are made as names that no code, name or alias
    // has now: a new department never turns a match into no match.
    let unmatched = 0;
    for (const { s } of valid) {
      const name = s.department ?? preparedOf(s.analysed).agency;
      if (
        s.createDepartment &&
        name &&
        name.trim() !== '' &&
        !this.directory.knows(name)
      ) {
        unmatched++;
      }
    }
    const freeIds = unmatched > 0 ? await departmentIds(tx, unmatched) : [];
    const made: DirectoryDepartment[] = [];
    const items: Item[] = [];
    for (const { s, i, year } of valid) {
      try {
        const name = this.departmentName(s);
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
        if (m.department) {
          items.push({ s, i, year, department: m.department });
          continue;
        }
        if (!s.createDepartment) {
          throw new StoreError(
            'DEPARTMENT_UNKNOWN',
            `没有名为“${name}”的部门。`,
            `No department is called "${name}".`,
          );
        }
        const id = freeIds.shift();
        if (id === undefined) throw new Error('no department id left');
        const trimmed = name.trim();
        const department: DirectoryDepartment = {
          id,
          code: codeOf(trimmed),
          name: trimmed,
          kind: guessDepartmentKind(trimmed),
          aliases: [],
          parentId: null,
          activeFrom: year,
          activeTo: null,
        };
        // In the directory at once: later reports of the batch find it.
        this.directory.add(department);
        created.push(department);
        made.push(department);
        items.push({ s, i, year, department, createdDepartment: true });
      } catch (e) {
        if (e instanceof StoreError) result[i] = { kind: 'failed', error: e };
        else throw e;
      }
    }
    if (made.length > 0) {
      const now = new Date().toISOString();
      const inserted = await tx.insertReturning<{ id: number }>(
        'department',
        [
          'id',
          'code',
          'name',
          'kind',
          'parent_id',
          'active_from',
          'active_to',
          'aliases',
          'created_at',
        ],
        made.map((d) => [
          d.id,
          d.code,
          d.name,
          d.kind,
          null,
          d.activeFrom,
          null,
          '[]',
          now,
        ]),
        'id',
        'ON CONFLICT (code) DO NOTHING',
      );
      if (inserted.length < made.length) {
        // Another import created some of them at the same time: theirs are used.
        const ours = new Set(inserted.map((r) => Number(r.id)));
        const lost = made.filter((d) => !ours.has(d.id));
        const rows = await selectIn<Record<string, unknown>>(
          tx,
          'SELECT * FROM department WHERE code IN (?)',
          lost.map((d) => d.code),
        );
        const byCode = new Map(
          rows.map((r) => [String(r['code']), departmentOfRow(r)]),
        );
        for (const d of lost) {
          const found = byCode.get(d.code);
          if (!found) throw new Error(`department ${d.code} vanished`);
          this.directory.remove(d.id);
          this.directory.add(found);
          for (const it of items)
            if (it.department === d) it.department = found;
        }
      }
    }
    return items;
  }

  private departmentName(s: IncomingSubmission): string {
    const name = s.department ?? preparedOf(s.analysed).agency;
    if (!name || name.trim() === '') {
      throw new StoreError(
        'DEPARTMENT_UNKNOWN',
        `${s.fileName}：文档中没有写明报送机关，请指定部门。`,
        `${s.fileName}: the document does not name its agency; give the department.`,
      );
    }
    return name;
  }

  /** The versions, documents and value rows the batch's department-years have now. */
  private async loadState(
    tx: Tx,
    items: readonly Item[],
    departmentIds: readonly number[],
    years: readonly number[],
  ): Promise<KnownState> {
    const known: KnownState = {
      bySha: new Map(),
      documents: new Map(),
      pairs: new Map(),
      countedRows: new Map(),
    };
    const wanted = new Set(
      items.map((it) => pairKey(it.department.id, it.year)),
    );
    const same = await selectIn<Record<string, unknown>>(
      tx,
      `SELECT d.id AS document_id, d.sha256, s.id, s.department_id, s.year, s.version,
              s.error_count, s.warning_count
       FROM document d LEFT JOIN submission s ON s.document_id = d.id
       WHERE d.sha256 IN (?)`,
      unique(items.map((it) => it.s.analysed.sha256)),
    );
    for (const r of same) {
      const sha = String(r['sha256']);
      known.documents.set(sha, Number(r['document_id']));
      if (r['id'] === null || r['id'] === undefined) continue;
      const pair = pairKey(Number(r['department_id']), Number(r['year']));
      if (!wanted.has(pair)) continue;
      const key = `${pair}:${sha}`;
      const version = Number(r['version']);
      const had = known.bySha.get(key);
      if (had && had.version >= version) continue;
      known.bySha.set(key, {
        id: Number(r['id']),
        pending: null,
        version,
        errors: Number(r['error_count']),
        warnings: Number(r['warning_count']),
      });
    }
    for (const pair of wanted) {
      const [d, y] = pair.split(':').map(Number) as [number, number];
      known.pairs.set(pair, {
        departmentId: d,
        year: y,
        versions: 0,
        maxVersion: 0,
        firstAt: null,
        latestAt: null,
        countedBefore: null,
        countedNew: null,
        countedStatus: null,
        errors: null,
        warnings: null,
        oldRow: null,
        touched: false,
      });
    }
    const aggregates = await selectIn2<Record<string, unknown>>(
      tx,
      `SELECT department_id, year, CAST(COUNT(*) AS INTEGER) AS versions,
              MIN(received_at) AS first_at, MAX(received_at) AS latest_at,
              MAX(version) AS max_version,
              MAX(CASE WHEN counted = 1 THEN id END) AS counted_id,
              MAX(CASE WHEN counted = 1 THEN status END) AS counted_status,
              MAX(CASE WHEN counted = 1 THEN error_count END) AS errors,
              MAX(CASE WHEN counted = 1 THEN warning_count END) AS warnings
       FROM submission WHERE department_id IN (?) AND year IN (??)
       GROUP BY department_id, year`,
      departmentIds,
      years,
    );
    const nullable = (v: unknown) =>
      v === null || v === undefined ? null : Number(v);
    for (const a of aggregates) {
      const p = known.pairs.get(
        pairKey(Number(a['department_id']), Number(a['year'])),
      );
      if (!p) continue;
      p.versions = Number(a['versions'] ?? 0);
      p.maxVersion = Number(a['max_version'] ?? 0);
      p.firstAt = a['first_at'] === null ? null : String(a['first_at']);
      p.latestAt = a['latest_at'] === null ? null : String(a['latest_at']);
      p.countedBefore = nullable(a['counted_id']);
      p.countedStatus =
        a['counted_status'] === null || a['counted_status'] === undefined
          ? null
          : String(a['counted_status']);
      p.errors = nullable(a['errors']);
      p.warnings = nullable(a['warnings']);
    }
    // The value rows: of these department-years (replaced or updated), and of the
    // years before them (the cross-year checks).
    // As arrays: objects of 238 keys cost more than reading them.
    const valueRows = await selectIn2(
      tx,
      `SELECT department_id, year, submission_id, generation, statuses, ${VALUE_COLUMNS.map((c) => `"${c}"`).join(', ')}
       FROM report_value WHERE department_id IN (?) AND year IN (??)`,
      departmentIds,
      unique([...years, ...years.map((y) => y - 1)]),
      true,
    );
    for (const r of valueRows) {
      const pair = pairKey(Number(r[0]), Number(r[1]));
      const row: ValueRow = {
        submissionId: r[2] === null || r[2] === undefined ? null : Number(r[2]),
        generation: (r[3] as string | null) ?? null,
        statuses: String(r[4] ?? ''),
        numbers: r.slice(5) as (number | null)[],
      };
      const p = known.pairs.get(pair);
      if (p) p.oldRow = row;
      if (row.submissionId !== null) known.countedRows.set(pair, row);
    }
    return known;
  }
}

interface Item {
  s: IncomingSubmission;
  /** Its place in the batch. */
  i: number;
  year: number;
  department: DirectoryDepartment;
  createdDepartment?: boolean;
}

interface PendingVersion {
  item: Item;
  version: number;
  status: SubmissionStatus;
  receivedAt: string;
  findings: Finding[];
  counts: { errors: number; warnings: number; infos: number };
  /** The values, when the version counts on arrival. */
  packed: PackedValues | null;
  /** Known once stored. */
  id: number;
}

/** A version with the same document: stored before, or earlier in the batch. */
interface PriorVersion {
  id: number;
  pending: PendingVersion | null;
  version: number;
  errors: number;
  warnings: number;
}

/** A department-year as the batch leaves it. */
interface PairState {
  departmentId: number;
  year: number;
  versions: number;
  maxVersion: number;
  firstAt: string | null;
  latestAt: string | null;
  /** The version that counted before the batch. */
  countedBefore: number | null;
  /** The batch's version that counts now, if one does. */
  countedNew: PendingVersion | null;
  countedStatus: string | null;
  errors: number | null;
  warnings: number | null;
  /** Its report_value row before the batch. */
  oldRow: ValueRow | null;
  /** A new version arrived. */
  touched: boolean;
}

interface KnownState {
  /** `departmentId:year:sha256` → the latest version of that document. */
  bySha: Map<string, PriorVersion>;
  /** sha256 → document id. */
  documents: Map<string, number>;
  /** `departmentId:year` → its state. */
  pairs: Map<string, PairState>;
  /** `departmentId:year` → the value row of the counted version (for the next year's checks). */
  countedRows: Map<string, ValueRow>;
}

const pairKey = (departmentId: number, year: number) =>
  `${departmentId}:${year}`;

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The values of a report_value row. */
interface ValueRow extends PackedValues {
  submissionId: number | null;
  generation: string | null;
}

/** Values per `IN (?)` list: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const IN_CHUNK = 5000;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += IN_CHUNK) {
    out.push(values.slice(i, i + IN_CHUNK));
  }
  return out;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** `sql` with its one `IN (?)` expanded, run over chunks of `values`. */
async function selectIn<T>(
  tx: Pick<Tx, 'all'>,
  sql: string,
  values: readonly SqlValue[],
): Promise<T[]> {
  const out: T[] = [];
  for (const chunk of chunks(values)) {
    const rows = await tx.all<T>(
      sql.replace('IN (?)', `IN (${marks(chunk.length)})`),
      chunk,
    );
    for (const r of rows) out.push(r);
  }
  return out;
}

/** `sql` with `IN (?)` over `first` (in chunks) and `IN (??)` over `second` (whole). */
async function selectIn2<T>(
  tx: Pick<Tx, 'all' | 'rows'>,
  sql: string,
  first: readonly SqlValue[],
  second: readonly SqlValue[],
): Promise<T[]>;
async function selectIn2(
  tx: Pick<Tx, 'all' | 'rows'>,
  sql: string,
  first: readonly SqlValue[],
  second: readonly SqlValue[],
  asArrays: true,
): Promise<unknown[][]>;
async function selectIn2(
  tx: Pick<Tx, 'all' | 'rows'>,
  sql: string,
  first: readonly SqlValue[],
  second: readonly SqlValue[],
  asArrays = false,
): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const chunk of chunks(first)) {
    const text = sql
      .replace('IN (?)', `IN (${marks(chunk.length)})`)
      .replace('IN (??)', `IN (${marks(second.length)})`);
    const params = [...chunk, ...second];
    const rows = asArrays
      ? await tx.rows(text, params)
      : await tx.all(text, params);
    for (const r of rows) out.push(r);
  }
  return out;
}

async function runIn(
  tx: Pick<Tx, 'run'>,
  sql: string,
  values: readonly SqlValue[],
): Promise<void> {
  for (const chunk of chunks(values)) {
    await tx.run(sql.replace('IN (?)', `IN (${marks(chunk.length)})`), chunk);
  }
}

/** A code made from the name: two imports creating the same body at once agree. */
const codeOf = (name: string) =>
  `dept-${sha256(Buffer.from(agencyKey(name))).slice(0, 12)}`;

/** `n` unused department ids, taken before the rows are written. */
async function departmentIds(tx: Tx, n: number): Promise<number[]> {
  if (tx.dialect === 'postgres') {
    const rows = await tx.all<{ id: string | number }>(
      "SELECT nextval(pg_get_serial_sequence('department', 'id')) AS id FROM generate_series(1, ?)",
      [n],
    );
    return rows.map((r) => Number(r.id));
  }
  // SQLite: the writer holds the database; AUTOINCREMENT never reuses a number.
  const rows = await tx.all<{ top: number | null }>(
    `SELECT MAX(top) AS top FROM (
       SELECT MAX(id) AS top FROM department
       UNION ALL SELECT seq AS top FROM sqlite_sequence WHERE name = 'department')`,
  );
  const top = Number(rows[0]?.top ?? 0);
  return Array.from({ length: n }, (_, k) => top + 1 + k);
}

const SUBMISSION_COLUMNS = [
  'department_id',
  'year',
  'version',
  'document_id',
  'file_name',
  'format',
  'generation',
  'title',
  'published_on',
  'received_at',
  'submitted_by',
  'status',
  'counted',
  'review_comment',
  'reviewed_by',
  'reviewed_at',
  'error_count',
  'warning_count',
  'info_count',
  'model',
] as const;

function resolveYear(s: IncomingSubmission): number {
  const year = s.year ?? preparedOf(s.analysed).year;
  if (year === null || year === undefined) {
    throw new StoreError(
      'YEAR_UNKNOWN',
      `${s.fileName}：文档中找不到报告年度，请指定年度。`,
      `${s.fileName}: the document does not state its report year; give the year.`,
    );
  }
  return checkReportYear(year);
}

/** A report year the store takes: from the 2008 regulation to this year. */
export function checkReportYear(year: number): number {
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
  const code = d.code ?? codeOf(d.name);
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

/** The value row replaces the one a department-year had. */
const REPORT_ROW_UPSERT = `ON CONFLICT (department_id, year) DO UPDATE SET ${REPORT_ROW_COLUMNS.slice(
  2,
)
  .map((c) => `"${c}" = excluded."${c}"`)
  .join(', ')}`;

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
    addValues(deltas, year, valuesOfRow(old), -1);
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
      report = rows[0] ? readStoredModel(rows[0].model) : null;
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
  if (report) addValues(deltas, year, packed, 1);
}

/** A report_value row's values. */
function valuesOfRow(row: Record<string, unknown>): ValueRow {
  return {
    submissionId:
      row['submission_id'] === null || row['submission_id'] === undefined
        ? null
        : Number(row['submission_id']),
    generation: (row['generation'] as string | null) ?? null,
    statuses: String(row['statuses'] ?? ''),
    numbers: VALUE_COLUMNS.map((c) => row[c] as number | null),
  };
}

function addValues(
  deltas: CityDeltas,
  year: number,
  row: PackedValues,
  sign: 1 | -1,
): void {
  const statuses = row.statuses;
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
      d.total += sign * Number(row.numbers[i] ?? 0);
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
 * Last year's counted report as the checks in context need it (its year, generation
 * and CONTEXT_CHECK_METRICS), from its value row: cheaper than parsing the stored
 * model.
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
  return rows[0] ? reportOfRow(valuesOfRow(rows[0]), year) : null;
}

/** A value row as the report the checks in context read (`reportOfPacked`). */
function reportOfRow(row: ValueRow, year: number): ParsedReport {
  return reportOfPacked(row, {
    year,
    agency: null,
    generation: (row.generation as ParsedReport['generation']) ?? null,
  });
}

/**
 * R6–R8 and R13 from the values' numbers and locations, without reading the report
 * back from its model; from the whole report only when a location could not be packed.
 */
function checksInContext(
  analysed: AnalysedDocument,
  p: PreparedReport,
  options: CheckOptions,
): Finding[] {
  return checkInContext(
    p.locations ? reportOfPacked(p.packed, p, p.locations) : analysed.report,
    options,
  );
}
