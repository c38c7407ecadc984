import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  PROACTIVE_SUBTABLES,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../metrics/metric-registry';
import type { MetricUnit } from '../metrics/metric-registry';
import type { TableKey } from '../model/report';
import { escapeMarkup } from './markup-escape';

/**
 * The official table layouts as static skeletons, built once per generation. Rendering
 * a report only walks a skeleton and looks values up, so the span arithmetic (which
 * cells a rowspan covers, what Word needs as vMerge continuations) is never redone.
 */

/** `moneyWithUnit`: an amount whose column header names no unit (G1 采购总金额). */
export type CellFormat = 'count' | 'signed' | 'money' | 'moneyWithUnit';

/** 'label' = row labels (left-aligned in real reports), 'header' = captions and column heads. */
export type CellRole = 'header' | 'label' | 'value';

export interface TemplateCell {
  role: CellRole;
  /** Fixed text of header and label cells; '' for value cells. */
  text: string;
  /** `text` escaped once for HTML/XML. */
  markup: string;
  /** Metric id of a value cell. */
  metric: string | null;
  format: CellFormat;
  colSpan: number;
  rowSpan: number;
  /** First grid column (0-based) and the summed grid width, for DOCX cell widths. */
  gridStart: number;
  width: number;
}

/** A cell as Word wants it: real cells and the vMerge continuations of rowspans above. */
export interface GridSlot {
  cell: TemplateCell;
  continuation: boolean;
}

export interface TemplateRow {
  cells: readonly TemplateCell[];
  slots: readonly GridSlot[];
  /** Grid positions covered by rowspans from above before the row's first own cell. */
  leadingCovered: number;
  /** Header rows come before the data; captions of table 二 count as header rows. */
  header: boolean;
}

export interface TableTemplate {
  key: TableKey;
  columnCount: number;
  /** Grid column widths in twentieths of a point (DOCX dxa). */
  columnWidths: readonly number[];
  rows: readonly TemplateRow[];
}

interface CellSpec {
  role: CellRole;
  text?: string;
  metric?: string;
  format?: CellFormat;
  colSpan?: number;
  rowSpan?: number;
}

interface RowSpec {
  cells: CellSpec[];
  header?: boolean;
}

const h = (text: string, colSpan = 1, rowSpan = 1): CellSpec => ({
  role: 'header',
  text,
  colSpan,
  rowSpan,
});
const l = (text: string, colSpan = 1, rowSpan = 1): CellSpec => ({
  role: 'label',
  text,
  colSpan,
  rowSpan,
});
const v = (
  metric: string,
  format: CellFormat = 'count',
  colSpan = 1,
): CellSpec => ({
  role: 'value',
  metric,
  format,
  colSpan,
});

function formatOf(unit: MetricUnit | undefined, header: string): CellFormat {
  switch (unit) {
    case 'signedCount':
      return 'signed';
    case 'wanYuan':
      // Where the header does not say 万元, the cell does, as real reports write it.
      return header.includes('万元') ? 'money' : 'moneyWithUnit';
    case 'count':
    case undefined:
      return 'count';
  }
}

/** Lays the rows onto the grid: positions, widths, and the slots rowspans leave behind. */
function buildTable(
  key: TableKey,
  columnWidths: readonly number[],
  specs: readonly RowSpec[],
): TableTemplate {
  const columnCount = columnWidths.length;
  // For each grid column: the cell that covers it from above and how many rows remain.
  const coveredBy: (TemplateCell | null)[] = new Array<TemplateCell | null>(
    columnCount,
  ).fill(null);
  const coveredRows: number[] = new Array<number>(columnCount).fill(0);
  const rows: TemplateRow[] = [];

  for (const spec of specs) {
    const cells: TemplateCell[] = [];
    const slots: GridSlot[] = [];
    let leadingCovered = 0;
    let col = 0;
    let next = 0;
    while (col < columnCount) {
      const above = coveredBy[col];
      if (above && (coveredRows[col] ?? 0) > 0) {
        slots.push({ cell: above, continuation: true });
        if (cells.length === 0) leadingCovered++;
        for (let c = col; c < col + above.colSpan; c++) {
          coveredRows[c] = (coveredRows[c] ?? 0) - 1;
        }
        col += above.colSpan;
        continue;
      }
      const cellSpec = spec.cells[next++];
      if (!cellSpec) {
        throw new Error(
          `table ${key}: row ends at column ${col} of ${columnCount}`,
        );
      }
      const colSpan = cellSpec.colSpan ?? 1;
      const rowSpan = cellSpec.rowSpan ?? 1;
      let width = 0;
      for (let c = col; c < col + colSpan; c++) width += columnWidths[c] ?? 0;
      const text = cellSpec.text ?? '';
      const cell: TemplateCell = {
        role: cellSpec.role,
        text,
        markup: escapeMarkup(text),
        metric: cellSpec.metric ?? null,
        format: cellSpec.format ?? 'count',
        colSpan,
        rowSpan,
        gridStart: col,
        width,
      };
      cells.push(cell);
      slots.push({ cell, continuation: false });
      if (rowSpan > 1) {
        for (let c = col; c < col + colSpan; c++) {
          coveredBy[c] = cell;
          coveredRows[c] = rowSpan - 1;
        }
      }
      col += colSpan;
    }
    if (col !== columnCount || next !== spec.cells.length) {
      throw new Error(
        `table ${key}: row does not fit the ${columnCount}-column grid`,
      );
    }
    rows.push({ cells, slots, leadingCovered, header: spec.header ?? false });
  }
  return { key, columnCount, columnWidths, rows };
}

// ---- Table 二 -------------------------------------------------------------

/** Widest sub-table has 3 value columns; narrower ones stretch their last cell. */
const PROACTIVE_VALUE_COLUMNS = 3;

function proactiveTable(generation: 'G1' | 'G2'): TableTemplate {
  const rows: RowSpec[] = [];
  const grid = PROACTIVE_VALUE_COLUMNS + 1;
  for (const sub of PROACTIVE_SUBTABLES) {
    if (sub.generation !== generation) continue;
    const n = sub.columns.length;
    // Real pages widen the last cell (colspan=3 for G2 single-value rows) so that every
    // sub-table keeps the grid of （一）.
    const lastSpan = PROACTIVE_VALUE_COLUMNS - n + 1;
    rows.push({
      header: true,
      cells: [h(`第二十条第（${sub.item}）项`, grid)],
    });
    rows.push({
      header: true,
      cells: [
        h('信息内容'),
        ...sub.columns.map((c, i) => h(c.zh, i === n - 1 ? lastSpan : 1)),
      ],
    });
    for (const row of sub.rows) {
      rows.push({
        cells: [
          l(row.zh),
          ...sub.columns.map((c, i) =>
            v(
              `proactive.${row.key}.${c.key}`,
              formatOf(c.unit, c.zh),
              i === n - 1 ? lastSpan : 1,
            ),
          ),
        ],
      });
    }
  }
  return buildTable('proactive', [2906, 1800, 1800, 1800], rows);
}

// ---- Table 三 -------------------------------------------------------------

export const APPLICATIONS_NOTE =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Group cells of 三、本年度办理结果 (rowspan over their numbered sub-rows). */
const GROUP_LABELS: Record<'三' | '四' | '五' | '六', string> = {
  三: '（三）不予公开',
  四: '（四）无法提供',
  五: '（五）不予处理',
  六: '（六）其他处理',
};

/**
 * Row labels exactly as printed (format §5.2). The registry's labels carry the group
 * prefix for standalone display, which a numbered sub-row does not show.
 */
export const APPLICATION_ROW_LABELS: Readonly<Record<string, string>> = {
  received: '一、本年新收政府信息公开申请数量',
  carriedIn: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partlyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheldStateSecret: '1.属于国家秘密',
  withheldByLaw: '2.其他法律行政法规禁止公开',
  withheldSafetyStability: '3.危及“三安全一稳定”',
  withheldThirdParty: '4.保护第三方合法权益',
  withheldInternalAffairs: '5.属于三类内部事务信息',
  withheldProcessInfo: '6.属于四类过程性信息',
  withheldEnforcementFile: '7.属于行政执法案卷',
  withheldAdminQuery: '8.属于行政查询事项',
  unavailableNotHeld: '1.本机关不掌握相关政府信息',
  unavailableNeedsCreation: '2.没有现成信息需要另行制作',
  unavailableUnclear: '3.补正后申请内容仍不明确',
  notProcessedComplaint: '1.信访举报投诉类申请',
  notProcessedRepeated: '2.重复申请',
  notProcessedPublication: '3.要求提供公开出版物',
  notProcessedExcessive: '4.无正当理由大量反复申请',
  notProcessedConfirmation: '5.要求行政机关确认或重新出具已获取信息',
  otherHandling: '（六）其他处理',
  otherOverdueCorrection:
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  otherOverdueFee:
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  otherMisc: '3.其他',
  resultTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

export const APPLICATIONS_RESULT_GROUP = '三、本年度办理结果';

function applicationsTable(generation: 'G1' | 'G2'): TableTemplate {
  const rowDefs = APPLICATION_ROWS.filter((r) =>
    r.generations.includes(generation),
  );
  const values = (rowKey: string): CellSpec[] =>
    APPLICATION_COLUMNS.map((c) => v(`applications.${rowKey}.${c.key}`));
  const labelOf = (rowKey: string): string => {
    const label = APPLICATION_ROW_LABELS[rowKey];
    if (label === undefined) throw new Error(`no label for row ${rowKey}`);
    return label;
  };

  const rows: RowSpec[] = [
    { header: true, cells: [h(APPLICATIONS_NOTE, 3, 3), h('申请人情况', 7)] },
    {
      header: true,
      cells: [h('自然人', 1, 2), h('法人或其他组织', 5), h('总计', 1, 2)],
    },
    {
      header: true,
      cells: APPLICATION_COLUMNS.slice(1, 6).map((c) => h(c.zh)),
    },
  ];

  // Rows between 一/二 and 四 sit under the 三、本年度办理结果 group cell.
  const resultRows = rowDefs.filter(
    (r) =>
      r.key !== 'received' &&
      r.key !== 'carriedIn' &&
      r.key !== 'carriedForward',
  );
  const groupSizes = new Map<string, number>();
  for (const r of resultRows) {
    // A group of one (G1 （六）其他处理) is an ordinary two-column label.
    if (r.group) groupSizes.set(r.group, (groupSizes.get(r.group) ?? 0) + 1);
  }

  for (const r of rowDefs) {
    if (
      r.key === 'received' ||
      r.key === 'carriedIn' ||
      r.key === 'carriedForward'
    ) {
      rows.push({ cells: [l(labelOf(r.key), 3), ...values(r.key)] });
      continue;
    }
    const cells: CellSpec[] = [];
    if (r === resultRows[0]) {
      cells.push(l(APPLICATIONS_RESULT_GROUP, 1, resultRows.length));
    }
    const size = r.group ? (groupSizes.get(r.group) ?? 1) : 1;
    if (r.group && size > 1) {
      const first = resultRows.find((x) => x.group === r.group);
      if (first === r) cells.push(l(GROUP_LABELS[r.group], 1, size));
      cells.push(l(labelOf(r.key)));
    } else {
      cells.push(l(labelOf(r.key), 2));
    }
    rows.push({ cells: [...cells, ...values(r.key)] });
  }

  return buildTable(
    'applications',
    [500, 900, 1800, 729, 729, 729, 729, 729, 729, 729],
    rows,
  );
}

// ---- Table 四 -------------------------------------------------------------

function reviewTable(): TableTemplate {
  const outcomes = REVIEW_COLUMNS.map((c) => c.zh);
  const rows: RowSpec[] = [
    { header: true, cells: [h('行政复议', 5), h('行政诉讼', 10)] },
    {
      header: true,
      cells: [
        ...outcomes.map((t) => h(t, 1, 2)),
        h('未经复议直接起诉', 5),
        h('复议后起诉', 5),
      ],
    },
    { header: true, cells: [...outcomes, ...outcomes].map((t) => h(t)) },
    {
      cells: REVIEW_GROUPS.flatMap((g) =>
        REVIEW_COLUMNS.map((c) => v(`${g.key}.${c.key}`)),
      ),
    },
  ];
  return buildTable('reviewLitigation', new Array<number>(15).fill(553), rows);
}

// ---- Cache --------------------------------------------------------------

export interface GenerationTables {
  proactive: TableTemplate;
  applications: TableTemplate;
  reviewLitigation: TableTemplate;
}

const cache = new Map<'G1' | 'G2', GenerationTables>();

export function tablesOf(generation: 'G1' | 'G2'): GenerationTables {
  let tables = cache.get(generation);
  if (!tables) {
    tables = {
      proactive: proactiveTable(generation),
      applications: applicationsTable(generation),
      reviewLitigation: reviewTable(),
    };
    cache.set(generation, tables);
  }
  return tables;
}
