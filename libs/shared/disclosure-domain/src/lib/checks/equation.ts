import type { CellValue, ParsedReport, SourceLocation } from '../model/report';
import { formatNumber } from './labels';
import type { RegistryCells } from './registry-cells';

/*
 * Blank is not zero. Many reports publish zeros as empty cells, so an equation is
 * evaluated as follows:
 * - a cell that is missing (the document stops before it) or unreadable (already
 *   reported by the parser) makes the equation unknowable: skip;
 * - a cell marked not applicable (`/`, `—`) adds nothing to its side: read as 0.
 *   Many reports write — for none; a balance that fails even so is reported, and
 *   the message says how many such cells it read as 0;
 * - every cell blank (or not applicable): nothing was reported, skip silently;
 * - otherwise blanks are read as 0 only to decide. If the equation then holds, it is
 *   no error, but the caller notes that it relied on blanks (one info per table).
 *   If it fails while one whole side is blank, the table was only half filled in:
 *   a warning, not an arithmetic error. Any other failure is an error whose message
 *   says that blank cells were involved.
 */

export interface Term {
  metric: string;
  cell: CellValue | undefined;
}

export function term(report: ParsedReport, metric: string): Term {
  return { metric, cell: report.values[metric] };
}

export type Relation = 'eq' | 'gte';

export type Evaluation =
  | { outcome: 'skip' }
  | { outcome: 'holds'; left: number; right: number; blanks: Term[] }
  | {
      outcome: 'fails';
      left: number;
      right: number;
      blanks: Term[];
      /** Cells marked not applicable, read as 0. */
      notApplicable: Term[];
      /** The side made only of blank cells, if one is. */
      blankSide: 'left' | 'right' | null;
    };

const EPSILON = 1e-9;

function total(terms: readonly Term[]): number {
  let s = 0;
  for (const t of terms) s += t.cell?.value ?? 0;
  return s;
}

const isBlank = (t: Term) => t.cell?.status === 'blank';
const isNotApplicable = (t: Term) => t.cell?.status === 'notApplicable';
const isReadAsZero = (status: CellValue['status']) =>
  status === 'blank' || status === 'notApplicable';

/** Σleft = Σright (or Σleft ≥ Σright) under the blank policy above. */
export function evaluate(
  left: readonly Term[],
  right: readonly Term[],
  relation: Relation = 'eq',
): Evaluation {
  const all = [...left, ...right];
  let zeros = 0;
  for (const t of all) {
    if (t.cell === undefined) return { outcome: 'skip' };
    if (isReadAsZero(t.cell.status)) zeros++;
    else if (t.cell.status !== 'number') return { outcome: 'skip' };
  }
  if (zeros === all.length) return { outcome: 'skip' };
  const blanks = all.filter(isBlank);
  const l = total(left);
  const r = total(right);
  const holds = relation === 'eq' ? Math.abs(l - r) < EPSILON : l > r - EPSILON;
  if (holds) return { outcome: 'holds', left: l, right: r, blanks };
  const blankSide = left.every(isBlank)
    ? 'left'
    : right.every(isBlank)
      ? 'right'
      : null;
  return {
    outcome: 'fails',
    left: l,
    right: r,
    blanks,
    notApplicable: all.filter(isNotApplicable),
    blankSide,
  };
}

/** `evaluate`'s outcome, with `holds` split by whether blank cells were read as 0. */
export type Balance = 'skip' | 'holds' | 'holdsWithBlanks' | 'fails';

/**
 * What `evaluate` would decide, computed straight from the cells without building
 * terms: the hot path of the checks, run a few hundred times per report. `left` and
 * `right` are positions in `cells` (see registry-cells.ts). Same cells, same order
 * of addition, so the same floating-point sums. Only a `fails` needs `evaluate`
 * itself, for the sums and blanks its message prints.
 */
export function balance(
  cells: RegistryCells,
  left: readonly number[],
  right: readonly number[],
  relation: Relation,
): Balance {
  let blanks = 0;
  let zeros = 0;
  let l = 0;
  for (let i = 0; i < left.length; i++) {
    const cell = cells[left[i] as number];
    if (cell === undefined) return 'skip';
    if (cell.status === 'blank') blanks++;
    else if (cell.status === 'notApplicable') zeros++;
    else if (cell.status !== 'number') return 'skip';
    l += cell.value ?? 0;
  }
  let r = 0;
  for (let i = 0; i < right.length; i++) {
    const cell = cells[right[i] as number];
    if (cell === undefined) return 'skip';
    if (cell.status === 'blank') blanks++;
    else if (cell.status === 'notApplicable') zeros++;
    else if (cell.status !== 'number') return 'skip';
    r += cell.value ?? 0;
  }
  if (blanks + zeros === left.length + right.length) return 'skip';
  const holds = relation === 'eq' ? Math.abs(l - r) < EPSILON : l > r - EPSILON;
  if (!holds) return 'fails';
  return blanks > 0 ? 'holdsWithBlanks' : 'holds';
}

/** The blank cells among `ids` (at `positions`), as `evaluate` lists them in `blanks`. */
export function blankTerms(
  cells: RegistryCells,
  ids: readonly string[],
  positions: readonly number[],
  out: Term[],
): Term[] {
  for (let i = 0; i < ids.length; i++) {
    const cell = cells[positions[i] as number];
    if (cell?.status === 'blank') out.push({ metric: ids[i] as string, cell });
  }
  return out;
}

export type Lang = 'zh' | 'en';

const BLANK_WORD: Record<Lang, string> = { zh: '空白', en: 'blank' };

// Past this many terms the blank ones are left out of the written sum (table 三's
// result rows would otherwise print twenty “空白”); the message counts them instead.
const MAX_TERMS_SHOWN = 7;

/** `35+空白=35`, or the single value (`805`, `空白`). */
export function formatSum(terms: readonly Term[], lang: Lang): string {
  const shown =
    terms.length > MAX_TERMS_SHOWN
      ? terms.filter((t) => t.cell?.status === 'number')
      : terms;
  const parts = shown.map((t) =>
    t.cell?.status === 'number' && t.cell.value !== null
      ? formatNumber(t.cell.value)
      : t.cell?.status === 'notApplicable'
        ? '/'
        : BLANK_WORD[lang],
  );
  if (terms.length === 1) return parts[0] ?? BLANK_WORD[lang];
  if (parts.length === 0) return '0';
  if (parts.length === 1 && shown.length < terms.length) return parts[0] ?? '0';
  return `${parts.join('+')}=${formatNumber(total(terms))}`;
}

/** The sentence appended to a failure that read blank cells as 0. */
export function blankNote(blanks: readonly Term[], lang: Lang): string {
  if (blanks.length === 0) return '';
  return lang === 'zh'
    ? `（涉及${blanks.length}个空白单元格，已按0计算；空白表示未填报，不等于0）`
    : ` (${blanks.length} blank cell(s) involved, read as 0; blank means not reported, not zero)`;
}

/** The sentence appended to a failure that read cells marked not applicable as 0. */
export function notApplicableNote(terms: readonly Term[], lang: Lang): string {
  if (terms.length === 0) return '';
  return lang === 'zh'
    ? `（另有${terms.length}个单元格填“/”或“—”，已按0计算）`
    : ` (${terms.length} cell(s) marked not applicable (/ or —), read as 0)`;
}

/** Location of the first term that has one. */
export function firstLocation(terms: readonly Term[]): SourceLocation | null {
  for (const t of terms) if (t.cell?.location) return t.cell.location;
  return null;
}
