import { METRICS } from '../metrics/metric-registry';
import type { MetricDefinition } from '../metrics/metric-registry';
import type {
  CellValue,
  Finding,
  ParsedReport,
  TableKey,
} from '../model/report';
import { makeFinding } from './check-codes';
import type { RegistryCells } from './registry-cells';
import { registryCells } from './registry-cells';
import { TABLE_NAMES, TABLE_ORDER, formatNumber } from './labels';

// A blank-cell finding names this many cells; `metrics` still lists them all.
const BLANKS_NAMED = 5;

// Compiled imports are read through getters: bind the one read in the loop once.
const REGISTRY = METRICS;

/** R5_NEGATIVE and R5_NOT_INTEGER of one cell (text built only when one fires). */
function valueFindings(
  def: MetricDefinition,
  cell: CellValue,
  n: number,
  negative: boolean,
  fractional: boolean,
  out: Finding[],
): void {
  const id = def.id;
  const value = formatNumber(n);
  const target = { metric: id, metrics: [id], location: cell.location };
  if (negative) {
    out.push(
      makeFinding(
        'R5_NEGATIVE',
        `${def.labelZh}为负数（${value}，原文“${cell.raw}”）`,
        `${def.labelEn} is negative (${value}, written "${cell.raw}")`,
        target,
      ),
    );
  }
  if (fractional) {
    out.push(
      makeFinding(
        'R5_NOT_INTEGER',
        `${def.labelZh}不是整数（${value}，原文“${cell.raw}”）`,
        `${def.labelEn} is not a whole number (${value}, written "${cell.raw}")`,
        target,
      ),
    );
  }
}

/**
 * R5: every count is a whole number ≥ 0 (本年增/减 is signed), money is ≥ 0, and
 * blank cells are reported once per table. Local extra rows are not checked: their
 * unit is not known.
 */
export function checkValues(
  report: ParsedReport,
  cells: RegistryCells = registryCells(report.values),
): Finding[] {
  const values = report.values;
  const out: Finding[] = [];
  const blanks: Partial<Record<TableKey, MetricDefinition[]>> = {};
  // The registry is in layout order and ids outside it are not checked, so walking
  // its cells gives them in finding order without sorting the report's keys.
  for (let i = 0; i < REGISTRY.length; i++) {
    const def = REGISTRY[i] as MetricDefinition;
    const cell = cells[i];
    if (!cell) continue;
    if (cell.status === 'blank') {
      const list = blanks[def.table];
      if (list) list.push(def);
      else blanks[def.table] = [def];
      continue;
    }
    if (cell.status !== 'number' || cell.value === null) continue;
    const negative = cell.value < 0 && def.unit !== 'signedCount';
    const fractional = def.unit !== 'wanYuan' && !Number.isInteger(cell.value);
    if (negative || fractional) {
      valueFindings(def, cell, cell.value, negative, fractional, out);
    }
  }
  for (const table of TABLE_ORDER) {
    const defs = blanks[table];
    if (!defs) continue;
    const ids = defs.map((d) => d.id);
    const named = defs.slice(0, BLANKS_NAMED);
    const more = defs.length > BLANKS_NAMED;
    const name = TABLE_NAMES[table];
    let location: CellValue['location'] = null;
    for (const id of ids) {
      const l = values[id]?.location;
      if (l) {
        location = l;
        break;
      }
    }
    out.push(
      makeFinding(
        'R5_BLANK',
        `${name.zh}有${ids.length}个空白单元格（空白表示未填报，不等于0）：${named
          .map((d) => d.labelZh)
          .join('、')}${more ? '等' : ''}`,
        `${name.en} has ${ids.length} blank cell(s) (not reported, not zero): ${named
          .map((d) => d.labelEn)
          .join('; ')}${more ? ' and more' : ''}`,
        { metric: ids[0], metrics: ids, location },
      ),
    );
  }
  return out;
}
