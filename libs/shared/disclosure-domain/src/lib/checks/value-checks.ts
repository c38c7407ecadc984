import { getMetric } from '../metrics/metric-registry';
import type { Finding, ParsedReport, TableKey } from '../model/report';
import { makeFinding } from './check-codes';
import {
  TABLE_NAMES,
  TABLE_ORDER,
  byLayoutOrder,
  formatNumber,
  metricLabel,
} from './labels';

// A blank-cell finding names this many cells; `metrics` still lists them all.
const BLANKS_NAMED = 5;

/**
 * R5: every count is a whole number ≥ 0 (本年增/减 is signed), money is ≥ 0, and
 * blank cells are reported once per table. Local extra rows are not checked: their
 * unit is not known.
 */
export function checkValues(report: ParsedReport): Finding[] {
  const out: Finding[] = [];
  const blanks = new Map<TableKey, string[]>();
  for (const id of byLayoutOrder(Object.keys(report.values))) {
    const cell = report.values[id];
    const def = getMetric(id);
    if (!cell || !def) continue;
    if (cell.status === 'blank') {
      const list = blanks.get(def.table) ?? [];
      list.push(id);
      blanks.set(def.table, list);
      continue;
    }
    if (cell.status !== 'number' || cell.value === null) continue;
    const label = metricLabel(id);
    const value = formatNumber(cell.value);
    const target = { metric: id, metrics: [id], location: cell.location };
    if (cell.value < 0 && def.unit !== 'signedCount') {
      out.push(
        makeFinding(
          'R5_NEGATIVE',
          `${label.zh}为负数（${value}，原文“${cell.raw}”）`,
          `${label.en} is negative (${value}, written "${cell.raw}")`,
          target,
        ),
      );
    }
    if (def.unit !== 'wanYuan' && !Number.isInteger(cell.value)) {
      out.push(
        makeFinding(
          'R5_NOT_INTEGER',
          `${label.zh}不是整数（${value}，原文“${cell.raw}”）`,
          `${label.en} is not a whole number (${value}, written "${cell.raw}")`,
          target,
        ),
      );
    }
  }
  for (const table of TABLE_ORDER) {
    const ids = blanks.get(table);
    if (!ids) continue;
    const named = ids.slice(0, BLANKS_NAMED).map(metricLabel);
    const more = ids.length > BLANKS_NAMED;
    const name = TABLE_NAMES[table];
    out.push(
      makeFinding(
        'R5_BLANK',
        `${name.zh}有${ids.length}个空白单元格（空白表示未填报，不等于0）：${named
          .map((l) => l.zh)
          .join('、')}${more ? '等' : ''}`,
        `${name.en} has ${ids.length} blank cell(s) (not reported, not zero): ${named
          .map((l) => l.en)
          .join('; ')}${more ? ' and more' : ''}`,
        {
          metric: ids[0],
          metrics: ids,
          location:
            ids.map((id) => report.values[id]?.location).find(Boolean) ?? null,
        },
      ),
    );
  }
  return out;
}
