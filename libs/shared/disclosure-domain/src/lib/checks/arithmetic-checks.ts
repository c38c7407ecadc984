import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  PROACTIVE_SUBTABLES,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  applicationMetric,
} from '../metrics/metric-registry';
import type { Finding, ParsedReport, TableKey } from '../model/report';
import type { BlankAsZeroNotes } from './blank-notes';
import type { CheckCode } from './check-codes';
import { makeFinding } from './check-codes';
import type { Relation, Term } from './equation';
import {
  balance,
  blankNote,
  blankTerms,
  notApplicableNote,
  evaluate,
  firstLocation,
  formatSum,
  term,
} from './equation';
import type { Bilingual } from './labels';
import type { RegistryCells } from './registry-cells';
import { positionOf, registryCells } from './registry-cells';

/*
 * Every equation is built once, at module load, as lists of metric ids with its
 * message builders: per report only the cells are looked up (`balance`). Terms and
 * messages are made only for an equation that fails, through the general `evaluate`.
 */

interface EquationSpec {
  code: CheckCode;
  /** Emitted instead of `code` when a whole side is blank (R9, a warning already, has none). */
  sideBlankCode?: CheckCode;
  table: TableKey;
  /** Names the equation in the blank-as-zero note, e.g. `R1 商业企业列`. */
  subject: Bilingual;
  left: readonly string[];
  right: readonly string[];
  /** Positions of `left` and `right` in the registry cells. */
  leftAt: readonly number[];
  rightAt: readonly number[];
  relation: Relation;
  /** L and R are the written sums of each side; note is the blank-cell remark. */
  failure(l: Bilingual, r: Bilingual, note: Bilingual): Bilingual;
  sideBlank?(side: 'left' | 'right', l: Bilingual, r: Bilingual): Bilingual;
}

type EquationDef = Omit<EquationSpec, 'leftAt' | 'rightAt'>;

function equation(def: EquationDef): EquationSpec {
  return {
    ...def,
    leftAt: def.left.map(positionOf),
    rightAt: def.right.map(positionOf),
  };
}

const sumOf = (terms: readonly Term[]): Bilingual => ({
  zh: formatSum(terms, 'zh'),
  en: formatSum(terms, 'en'),
});

/** The finding of a failed equation (rare: the slow, general path is fine here). */
function failureFinding(
  spec: EquationSpec,
  report: ParsedReport,
): Finding | null {
  const left = spec.left.map((id) => term(report, id));
  const right = spec.right.map((id) => term(report, id));
  const ev = evaluate(left, right, spec.relation);
  if (ev.outcome !== 'fails') return null;
  const all = [...left, ...right];
  const l = sumOf(left);
  const r = sumOf(right);
  // The main cell is the first of the equation: the total, or 本年新收 for R1.
  const main = left[0];
  const target = {
    metric: main?.metric,
    metrics: all.map((t) => t.metric),
    location: main?.cell?.location ?? firstLocation(all),
  };
  if (ev.blankSide && spec.sideBlankCode && spec.sideBlank) {
    const msg = spec.sideBlank(ev.blankSide, l, r);
    return makeFinding(spec.sideBlankCode, msg.zh, msg.en, target);
  }
  const msg = spec.failure(l, r, {
    zh: blankNote(ev.blanks, 'zh') + notApplicableNote(ev.notApplicable, 'zh'),
    en: blankNote(ev.blanks, 'en') + notApplicableNote(ev.notApplicable, 'en'),
  });
  return makeFinding(spec.code, msg.zh, msg.en, target);
}

// Compiled imports are read through getters: bind the ones called per equation.
const balanceOf = balance;
const blankTermsOf = blankTerms;

function run(
  specs: readonly EquationSpec[],
  report: ParsedReport,
  cells: RegistryCells,
  notes: BlankAsZeroNotes,
  out: Finding[],
): void {
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as EquationSpec;
    const outcome = balanceOf(cells, spec.leftAt, spec.rightAt, spec.relation);
    if (outcome === 'holdsWithBlanks') {
      const blanks = blankTermsOf(cells, spec.left, spec.leftAt, []);
      blankTermsOf(cells, spec.right, spec.rightAt, blanks);
      notes.add(spec.table, spec.subject, blanks);
    } else if (outcome === 'fails') {
      const f = failureFinding(spec, report);
      if (f) out.push(f);
    }
  }
}

/** `applications.<row>.<column>` of every column, by row key. */
const APPLICATION_IDS = new Map(
  APPLICATION_ROWS.map((row) => [
    row.key,
    APPLICATION_COLUMNS.map((col) => applicationMetric(row.key, col.key)),
  ]),
);

function applicationIds(row: string): readonly string[] {
  const ids = APPLICATION_IDS.get(row);
  if (!ids) throw new Error(`unknown application row ${row}`);
  return ids;
}

// ---- R1 -------------------------------------------------------------------

const R1: readonly EquationSpec[] = APPLICATION_COLUMNS.map(
  (col): EquationSpec => {
    const t = (row: string) => applicationMetric(row, col.key);
    return equation({
      code: 'R1',
      sideBlankCode: 'R1_SIDE_BLANK',
      table: 'applications',
      subject: { zh: `R1 ${col.zh}列`, en: `R1 column ${col.en}` },
      left: [t('received'), t('carriedIn')],
      right: [t('resultTotal'), t('carriedForward')],
      relation: 'eq',
      failure: (l, r, note) => ({
        zh: `第一项加第二项之和（${l.zh}）不等于第三项加第四项之和（${r.zh}）：${col.zh}列${note.zh}`,
        en: `New plus carried over (${l.en}) does not equal concluded plus carried forward (${r.en}): column ${col.en}${note.en}`,
      }),
      sideBlank: (side, l, r) =>
        side === 'right'
          ? {
              zh: `${col.zh}列：第三项（办理结果总计）和第四项（结转下年度继续办理）均为空白，而第一项加第二项之和为${l.zh}，勾稽关系无法核对`,
              en: `Column ${col.en}: concluded and carried forward are both blank while new plus carried over is ${l.en}; the balance cannot be checked`,
            }
          : {
              zh: `${col.zh}列：第一项（本年新收）和第二项（上年结转）均为空白，而第三项加第四项之和为${r.zh}，勾稽关系无法核对`,
              en: `Column ${col.en}: new and carried over are both blank while concluded plus carried forward is ${r.en}; the balance cannot be checked`,
            },
    });
  },
);

// ---- R2 -------------------------------------------------------------------

const RESULT_ROWS = APPLICATION_ROWS.slice(
  APPLICATION_ROWS.findIndex((r) => r.key === 'carriedIn') + 1,
  APPLICATION_ROWS.findIndex((r) => r.key === 'resultTotal'),
);
const G1_OTHER_AT = applicationIds('otherHandling').map(positionOf);
const G2_OTHER_AT = RESULT_ROWS.filter(
  (r) => r.group === '六' && !r.generations.includes('G1'),
).map((r) => applicationIds(r.key).map(positionOf));

function hasAny(cells: RegistryCells, positions: readonly number[]): boolean {
  for (let i = 0; i < positions.length; i++) {
    if (cells[positions[i] as number] !== undefined) return true;
  }
  return false;
}

function r2Specs(generation: 'G1' | 'G2'): readonly EquationSpec[] {
  const rows = RESULT_ROWS.filter((r) => r.generations.includes(generation));
  return APPLICATION_COLUMNS.map((col): EquationSpec =>
    equation({
      code: 'R2',
      sideBlankCode: 'R2_SIDE_BLANK',
      table: 'applications',
      subject: { zh: `R2 ${col.zh}列`, en: `R2 column ${col.en}` },
      left: [applicationMetric('resultTotal', col.key)],
      right: rows.map((row) => applicationMetric(row.key, col.key)),
      relation: 'eq',
      failure: (l, r, note) => ({
        zh: `${col.zh}列：（七）总计（${l.zh}）不等于各项办理结果之和（${r.zh}）${note.zh}`,
        en: `Column ${col.en}: total concluded (${l.en}) does not equal the sum of the results (${r.en})${note.en}`,
      }),
      sideBlank: (side, l, r) =>
        side === 'right'
          ? {
              zh: `${col.zh}列：（七）总计为${l.zh}，但各项办理结果均为空白`,
              en: `Column ${col.en}: total concluded is ${l.en} but every result row is blank`,
            }
          : {
              zh: `${col.zh}列：（七）总计为空白，但各项办理结果之和为${r.zh}`,
              en: `Column ${col.en}: total concluded is blank but the results add up to ${r.en}`,
            },
    }),
  );
}

const R2_G1 = r2Specs('G1');
const R2_G2 = r2Specs('G2');
const NONE: readonly EquationSpec[] = [];

/**
 * （六）其他处理 is one row in G1 and three in G2. The rows the parser found decide;
 * the table's generation only breaks a tie.
 */
function r2(
  report: ParsedReport,
  cells: RegistryCells,
): readonly EquationSpec[] {
  const g1 = hasAny(cells, G1_OTHER_AT);
  let g2 = false;
  for (const positions of G2_OTHER_AT) if (hasAny(cells, positions)) g2 = true;
  if (g1 && g2) {
    const table = report.tables.find((t) => t.key === 'applications');
    return table?.generation === 'G1' ? R2_G1 : R2_G2;
  }
  if (g1) return R2_G1;
  return g2 ? R2_G2 : NONE;
}

// ---- R3 -------------------------------------------------------------------

const APPLICANT_COLUMNS = APPLICATION_COLUMNS.filter((c) => c.key !== 'total');

const R3: readonly EquationSpec[] = APPLICATION_ROWS.map((row): EquationSpec =>
  equation({
    code: 'R3',
    sideBlankCode: 'R3_SIDE_BLANK',
    table: 'applications',
    subject: { zh: `R3 ${row.zh}`, en: `R3 row ${row.en}` },
    left: [applicationMetric(row.key, 'total')],
    right: APPLICANT_COLUMNS.map((c) => applicationMetric(row.key, c.key)),
    relation: 'eq',
    failure: (l, r, note) => ({
      zh: `${row.zh}：总计（${l.zh}）不等于各申请人类别之和（${r.zh}）${note.zh}`,
      en: `${row.en}: total (${l.en}) does not equal the sum of the applicant columns (${r.en})${note.en}`,
    }),
    sideBlank: (side, l, r) =>
      side === 'left'
        ? {
            zh: `${row.zh}：总计为空白，但各申请人类别已填报，之和为${r.zh}`,
            en: `${row.en}: total is blank while the applicant columns are reported (${r.en})`,
          }
        : {
            zh: `${row.zh}：总计为${l.zh}，但各申请人类别均为空白`,
            en: `${row.en}: total is ${l.en} but every applicant column is blank`,
          },
  }),
);

// ---- R4 -------------------------------------------------------------------

const OUTCOME_COLUMNS = REVIEW_COLUMNS.filter((c) => c.key !== 'total');
const OUTCOMES_ZH = OUTCOME_COLUMNS.map((c) => c.zh).join('、');
const OUTCOMES_EN = OUTCOME_COLUMNS.map((c) => c.en).join(', ');

const R4: readonly EquationSpec[] = REVIEW_GROUPS.map((group): EquationSpec =>
  equation({
    code: 'R4',
    sideBlankCode: 'R4_SIDE_BLANK',
    table: 'reviewLitigation',
    subject: { zh: `R4 ${group.zh}`, en: `R4 ${group.en}` },
    left: [`${group.key}.total`],
    right: OUTCOME_COLUMNS.map((c) => `${group.key}.${c.key}`),
    relation: 'eq',
    failure: (l, r, note) => ({
      zh: `${group.zh}：总计（${l.zh}）不等于${OUTCOMES_ZH}之和（${r.zh}）${note.zh}`,
      en: `${group.en}: total (${l.en}) does not equal ${OUTCOMES_EN} added up (${r.en})${note.en}`,
    }),
    sideBlank: (side, l, r) =>
      side === 'left'
        ? {
            zh: `${group.zh}：总计为空白，但${OUTCOMES_ZH}已填报，之和为${r.zh}`,
            en: `${group.en}: total is blank while the outcomes are reported (${r.en})`,
          }
        : {
            zh: `${group.zh}：总计为${l.zh}，但${OUTCOMES_ZH}均为空白`,
            en: `${group.en}: total is ${l.en} but every outcome is blank`,
          },
  }),
);

// ---- R9 -------------------------------------------------------------------

const G1_ITEM_ONE = PROACTIVE_SUBTABLES.find(
  (s) => s.generation === 'G1' && s.item === '一',
);

const R9: readonly EquationSpec[] = (G1_ITEM_ONE?.rows ?? []).map(
  (row): EquationSpec =>
    equation({
      code: 'R9',
      table: 'proactive',
      subject: { zh: `R9 ${row.zh}`, en: `R9 ${row.en}` },
      left: [`proactive.${row.key}.totalPublished`],
      right: [`proactive.${row.key}.newlyPublished`],
      relation: 'gte',
      failure: (l, r, note) => ({
        zh: `${row.zh}：对外公开总数量（${l.zh}）小于本年新公开数量（${r.zh}）${note.zh}`,
        en: `${row.en}: total published (${l.en}) is less than newly published this year (${r.en})${note.en}`,
      }),
    }),
);

/** R1–R4 and R9: the balances inside one report. */
export function checkArithmetic(
  report: ParsedReport,
  notes: BlankAsZeroNotes,
  cells: RegistryCells = registryCells(report.values),
): Finding[] {
  const out: Finding[] = [];
  run(R1, report, cells, notes, out);
  run(r2(report, cells), report, cells, notes, out);
  run(R3, report, cells, notes, out);
  run(R4, report, cells, notes, out);
  run(R9, report, cells, notes, out);
  return out;
}
