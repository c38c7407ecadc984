import type { Db } from './db';
import { metricIndex, valueColumn } from './value-columns';

/** First report year the index holds, and how many years from there. */
const BASE_YEAR = 2008;
const YEAR_SPAN = 32;
export const INDEX_YEARS = {
  first: BASE_YEAR,
  last: BASE_YEAR + YEAR_SPAN - 1,
} as const;

/** Status of a cell in a column: the codes of the stored status characters. */
export const CELL_ABSENT = 0;
export const CELL_NUMBER = 1;
export const CELL_BLANK = 2;
export const CELL_NOT_APPLICABLE = 3;
export const CELL_UNREADABLE = 4;

const CELL_OF_CHAR: Record<string, number> = {
  n: CELL_NUMBER,
  b: CELL_BLANK,
  x: CELL_NOT_APPLICABLE,
  u: CELL_UNREADABLE,
};

const GENERATIONS = [null, 'G0', 'G1', 'G2'] as const;
const COUNTED_STATUSES = [null, 'submitted', 'accepted', 'returned'] as const;

interface MetricColumn {
  seq: number;
  values: Float64Array;
  cells: Uint8Array;
  lastUsed: number;
}

type Row = Record<string, unknown>;

const num = (v: unknown): number => Number(v);

/** The newest change seen: a loop, since 100,000 rows are too many arguments for Math.max. */
function maxSeq(current: number, rows: readonly Row[]): number {
  let seq = current;
  for (const r of rows) seq = Math.max(seq, num(r['seq']));
  return seq;
}

/**
 * The report rows in memory, column by column, for the dashboard's big reads
 * (series of every department, rankings, the compliance board). It follows the
 * database through the change counter `value_seq`: each read first fetches only the
 * rows changed since the last one, so no read scans all reports after the first.
 * Metric columns are loaded when first asked for, and the least used are dropped
 * beyond `maxMetrics`.
 */
export class ReportIndex {
  private seq = 0;
  private capacity = 0;
  /** Bumped when the index grows: every slot moves then (see `slot`). */
  private grown = 0;
  /**
   * Departments by the order the index met them: the arrays are sized by how many
   * departments have reports, not by the largest id (ids of a sequence that failed
   * imports used up can be far apart).
   */
  private readonly ordinals = new Map<number, number>();
  private clock = 0;
  present = new Uint8Array(0);
  submissionId = new Int32Array(0);
  generation = new Uint8Array(0);
  versions = new Int32Array(0);
  firstReceived = new Float64Array(0);
  latestReceived = new Float64Array(0);
  countedStatus = new Uint8Array(0);
  errors = new Int32Array(0);
  warnings = new Int32Array(0);
  private readonly metrics = new Map<string, MetricColumn>();

  constructor(
    private readonly db: Db,
    private readonly maxMetrics = 48,
  ) {}

  /**
   * Slots are year-major: a year's departments are contiguous, and the same
   * department a year later is `yearStride` slots on. A query over many departments
   * then reads each column in a few sequential runs, not one cache line per
   * department (docs/ARCHITECTURE.md). Growth moves every slot, so slots, strides
   * and columns are valid until the next `sync` only: a reader that keeps them
   * across an `await` checks `layout` first.
   */
  get yearStride(): number {
    return this.capacity;
  }

  /** Changes whenever slots move (the index grew). */
  get layout(): number {
    return this.grown;
  }

  /**
   * The slot of a department-year, or -1 outside the years the index holds and for a
   * department without any report row.
   */
  slot(departmentId: number, year: number): number {
    const y = year - BASE_YEAR;
    const ordinal = this.ordinals.get(departmentId);
    if (ordinal === undefined || y < 0 || y >= YEAR_SPAN) return -1;
    return y * this.capacity + ordinal;
  }

  countedStatusAt(slot: number): 'submitted' | 'accepted' | 'returned' | null {
    return COUNTED_STATUSES[this.countedStatus[slot] ?? 0] ?? null;
  }

  /** The column of a metric, after `sync` asked for it. */
  column(metric: string): { values: Float64Array; cells: Uint8Array } {
    const c = this.metrics.get(metric);
    if (!c) throw new Error(`metric ${metric} is not loaded`);
    return c;
  }

  /** Brings the index up to the last committed change, with these metric columns. */
  async sync(metrics: readonly string[] = []): Promise<void> {
    const counter = await this.db.all<{ value: string }>(
      "SELECT value FROM app_meta WHERE key = 'value_seq'",
    );
    const current = num(counter[0]?.value ?? 0);
    if (current > this.seq) {
      const rows = await this.db.all<Row>(
        `SELECT department_id, year, seq, submission_id, generation, versions, first_received_at,
                latest_received_at, counted_status, error_count, warning_count
         FROM report_value WHERE seq > ?`,
        [this.seq],
      );
      for (const r of rows) this.applyMeta(r);
      this.seq = maxSeq(current, rows);
    }
    const stale = new Map<number, string[]>();
    for (const m of metrics) {
      let c = this.metrics.get(m);
      if (!c) {
        c = {
          seq: 0,
          values: new Float64Array(this.capacity * YEAR_SPAN),
          cells: new Uint8Array(this.capacity * YEAR_SPAN),
          lastUsed: 0,
        };
        this.metrics.set(m, c);
      }
      c.lastUsed = ++this.clock;
      if (c.seq < current) {
        const list = stale.get(c.seq) ?? [];
        list.push(m);
        stale.set(c.seq, list);
      }
    }
    for (const [since, list] of stale) {
      const rows = await this.db.all<Row>(
        `SELECT department_id, year, seq, statuses, ${list.map((m) => `"${valueColumn(m)}"`).join(', ')}
         FROM report_value WHERE seq > ?`,
        [since],
      );
      for (const r of rows) this.applyValues(r, list);
      const seen = maxSeq(current, rows);
      for (const m of list) (this.metrics.get(m) as MetricColumn).seq = seen;
    }
    this.evict(metrics);
  }

  private grow(ordinal: number): void {
    if (ordinal < this.capacity) return;
    const capacity = Math.max(ordinal + 1, this.capacity * 2, 64);
    const old = this.capacity;
    // Year-major: each year's run of departments moves to its place in the larger array.
    const copy = <T extends Uint8Array | Int32Array | Float64Array>(
      a: T,
    ): T => {
      const b = new (a.constructor as new (n: number) => T)(
        capacity * YEAR_SPAN,
      );
      for (let y = 0; y < YEAR_SPAN && old > 0; y++) {
        b.set(a.subarray(y * old, (y + 1) * old), y * capacity);
      }
      return b;
    };
    this.present = copy(this.present);
    this.submissionId = copy(this.submissionId);
    this.generation = copy(this.generation);
    this.versions = copy(this.versions);
    this.firstReceived = copy(this.firstReceived);
    this.latestReceived = copy(this.latestReceived);
    this.countedStatus = copy(this.countedStatus);
    this.errors = copy(this.errors);
    this.warnings = copy(this.warnings);
    for (const c of this.metrics.values()) {
      c.values = copy(c.values);
      c.cells = copy(c.cells);
    }
    this.capacity = capacity;
    this.grown++;
  }

  private slotOfRow(r: Row): number {
    const departmentId = num(r['department_id']);
    if (!this.ordinals.has(departmentId)) {
      const ordinal = this.ordinals.size;
      this.grow(ordinal);
      this.ordinals.set(departmentId, ordinal);
    }
    return this.slot(departmentId, num(r['year']));
  }

  private applyMeta(r: Row): void {
    const s = this.slotOfRow(r);
    if (s < 0) return;
    const counted = r['submission_id'];
    this.present[s] = 1;
    this.submissionId[s] =
      counted === null || counted === undefined ? 0 : num(counted);
    this.generation[s] = Math.max(
      0,
      GENERATIONS.indexOf(r['generation'] as 'G0'),
    );
    this.versions[s] = num(r['versions']);
    this.firstReceived[s] = Date.parse(String(r['first_received_at']));
    this.latestReceived[s] = Date.parse(String(r['latest_received_at']));
    this.countedStatus[s] = Math.max(
      0,
      COUNTED_STATUSES.indexOf(r['counted_status'] as 'submitted'),
    );
    this.errors[s] = r['error_count'] === null ? -1 : num(r['error_count']);
    this.warnings[s] =
      r['warning_count'] === null ? -1 : num(r['warning_count']);
  }

  private applyValues(r: Row, metrics: readonly string[]): void {
    const s = this.slotOfRow(r);
    if (s < 0) return;
    const statuses = String(r['statuses'] ?? '');
    for (const m of metrics) {
      const c = this.metrics.get(m) as MetricColumn;
      const cell =
        CELL_OF_CHAR[statuses[metricIndex(m) as number] ?? ''] ?? CELL_ABSENT;
      c.cells[s] = cell;
      c.values[s] = cell === CELL_NUMBER ? num(r[valueColumn(m)]) : NaN;
    }
  }

  private evict(keep: readonly string[]): void {
    if (this.metrics.size <= this.maxMetrics) return;
    const wanted = new Set(keep);
    const byAge = [...this.metrics.entries()]
      .filter(([m]) => !wanted.has(m))
      .sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [m] of byAge.slice(0, this.metrics.size - this.maxMetrics)) {
      this.metrics.delete(m);
    }
  }
}
