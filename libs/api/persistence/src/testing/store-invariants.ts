import { METRICS } from '@gongkai/disclosure-domain';
import type { CellValue } from '@gongkai/disclosure-domain';

import type { Db } from '../lib/store/db';
import { readStoredModel } from '../lib/store/stored-model';

/** The tables a submission writes to (departments only on bulk import). */
export const WRITTEN_TABLES = [
  'department',
  'document',
  'submission',
  'finding',
  'report_value',
  'city_total',
] as const;

export type TableCounts = Record<(typeof WRITTEN_TABLES)[number], number>;

export async function tableCounts(db: Db): Promise<TableCounts> {
  const out = {} as TableCounts;
  for (const t of WRITTEN_TABLES) {
    const rows = await db.all<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM ${t}`,
    );
    out[t] = Number(rows[0]?.n ?? 0);
  }
  return out;
}

export interface TotalCounts {
  total: number;
  reported: number;
  blank: number;
  notApplicable: number;
  unreadable: number;
}

const ZERO: TotalCounts = {
  total: 0,
  reported: 0,
  blank: 0,
  notApplicable: 0,
  unreadable: 0,
};

/** `year:metric` → totals; rows whose counts are all zero are left out. */
export type TotalsByKey = Map<string, TotalCounts>;

/**
 * `applications.partlyGranted.socialWelfare` → `applications_partly_granted_social_welfare`.
 * Written here again on purpose: the recomputation must not share code with the writer.
 */
const columnOf = (metric: string) =>
  metric.replace(/\./g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const STATUS_OF: Record<string, keyof TotalCounts> = {
  n: 'reported',
  b: 'blank',
  x: 'notApplicable',
  u: 'unreadable',
};

/** City totals recomputed from scratch over every report_value row. */
export async function recomputeCityTotals(db: Db): Promise<TotalsByKey> {
  const rows = await db.all<Record<string, unknown>>(
    'SELECT * FROM report_value',
  );
  const out: TotalsByKey = new Map();
  for (const row of rows) {
    const statuses = String(row['statuses']);
    METRICS.forEach((m, i) => {
      const field = STATUS_OF[statuses[i] ?? '-'];
      if (!field) return;
      const key = `${Number(row['year'])}:${m.id}`;
      const t = out.get(key) ?? { ...ZERO };
      t[field] += 1;
      if (field === 'reported') t.total += Number(row[columnOf(m.id)]);
      out.set(key, t);
    });
  }
  return out;
}

/** The city_total table as stored, zero rows left out. */
export async function storedCityTotals(db: Db): Promise<TotalsByKey> {
  const rows = await db.all<Record<string, unknown>>(
    'SELECT * FROM city_total',
  );
  const out: TotalsByKey = new Map();
  for (const r of rows) {
    const t: TotalCounts = {
      total: Number(r['total']),
      reported: Number(r['reported']),
      blank: Number(r['blank']),
      notApplicable: Number(r['not_applicable']),
      unreadable: Number(r['unreadable']),
    };
    if (t.reported || t.blank || t.notApplicable || t.unreadable || t.total) {
      out.set(`${Number(r['year'])}:${String(r['metric'])}`, t);
    }
  }
  return out;
}

/** Totals rounded to 1e-6 万元 (deltas leave binary fractions behind), for toEqual. */
export function roundedTotals(
  totals: TotalsByKey,
): Record<string, TotalCounts> {
  const out: Record<string, TotalCounts> = {};
  for (const key of [...totals.keys()].sort()) {
    const t = totals.get(key) as TotalCounts;
    const total = Math.round(t.total * 1e6) / 1e6;
    // An all-zero row is the same as no row (a department-year that was returned).
    if (!t.reported && !t.blank && !t.notApplicable && !t.unreadable && !total)
      continue;
    out[key] = { ...t, total: total || 0 };
  }
  return out;
}

export interface CountedState {
  /** `departmentId:year` pairs that have more than one counted version. */
  doubleCounted: string[];
  /** report_value rows whose submission is not the counted version of that department-year. */
  strayValueRows: string[];
  /** Department-years with versions but no report_value row pointing at the counted one. */
  missingValueRows: string[];
  /** Returned versions marked as counted. */
  countedReturned: string[];
  /** Department-years whose counted version is not the latest one that was not returned. */
  wrongCounted: string[];
}

/** What must hold after any sequence of submits and reviews. */
export async function countedState(db: Db): Promise<CountedState> {
  const subs = await db.all<Record<string, unknown>>(
    'SELECT id, department_id, year, version, status, counted FROM submission ORDER BY department_id, year, version',
  );
  const values = await db.all<Record<string, unknown>>(
    'SELECT department_id, year, submission_id FROM report_value',
  );
  const state: CountedState = {
    doubleCounted: [],
    strayValueRows: [],
    missingValueRows: [],
    countedReturned: [],
    wrongCounted: [],
  };
  const byKey = new Map<string, Record<string, unknown>[]>();
  for (const s of subs) {
    const key = `${Number(s['department_id'])}:${Number(s['year'])}`;
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  // Every department-year with a version has a row; its submission is the counted
  // one, or null when every version was returned.
  const valueRows = new Map(
    values.map((v) => [
      `${Number(v['department_id'])}:${Number(v['year'])}`,
      v['submission_id'] === null ? null : Number(v['submission_id']),
    ]),
  );
  for (const [key, versions] of byKey) {
    const counted = versions.filter((s) => Number(s['counted']) === 1);
    if (counted.length > 1) state.doubleCounted.push(key);
    for (const s of counted) {
      if (s['status'] === 'returned') state.countedReturned.push(key);
    }
    const latest = versions.filter((s) => s['status'] !== 'returned').pop();
    const countedId = counted[0] ? Number(counted[0]['id']) : null;
    if ((latest ? Number(latest['id']) : null) !== countedId) {
      state.wrongCounted.push(key);
    }
    if (
      !valueRows.has(key) ||
      (countedId !== null && valueRows.get(key) !== countedId)
    ) {
      state.missingValueRows.push(key);
    }
  }
  for (const [key, submissionId] of valueRows) {
    const counted = (byKey.get(key) ?? []).find(
      (s) => Number(s['counted']) === 1,
    );
    const countedId = counted ? Number(counted['id']) : null;
    if (!byKey.has(key) || countedId !== submissionId) {
      state.strayValueRows.push(key);
    }
  }
  return state;
}

export const CONSISTENT: CountedState = {
  doubleCounted: [],
  strayValueRows: [],
  missingValueRows: [],
  countedReturned: [],
  wrongCounted: [],
};

/** The value of a cell as the dashboard shows it: a number, or its status. */
export function cellOf(v: CellValue | undefined): number | string {
  if (!v) return 'absent';
  return v.status === 'number' ? (v.value as number) : v.status;
}

const CHAR_OF: Record<CellValue['status'], string> = {
  number: 'n',
  blank: 'b',
  notApplicable: 'x',
  unreadable: 'u',
};

/**
 * report_value rows that disagree with the parsed model stored with their
 * submission: `departmentId:year:metric` for every differing cell.
 */
export async function valueRowMismatches(db: Db): Promise<string[]> {
  const rows = await db.all<Record<string, unknown>>(
    `SELECT v.*, s.model AS model FROM report_value v JOIN submission s ON s.id = v.submission_id`,
  );
  const out: string[] = [];
  for (const row of rows) {
    const model = readStoredModel(String(row['model']));
    const statuses = String(row['statuses']);
    METRICS.forEach((m, i) => {
      const cell = model.values[m.id];
      const wantChar = cell ? CHAR_OF[cell.status] : '-';
      const wantNumber = cell?.status === 'number' ? cell.value : null;
      const stored = row[columnOf(m.id)];
      const gotNumber =
        stored === null || stored === undefined ? null : Number(stored);
      if (statuses[i] !== wantChar || gotNumber !== wantNumber) {
        out.push(
          `${Number(row['department_id'])}:${Number(row['year'])}:${m.id}`,
        );
      }
    });
  }
  return out;
}
