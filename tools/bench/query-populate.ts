/**
 * Test data for the query benchmark, written straight into the tables (no parsing):
 * a city of departments of every kind with a few reorganisations, and one counted
 * report per department and active year 2019–2025 (a small share missing), some with
 * an earlier version. The values are consistent random reports (`arbitraryReportData`)
 * converted to cells and packed into the wide `report_value` row exactly as the
 * submission writer does; `city_total` is summed from the same rows.
 */
// The bench project is tagged scope:shared; this benchmark fills the API's tables
// (scope:api), as tools/db does.
import type { Db, SqlValue } from '@gongkai/api-persistence';
import {
  packValues,
  REPORT_ROW_COLUMNS,
  VALUE_COLUMNS,
  VALUE_METRICS,
} from '@gongkai/api-persistence';
import { deadlineFor } from '@gongkai/disclosure-domain';
import type {
  CellValue,
  DepartmentKind,
  ReportData,
} from '@gongkai/disclosure-domain';
import fc from 'fast-check';

import {
  arbitraryReportData,
  prng,
  sampleReportData,
} from '@gongkai/disclosure-domain/testing';

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;
const DISTRICTS = 16;
/** Share of the expected department-years without a counted report. */
const MISSING_RATE = 0.015;
/** Share of counted reports with an earlier version (returned or superseded). */
const SECOND_VERSION_RATE = 0.08;
/** Share of the missing department-years that have a returned version only. */
const RETURNED_ONLY_RATE = 0.1;
/** Share of number cells turned unreadable (as a misread cell would be). */
const UNREADABLE_RATE = 0.002;

export interface PopulateOptions {
  reports: number;
  seed: number;
  /** Distinct random reports drawn per generation; the rows reuse them. */
  distinct: number;
  /** Department-years per write transaction. */
  batch: number;
  /** Abort (throw PopulateTimeout) when this time (performance.now()) is passed. */
  deadline?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface PopulateResult {
  departments: number;
  byKind: Record<DepartmentKind, number>;
  successions: number;
  reports: number;
  submissions: number;
  missing: number;
  seconds: number;
  generateSeconds: number;
}

export class PopulateTimeout extends Error {
  constructor(
    readonly reportsWritten: number,
    readonly seconds: number,
  ) {
    super(
      `population aborted after ${seconds.toFixed(0)} s (${reportsWritten} reports written)`,
    );
  }
}

interface PlannedDepartment {
  id: number;
  code: string;
  name: string;
  kind: DepartmentKind;
  parentId: number | null;
  activeFrom: number | null;
  activeTo: number | null;
  aliases: string[];
}

interface PlannedSuccession {
  predecessorId: number;
  successorId: number;
  year: number;
  kind: 'merge' | 'rename' | 'split';
}

const activeYears = (d: PlannedDepartment) =>
  Math.max(
    0,
    Math.min(LAST_YEAR, d.activeTo ?? LAST_YEAR) -
      Math.max(FIRST_YEAR, d.activeFrom ?? FIRST_YEAR) +
      1,
  );

const isActive = (d: PlannedDepartment, year: number) =>
  (d.activeFrom === null || d.activeFrom <= year) &&
  (d.activeTo === null || year <= d.activeTo);

/**
 * Departments until they have `slots` department-years: 16 district governments,
 * then townships (15%), city departments (5%) and other bodies (district bureaus,
 * centres). Every 150th step is a merge of two bodies in 2022, every 400th a rename
 * in 2023, every 97th a body founded after 2019 and every 211th one dissolved in 2023.
 */
function planDepartments(
  slots: number,
  random: () => number,
): { departments: PlannedDepartment[]; successions: PlannedSuccession[] } {
  const departments: PlannedDepartment[] = [];
  const successions: PlannedSuccession[] = [];
  let total = 0;
  const add = (
    d: Omit<PlannedDepartment, 'id' | 'code' | 'aliases'> & {
      aliases?: string[];
    },
  ): PlannedDepartment => {
    const id = departments.length + 1;
    const full: PlannedDepartment = {
      ...d,
      id,
      code: `b-${String(id).padStart(5, '0')}`,
      aliases: d.aliases ?? [],
    };
    departments.push(full);
    total += activeYears(full);
    return full;
  };
  for (let i = 1; i <= DISTRICTS; i++) {
    add({
      name: `示例市第${i}区人民政府`,
      kind: 'district',
      parentId: null,
      activeFrom: null,
      activeTo: null,
      aliases: [`第${i}区政府`],
    });
  }
  const body = (
    step: number,
    activeFrom: number | null,
    activeTo: number | null,
  ): Omit<PlannedDepartment, 'id' | 'code' | 'aliases'> => {
    const n = departments.length + 1;
    const district = (n % DISTRICTS) + 1;
    const r = random();
    if (r < 0.15) {
      return {
        name: `示例市第${district}区第${n}街道办事处`,
        kind: 'township',
        parentId: district,
        activeFrom,
        activeTo,
      };
    }
    if (r < 0.2) {
      return {
        name: `示例市第${n}局`,
        kind: 'cityDepartment',
        parentId: null,
        activeFrom,
        activeTo,
      };
    }
    return {
      name: `示例市第${district}区第${n}${step % 3 === 0 ? '中心' : '局'}`,
      kind: 'other',
      parentId: random() < 0.7 ? district : null,
      activeFrom,
      activeTo,
    };
  };
  for (let step = 1; total < slots; step++) {
    if (step % 150 === 0) {
      const a = add(body(step, null, 2021));
      const b = add(body(step, null, 2021));
      const merged = add({ ...body(step, 2022, null), name: `合并${a.name}` });
      for (const p of [a, b]) {
        successions.push({
          predecessorId: p.id,
          successorId: merged.id,
          year: 2022,
          kind: 'merge',
        });
      }
    } else if (step % 400 === 0) {
      const old = add(body(step, null, 2022));
      const renamed = add({
        ...body(step, 2023, null),
        name: `更名${old.name}`,
        aliases: [old.name],
      });
      successions.push({
        predecessorId: old.id,
        successorId: renamed.id,
        year: 2023,
        kind: 'rename',
      });
    } else if (step % 97 === 0) {
      add(body(step, 2020 + (step % 5), null));
    } else if (step % 211 === 0) {
      add(body(step, null, 2023));
    } else {
      add(body(step, null, null));
    }
  }
  return { departments, successions };
}

/** A report's values as the parser would have read them. */
function toCells(
  data: ReportData,
  random: () => number,
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const [id, v] of Object.entries(data.values)) {
    if (v === '/') {
      cells[id] = {
        status: 'notApplicable',
        value: null,
        raw: '/',
        location: null,
      };
    } else if (v === null) {
      cells[id] = { status: 'blank', value: null, raw: '', location: null };
    } else if (random() < UNREADABLE_RATE) {
      cells[id] = {
        status: 'unreadable',
        value: null,
        raw: `${v}件`,
        location: null,
      };
    } else {
      cells[id] = {
        status: 'number',
        value: v,
        raw: String(v),
        location: null,
      };
    }
  }
  return cells;
}

interface PooledReport {
  generation: 'G1' | 'G2';
  numbers: (number | null)[];
  statuses: string;
}

/** `n` random consistent reports of a generation plus the fixed sample, packed. */
function pool(
  generation: 'G1' | 'G2',
  n: number,
  seed: number,
  random: () => number,
): PooledReport[] {
  const drawn = fc.sample(arbitraryReportData({ generation, blankRate: 0.1 }), {
    numRuns: Math.max(1, n - 1),
    seed,
  });
  return [sampleReportData(generation), ...drawn].map((data) => ({
    generation,
    ...packValues(toCells(data, random)),
  }));
}

const SUBMISSION_COLUMNS = [
  'id',
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

const NO_NUMBERS: null[] = VALUE_COLUMNS.map(() => null);

interface Planted {
  id: number;
  receivedAt: number;
  status: string;
  errors: number;
  warnings: number;
}

/** The board's columns of a department-year row (seq 1: all written by one load). */
function boardColumns(
  versions: Planted[],
  counted: Planted | null,
): SqlValue[] {
  const times = versions.map((v) => v.receivedAt);
  return [
    1,
    versions.length,
    new Date(Math.min(...times)).toISOString(),
    new Date(Math.max(...times)).toISOString(),
    counted?.status ?? null,
    counted?.errors ?? null,
    counted?.warnings ?? null,
  ];
}

const DAY = 86_400_000;

/** Counter of a status character: reported, blank, not applicable, unreadable. */
const STATUS_SLOT: Readonly<Record<string, number>> = {
  n: 0,
  b: 1,
  x: 2,
  u: 3,
};

/** City totals per year and metric, summed as the writer's deltas would be. */
class CityTotals {
  private readonly total = new Float64Array(YEARS * VALUE_METRICS.length);
  private readonly counts = new Int32Array(YEARS * VALUE_METRICS.length * 4);

  add(year: number, r: PooledReport): void {
    const base = (year - FIRST_YEAR) * VALUE_METRICS.length;
    for (let i = 0; i < VALUE_METRICS.length; i++) {
      const slot = STATUS_SLOT[r.statuses[i] ?? '-'];
      if (slot === undefined) continue;
      const k = (base + i) * 4 + slot;
      this.counts[k] = (this.counts[k] ?? 0) + 1;
      if (slot === 0) {
        this.total[base + i] =
          (this.total[base + i] ?? 0) + (r.numbers[i] ?? 0);
      }
    }
  }

  rows(): SqlValue[][] {
    const out: SqlValue[][] = [];
    for (let y = 0; y < YEARS; y++) {
      for (let i = 0; i < VALUE_METRICS.length; i++) {
        const k = y * VALUE_METRICS.length + i;
        const c = [0, 1, 2, 3].map((j) => this.counts[k * 4 + j] ?? 0);
        if (c.every((n) => n === 0)) continue;
        out.push([
          FIRST_YEAR + y,
          VALUE_METRICS[i] ?? '',
          this.total[k] ?? 0,
          ...c,
        ]);
      }
    }
    return out;
  }
}

/**
 * Fills an empty, migrated database with `reports` counted reports. Writes through
 * the `Db` gateway (prepared statements on SQLite, multi-row INSERT on PostgreSQL),
 * one transaction per batch.
 */
export async function populate(
  db: Db,
  options: PopulateOptions,
): Promise<PopulateResult> {
  const started = performance.now();
  const random = prng(options.seed);
  const g1 = pool('G1', options.distinct, options.seed, random);
  const g2 = pool('G2', options.distinct, options.seed + 1, random);
  const generateSeconds = (performance.now() - started) / 1000;

  const { departments, successions } = planDepartments(
    Math.ceil(options.reports / (1 - MISSING_RATE)),
    random,
  );
  // Exactly `reports` department-years get a counted report; the rest are missing.
  const slots = departments.reduce((n, d) => n + activeYears(d), 0);
  const missing = new Uint8Array(slots);
  const order = Array.from({ length: slots }, (_, i) => i);
  for (let i = 0; i < slots - options.reports; i++) {
    const j = i + Math.floor(random() * (slots - i));
    const pick = order[j] ?? 0;
    order[j] = order[i] ?? 0;
    order[i] = pick;
    missing[pick] = 1;
  }

  const now = new Date().toISOString();
  await db.write(async (tx) => {
    await tx.insertMany(
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
      departments.map((d) => [
        d.id,
        d.code,
        d.name,
        d.kind,
        d.parentId,
        d.activeFrom,
        d.activeTo,
        JSON.stringify(d.aliases),
        now,
      ]),
    );
    await tx.insertMany(
      'department_succession',
      ['predecessor_id', 'successor_id', 'year', 'kind'],
      successions.map((s) => [s.predecessorId, s.successorId, s.year, s.kind]),
    );
    const doc = Buffer.from('<html><body>bench</body></html>', 'utf8');
    await tx.insertMany(
      'document',
      ['id', 'sha256', 'media_type', 'size', 'content'],
      [[1, 'b'.repeat(64), 'text/html', doc.length, doc]],
    );
  });

  const totals = new CityTotals();
  let submissionId = 0;
  let reports = 0;
  let slot = 0;
  let submissions: SqlValue[][] = [];
  let values: SqlValue[][] = [];
  const flush = async () => {
    if (submissions.length === 0) return;
    const s = submissions;
    const v = values;
    submissions = [];
    values = [];
    await db.write(async (tx) => {
      await tx.insertMany('submission', SUBMISSION_COLUMNS, s);
      await tx.insertMany('report_value', REPORT_ROW_COLUMNS, v);
    });
    options.onProgress?.(reports, options.reports);
    if (
      options.deadline !== undefined &&
      performance.now() > options.deadline
    ) {
      throw new PopulateTimeout(reports, (performance.now() - started) / 1000);
    }
  };
  const submission = (
    d: PlannedDepartment,
    year: number,
    version: number,
    generation: string,
    receivedAt: number,
    status: 'submitted' | 'returned' | 'accepted',
    counted: boolean,
  ): Planted => {
    const id = ++submissionId;
    const title = `${d.name}${year}年政府信息公开工作年度报告`;
    const reviewed = status !== 'submitted';
    const errors = random() < 0.04 ? 1 + Math.floor(random() * 3) : 0;
    const warnings = Math.floor(random() * 6);
    submissions.push([
      id,
      d.id,
      year,
      version,
      1,
      `${d.code}-${year}-v${version}.html`,
      'html',
      generation,
      title,
      new Date(receivedAt - 2 * DAY).toISOString().slice(0, 10),
      new Date(receivedAt).toISOString(),
      `${d.code}@example.gov.cn`,
      status,
      counted ? 1 : 0,
      status === 'returned' ? '请核对第三部分表格的总计。' : null,
      reviewed ? 'office' : null,
      reviewed ? new Date(receivedAt + 3 * DAY).toISOString() : null,
      errors,
      warnings,
      Math.floor(random() * 3),
      // A small model: the real one (every cell with its location) is ~100× larger.
      JSON.stringify({
        format: 'html',
        title,
        year,
        yearSource: 'title',
        agency: d.name,
        agencySource: 'title',
        publishedOn: null,
        generation,
        sections: [],
        tables: [],
        values: {},
        extras: [],
        truncated: false,
      }),
    ]);
    return { id, receivedAt, status, errors, warnings };
  };

  for (const d of departments) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      if (!isActive(d, year)) continue;
      const isMissing = missing[slot++] === 1;
      const deadline = Date.parse(
        `${deadlineFor(year, d.kind)}T23:59:59+08:00`,
      );
      // Most come in within the six weeks before the deadline; 7% are late.
      const received =
        random() < 0.07
          ? deadline + (1 + Math.floor(random() * 30)) * DAY
          : deadline - Math.floor(random() * 42 * DAY) - 3600_000;
      if (isMissing) {
        if (random() < RETURNED_ONLY_RATE) {
          const only = submission(
            d,
            year,
            1,
            year <= 2020 ? 'G1' : 'G2',
            received,
            'returned',
            false,
          );
          values.push([
            d.id,
            year,
            null,
            null,
            '',
            ...boardColumns([only], null),
            ...NO_NUMBERS,
          ]);
        }
        continue;
      }
      const list = year <= 2020 ? g1 : g2;
      const r = list[Math.floor(random() * list.length)] as PooledReport;
      let version = 1;
      const versions: Planted[] = [];
      if (random() < SECOND_VERSION_RATE) {
        const earlier = received - (3 + Math.floor(random() * 18)) * DAY;
        const first = submission(
          d,
          year,
          version++,
          r.generation,
          earlier,
          random() < 0.6 ? 'returned' : 'submitted',
          false,
        );
        versions.push(first);
      }
      const counted = submission(
        d,
        year,
        version,
        r.generation,
        received,
        random() < 0.75 ? 'accepted' : 'submitted',
        true,
      );
      versions.push(counted);
      values.push([
        d.id,
        year,
        counted.id,
        r.generation,
        r.statuses,
        ...boardColumns(versions, counted),
        ...r.numbers,
      ]);
      totals.add(year, r);
      reports++;
      if (values.length >= options.batch) await flush();
    }
  }
  await flush();

  await db.write(async (tx) => {
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
      totals.rows(),
    );
    await tx.run("UPDATE app_meta SET value = '1' WHERE key = 'value_seq'");
    if (tx.dialect === 'postgres') {
      // Explicit ids were inserted: move the sequences past them.
      for (const table of ['department', 'document', 'submission']) {
        await tx.all(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM "${table}"))`,
        );
      }
    }
  });

  const byKind: Record<DepartmentKind, number> = {
    cityDepartment: 0,
    district: 0,
    township: 0,
    other: 0,
  };
  for (const d of departments) byKind[d.kind]++;
  return {
    departments: departments.length,
    byKind,
    successions: successions.length,
    reports,
    submissions: submissionId,
    missing: slots - reports,
    seconds: (performance.now() - started) / 1000,
    generateSeconds,
  };
}
