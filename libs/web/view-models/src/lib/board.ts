import type { ComplianceStatus } from '@gongkai/web-chart-options';

import type { Locale } from './locale';
import { pick } from './locale';

/** Where a department's report of a year stands (the API's BoardStatus). */
export type BoardStatus = ComplianceStatus;

export const BOARD_STATUSES: readonly BoardStatus[] = [
  'accepted',
  'submitted',
  'submittedWithErrors',
  'returned',
  'pending',
  'missing',
  'notExpected',
];

export type DepartmentKind =
  'cityDepartment' | 'district' | 'township' | 'other';

export const DEPARTMENT_KINDS: readonly DepartmentKind[] = [
  'cityDepartment',
  'district',
  'township',
  'other',
];

export function kindLabel(kind: DepartmentKind, locale: Locale): string {
  const labels: Record<DepartmentKind, [string, string]> = {
    cityDepartment: ['市政府部门', 'City department'],
    district: ['区县政府', 'District/county'],
    township: ['乡镇街道', 'Township/street'],
    other: ['其他', 'Other'],
  };
  const [zh, en] = labels[kind];
  return pick(locale, zh, en);
}

/** Label, symbol and tone of a status: the symbol keeps it readable without colour. */
export interface StatusMeta {
  status: BoardStatus;
  label: string;
  symbol: string;
  tone: 'success' | 'primary' | 'warning' | 'danger' | 'info';
}

export function statusMeta(status: BoardStatus, locale: Locale): StatusMeta {
  const m: Record<BoardStatus, [string, string, string, StatusMeta['tone']]> = {
    accepted: ['已接收', 'Accepted', '✓', 'success'],
    submitted: ['已报送', 'Submitted', '●', 'primary'],
    submittedWithErrors: ['报送有错误', 'Submitted with errors', '!', 'danger'],
    returned: ['已退回', 'Returned', '↩', 'warning'],
    pending: ['未到期', 'Not yet due', '…', 'info'],
    missing: ['未报送', 'Missing', '✗', 'danger'],
    notExpected: ['无需报送', 'Not expected', '–', 'info'],
  };
  const [zh, en, symbol, tone] = m[status];
  return { status, label: pick(locale, zh, en), symbol, tone };
}

export interface BoardRowInput {
  year: number;
  status: BoardStatus;
  onTime: boolean | null;
  daysLate: number | null;
  deadline: string;
  errorCount: number;
  warningCount: number;
  versions: number;
  submissionId: number | null;
  latestReceivedAt: string | null;
  department: { id: number; name: string; kind: DepartmentKind };
}

export interface BoardCell {
  year: number;
  status: BoardStatus;
  late: boolean;
  daysLate: number | null;
  deadline: string;
  errorCount: number;
  warningCount: number;
  versions: number;
  submissionId: number | null;
  latestReceivedAt: string | null;
}

export interface BoardMatrixRow {
  departmentId: number;
  department: string;
  kind: DepartmentKind;
  cells: (BoardCell | null)[];
}

/** Departments × years from one board per year; departments sorted by kind, then name. */
export function boardMatrix(
  years: readonly number[],
  rows: readonly BoardRowInput[],
): BoardMatrixRow[] {
  const byDept = new Map<number, BoardMatrixRow>();
  for (const r of rows) {
    let row = byDept.get(r.department.id);
    if (!row) {
      row = {
        departmentId: r.department.id,
        department: r.department.name,
        kind: r.department.kind,
        cells: years.map(() => null),
      };
      byDept.set(r.department.id, row);
    }
    const i = years.indexOf(r.year);
    if (i >= 0) {
      row.cells[i] = {
        year: r.year,
        status: r.status,
        late: r.onTime === false || (r.daysLate ?? 0) > 0,
        daysLate: r.daysLate,
        deadline: r.deadline,
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        versions: r.versions,
        submissionId: r.submissionId,
        latestReceivedAt: r.latestReceivedAt,
      };
    }
  }
  const kindOrder = (k: DepartmentKind) => DEPARTMENT_KINDS.indexOf(k);
  return [...byDept.values()].sort(
    (a, b) =>
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.department.localeCompare(b.department, 'zh-CN'),
  );
}

/** Counts per status over the cells of one year. */
export function statusCounts(
  rows: readonly BoardMatrixRow[],
  yearIndex: number,
): Record<BoardStatus, number> & { late: number } {
  const counts = Object.fromEntries(
    BOARD_STATUSES.map((s) => [s, 0]),
  ) as Record<BoardStatus, number>;
  let late = 0;
  for (const r of rows) {
    const c = r.cells[yearIndex];
    if (!c) continue;
    counts[c.status]++;
    if (c.late) late++;
  }
  return { ...counts, late };
}

/** Filters applied in the browser to the loaded matrix. */
export function filterBoard(
  rows: readonly BoardMatrixRow[],
  filter: {
    kinds: readonly DepartmentKind[];
    statuses: readonly BoardStatus[];
    lateOnly: boolean;
    search: string;
  },
): BoardMatrixRow[] {
  const q = filter.search.trim();
  return rows.filter(
    (r) =>
      (filter.kinds.length === 0 || filter.kinds.includes(r.kind)) &&
      (q === '' || r.department.includes(q)) &&
      (filter.statuses.length === 0 ||
        r.cells.some(
          (c) => c !== null && filter.statuses.includes(c.status),
        )) &&
      (!filter.lateOnly || r.cells.some((c) => c?.late)),
  );
}
