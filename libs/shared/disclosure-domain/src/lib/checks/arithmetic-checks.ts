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
  blankNote,
  evaluate,
  firstLocation,
  formatSum,
  term,
} from './equation';
import type { Bilingual } from './labels';

interface EquationSpec {
  code: CheckCode;
  /** Emitted instead of `code` when a whole side is blank (R9, a warning already, has none). */
  sideBlankCode?: CheckCode;
  table: TableKey;
  /** Names the equation in the blank-as-zero note, e.g. `R1 商业企业列`. */
  subject: Bilingual;
  left: readonly Term[];
  right: readonly Term[];
  relation?: Relation;
  /** L and R are the written sums of each side; note is the blank-cell remark. */
  failure(l: Bilingual, r: Bilingual, note: Bilingual): Bilingual;
  sideBlank?(side: 'left' | 'right', l: Bilingual, r: Bilingual): Bilingual;
}

function sums(spec: EquationSpec): { l: Bilingual; r: Bilingual } {
  return {
    l: { zh: formatSum(spec.left, 'zh'), en: formatSum(spec.left, 'en') },
    r: { zh: formatSum(spec.right, 'zh'), en: formatSum(spec.right, 'en') },
  };
}

function runEquation(
  spec: EquationSpec,
  notes: BlankAsZeroNotes,
): Finding | null {
  const ev = evaluate(spec.left, spec.right, spec.relation);
  if (ev.outcome === 'skip') return null;
  if (ev.outcome === 'holds') {
    if (ev.blanks.length > 0) notes.add(spec.table, spec.subject, ev.blanks);
    return null;
  }
  const all = [...spec.left, ...spec.right];
  const { l, r } = sums(spec);
  // The main cell is the first of the equation: the total, or 本年新收 for R1.
  const main = spec.left[0];
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
    zh: blankNote(ev.blanks, 'zh'),
    en: blankNote(ev.blanks, 'en'),
  });
  return makeFinding(spec.code, msg.zh, msg.en, target);
}

function run(specs: readonly EquationSpec[], notes: BlankAsZeroNotes) {
  const out: Finding[] = [];
  for (const spec of specs) {
    const f = runEquation(spec, notes);
    if (f) out.push(f);
  }
  return out;
}

// ---- R1 -------------------------------------------------------------------

function r1(report: ParsedReport): EquationSpec[] {
  return APPLICATION_COLUMNS.map((col) => {
    const t = (row: string) => term(report, applicationMetric(row, col.key));
    return {
      code: 'R1',
      sideBlankCode: 'R1_SIDE_BLANK',
      table: 'applications',
      subject: { zh: `R1 ${col.zh}列`, en: `R1 column ${col.en}` },
      left: [t('received'), t('carriedIn')],
      right: [t('resultTotal'), t('carriedForward')],
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
    };
  });
}

// ---- R2 -------------------------------------------------------------------

const RESULT_ROWS = APPLICATION_ROWS.slice(
  APPLICATION_ROWS.findIndex((r) => r.key === 'carriedIn') + 1,
  APPLICATION_ROWS.findIndex((r) => r.key === 'resultTotal'),
);
const G2_OTHER_ROWS = RESULT_ROWS.filter(
  (r) => r.group === '六' && !r.generations.includes('G1'),
).map((r) => r.key);

function hasRow(report: ParsedReport, row: string): boolean {
  return APPLICATION_COLUMNS.some(
    (c) => report.values[applicationMetric(row, c.key)] !== undefined,
  );
}

/**
 * （六）其他处理 is one row in G1 and three in G2. The rows the parser found decide;
 * the table's generation only breaks a tie.
 */
function resultRowsOf(report: ParsedReport): string[] | null {
  const g1 = hasRow(report, 'otherHandling');
  const g2 = G2_OTHER_ROWS.some((row) => hasRow(report, row));
  let generation: 'G1' | 'G2';
  if (g1 && g2) {
    const table = report.tables.find((t) => t.key === 'applications');
    generation = table?.generation === 'G1' ? 'G1' : 'G2';
  } else if (g1) generation = 'G1';
  else if (g2) generation = 'G2';
  else return null;
  return RESULT_ROWS.filter((r) => r.generations.includes(generation)).map(
    (r) => r.key,
  );
}

function r2(report: ParsedReport): EquationSpec[] {
  const rows = resultRowsOf(report);
  if (!rows) return [];
  return APPLICATION_COLUMNS.map((col) => ({
    code: 'R2',
    sideBlankCode: 'R2_SIDE_BLANK',
    table: 'applications',
    subject: { zh: `R2 ${col.zh}列`, en: `R2 column ${col.en}` },
    left: [term(report, applicationMetric('resultTotal', col.key))],
    right: rows.map((row) => term(report, applicationMetric(row, col.key))),
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
  }));
}

// ---- R3 -------------------------------------------------------------------

const APPLICANT_COLUMNS = APPLICATION_COLUMNS.filter((c) => c.key !== 'total');

function r3(report: ParsedReport): EquationSpec[] {
  return APPLICATION_ROWS.map((row) => ({
    code: 'R3',
    sideBlankCode: 'R3_SIDE_BLANK',
    table: 'applications',
    subject: { zh: `R3 ${row.zh}`, en: `R3 row ${row.en}` },
    left: [term(report, applicationMetric(row.key, 'total'))],
    right: APPLICANT_COLUMNS.map((c) =>
      term(report, applicationMetric(row.key, c.key)),
    ),
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
  }));
}

// ---- R4 -------------------------------------------------------------------

const OUTCOME_COLUMNS = REVIEW_COLUMNS.filter((c) => c.key !== 'total');
const OUTCOMES_ZH = OUTCOME_COLUMNS.map((c) => c.zh).join('、');
const OUTCOMES_EN = OUTCOME_COLUMNS.map((c) => c.en).join(', ');

function r4(report: ParsedReport): EquationSpec[] {
  return REVIEW_GROUPS.map((group) => ({
    code: 'R4',
    sideBlankCode: 'R4_SIDE_BLANK',
    table: 'reviewLitigation',
    subject: { zh: `R4 ${group.zh}`, en: `R4 ${group.en}` },
    left: [term(report, `${group.key}.total`)],
    right: OUTCOME_COLUMNS.map((c) => term(report, `${group.key}.${c.key}`)),
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
  }));
}

// ---- R9 -------------------------------------------------------------------

const G1_ITEM_ONE = PROACTIVE_SUBTABLES.find(
  (s) => s.generation === 'G1' && s.item === '一',
);

function r9(report: ParsedReport): EquationSpec[] {
  return (G1_ITEM_ONE?.rows ?? []).map((row) => ({
    code: 'R9',
    table: 'proactive',
    subject: { zh: `R9 ${row.zh}`, en: `R9 ${row.en}` },
    left: [term(report, `proactive.${row.key}.totalPublished`)],
    right: [term(report, `proactive.${row.key}.newlyPublished`)],
    relation: 'gte',
    failure: (l, r, note) => ({
      zh: `${row.zh}：对外公开总数量（${l.zh}）小于本年新公开数量（${r.zh}）${note.zh}`,
      en: `${row.en}: total published (${l.en}) is less than newly published this year (${r.en})${note.en}`,
    }),
  }));
}

/** R1–R4 and R9: the balances inside one report. */
export function checkArithmetic(
  report: ParsedReport,
  notes: BlankAsZeroNotes,
): Finding[] {
  return run(
    [...r1(report), ...r2(report), ...r3(report), ...r4(report), ...r9(report)],
    notes,
  );
}
