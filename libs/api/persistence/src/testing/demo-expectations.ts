import type { DemoDepartment, DemoPlan, DemoReport } from '@gongkai/demo-city';
import {
  daysLate,
  deadlineFor,
  FINDING_CODES,
  getMetric,
} from '@gongkai/disclosure-domain';
import type { PointStatus } from '@gongkai/disclosure-domain';

/**
 * What the queries must answer for the demo city, derived from the plan alone (what
 * was rendered into each document and how it was reviewed), never from the store.
 */
export class DemoExpectations {
  private readonly versions = new Map<string, DemoReport[]>();
  private readonly departments = new Map<string, DemoDepartment>();

  constructor(
    readonly plan: DemoPlan,
    /** Department id in the store by code. */
    private readonly idOf: ReadonlyMap<string, number>,
  ) {
    for (const r of plan.reports) {
      const key = `${r.submission.departmentCode}|${r.submission.year}`;
      this.versions.set(key, [...(this.versions.get(key) ?? []), r]);
    }
    for (const list of this.versions.values()) {
      list.sort((a, b) => a.submission.version - b.submission.version);
    }
    for (const d of plan.city.departments) this.departments.set(d.code, d);
  }

  department(code: string): DemoDepartment {
    const d = this.departments.get(code);
    if (!d) throw new Error(`no demo department ${code}`);
    return d;
  }

  id(code: string): number {
    const id = this.idOf.get(code);
    if (id === undefined) throw new Error(`department ${code} not loaded`);
    return id;
  }

  versionsOf(code: string, year: number): DemoReport[] {
    return this.versions.get(`${code}|${year}`) ?? [];
  }

  /** The version that counts: the latest one not returned. */
  counted(code: string, year: number): DemoReport | null {
    const list = this.versionsOf(code, year).filter(
      (r) => r.submission.review?.action !== 'return',
    );
    return list[list.length - 1] ?? null;
  }

  /** Every counted version of a year. */
  countedIn(year: number): DemoReport[] {
    return this.plan.city.departments
      .map((d) => this.counted(d.code, year))
      .filter((r): r is DemoReport => r !== null);
  }

  isActive(code: string, year: number): boolean {
    const d = this.department(code);
    return (
      (d.activeFrom === null || d.activeFrom <= year) &&
      (d.activeTo === null || year <= d.activeTo)
    );
  }

  /** A cell of a report as rendered: status and value. */
  cell(
    report: DemoReport,
    metric: string,
  ): { status: PointStatus; value: number | null } {
    const v = report.data.values[metric];
    if (typeof v === 'number') return { status: 'reported', value: v };
    if (v === null) return { status: 'blank', value: null };
    if (v === '/') return { status: 'notApplicable', value: null };
    const generations = getMetric(metric)?.generations ?? [];
    return {
      status: generations.includes(report.data.generation)
        ? 'blank'
        : 'notInGeneration',
      value: null,
    };
  }

  /** A point of a series as ReportQueries.series must give it. */
  point(
    code: string,
    metric: string,
    year: number,
    withPredecessors = true,
  ): {
    year: number;
    value: number | null;
    status: PointStatus;
    expected: boolean;
    viaPredecessors: string[];
  } {
    const expected = this.isActive(code, year);
    const own = this.counted(code, year);
    if (own)
      return { year, expected, viaPredecessors: [], ...this.cell(own, metric) };
    const d = this.department(code);
    if (withPredecessors && d.activeFrom !== null && year < d.activeFrom) {
      let total = 0;
      const used: string[] = [];
      // The store lists predecessors by id, i.e. in the order they were created.
      // Every predecessor that existed that year must have reported: no partial sums.
      const preds = [...d.predecessors]
        .filter((p) => this.isActive(p, year))
        .sort((a, b) => this.id(a) - this.id(b));
      for (const p of preds) {
        const r = this.counted(p, year);
        const c = r ? this.cell(r, metric) : null;
        if (c?.status !== 'reported' || c.value === null) break;
        total += c.value;
        used.push(p);
      }
      if (preds.length > 0 && used.length === preds.length) {
        return {
          year,
          value: total,
          status: 'reported',
          expected,
          viaPredecessors: used,
        };
      }
    }
    return {
      year,
      value: null,
      status: 'missingReport',
      expected,
      viaPredecessors: [],
    };
  }

  /** Whether a version carries a planted defect whose findings are errors. */
  hasErrors(report: DemoReport): boolean {
    return report.defects.some((d) =>
      d.codes.some(
        (code) =>
          FINDING_CODES.find((c) => c.code === code)?.severity === 'error',
      ),
    );
  }

  /** A row of the compliance board for `year` as seen at `now`. */
  boardRow(code: string, year: number, now: string) {
    const d = this.department(code);
    const versions = this.versionsOf(code, year);
    const deadline = deadlineFor(year, d.kind);
    const first = versions[0]?.submission.receivedAt ?? null;
    const counted = this.counted(code, year);
    const late = first === null ? null : daysLate(first, deadline);
    let status: string;
    if (versions.length === 0) {
      status = daysLate(now, deadline) > 0 ? 'missing' : 'pending';
    } else if (!counted) status = 'returned';
    else if (counted.submission.review?.action === 'accept') {
      status = 'accepted';
    } else
      status = this.hasErrors(counted) ? 'submittedWithErrors' : 'submitted';
    return {
      code,
      status,
      expected: this.isActive(code, year),
      deadline,
      versions: versions.length,
      firstReceivedAt: first === null ? null : new Date(first).toISOString(),
      onTime: late === null ? null : late === 0,
      daysLate: late,
      hasCounted: counted !== null,
      hasErrors: counted ? this.hasErrors(counted) : false,
    };
  }
}
