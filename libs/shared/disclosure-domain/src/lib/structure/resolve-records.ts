import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  getMetric,
  PROACTIVE_SUBTABLES,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type MetricUnit,
} from '../metrics/metric-registry';
import { makeFinding } from '../model/finding';
import type {
  CellValue,
  ExtraRow,
  Finding,
  Generation,
  TableKey,
} from '../model/report';
import type { Token } from '../readers/token';
import { labelKey, toHalfWidth } from '../text/normalize';
import { parseCellValue, type MoneyUnit } from '../text/parse-value';
import type { ProactiveItem } from './labels';
import { resolveRow } from './resolve-row';
import {
  G1_ONLY_ROWS,
  G2_APPLICATION_ROWS,
  generationOfHeader,
  ITEM_OF_ROW,
  subTable,
  type RowRecord,
} from './row-record';

/**
 * Turns the rows recorded by the walk into values: which tokens are each row's cells,
 * the generation of each table-二 item, inferred labels, and every reading finding.
 */
export interface Resolved {
  values: Record<string, CellValue>;
  extras: ExtraRow[];
  generations: Record<TableKey, Generation | null>;
  documentGeneration: Generation | null;
  truncatedTables: Set<TableKey>;
  cutInsideTable: boolean;
}

/**
 * The unit a table-二 header gives its money column (`采购总金额（元）`,
 * `本年收费金额（单位：万元）`, or a `（单位：元）` line over the table), from its key.
 */
function headerMoneyUnit(headerKey: string): MoneyUnit | undefined {
  const m = /金额(?:单位)?(万元|元)|单位(万元|元)/.exec(headerKey);
  return (m?.[1] ?? m?.[2]) as MoneyUnit | undefined;
}

function cellValue(
  token: Token | undefined,
  unit: MetricUnit,
  headerUnit: MoneyUnit | undefined,
): CellValue {
  if (!token || token.kind !== 'text') {
    return {
      status: 'blank',
      value: null,
      raw: token?.text ?? '',
      location: token?.loc ?? null,
    };
  }
  const parsed = parseCellValue(token.text, unit, headerUnit);
  const v: CellValue = {
    status: parsed.status,
    value: parsed.value,
    raw: token.text,
    location: token.loc,
  };
  if (parsed.unit) v.unit = parsed.unit;
  return v;
}

export function resolveRecords(
  records: readonly RowRecord[],
  lastRecognized: number,
  findings: Finding[],
): Resolved {
  const values: Record<string, CellValue> = {};
  const extras: ExtraRow[] = [];
  const truncatedTables = new Set<TableKey>();
  let cutInsideTable = false;
  let missingCells = 0;
  let cutAt: Token['loc'] | null = null;

  // Generation of table 二, item by item, from the headers; then the majority.
  const itemGeneration = new Map<ProactiveItem, 'G1' | 'G2'>();
  for (const r of records) {
    if (r.kind !== 'proactive' && r.kind !== 'orphan') continue;
    const g =
      generationOfHeader(r.headerKey) ??
      (r.kind === 'proactive' && G1_ONLY_ROWS.has(r.row) ? 'G1' : null);
    if (g && r.item && !itemGeneration.has(r.item))
      itemGeneration.set(r.item, g);
  }
  const counts = { G1: 0, G2: 0 };
  for (const g of itemGeneration.values()) counts[g]++;
  const consensus: 'G1' | 'G2' | null =
    counts.G1 === 0 && counts.G2 === 0
      ? null
      : counts.G2 >= counts.G1
        ? 'G2'
        : 'G1';
  if (counts.G1 > 0 && counts.G2 > 0) {
    findings.push(
      makeFinding(
        'GENERATION_MIXED',
        'warning',
        '表二的各子表混用了 2019 年格式和 2021 年格式的表头。',
        'Table 二 mixes sub-tables in the 2019 and the 2021 format.',
      ),
    );
  }

  const set = (metric: string, v: CellValue) => {
    if (values[metric] !== undefined) {
      findings.push(
        makeFinding(
          'ROW_DUPLICATE',
          'warning',
          `${label(metric)} 在文档中出现了两次，采用第一次的数值。`,
          `${labelEn(metric)} appears twice; the first value is kept.`,
          { metric, location: v.location },
        ),
      );
      return;
    }
    values[metric] = v;
    if (v.status === 'unreadable' && v.raw !== '') {
      findings.push(
        makeFinding(
          'VALUE_UNREADABLE',
          'error',
          `${label(metric)} 的内容“${v.raw}”不是数字，无法读取。`,
          `${labelEn(metric)}: “${v.raw}” is not a number and cannot be read.`,
          { metric, location: v.location },
        ),
      );
    }
  };

  const assignRow = (
    metrics: readonly string[],
    units: readonly MetricUnit[],
    cells: readonly Token[],
    labelToken: Token | null,
    end: number,
    table: TableKey,
    rowNameZh: string,
    rowNameEn: string,
    headerUnit?: MoneyUnit,
  ): boolean => {
    const atEnd = end > lastRecognized;
    const ordinal = /^(\d{1,2}) *[.、]/.exec(
      toHalfWidth(labelToken?.text ?? ''),
    );
    const r = resolveRow(
      cells,
      metrics.length,
      atEnd,
      ordinal ? Number(ordinal[1]) + 1 : null,
    );
    if (r.status === 'ambiguous') {
      const raw = cells
        .filter((c) => c.kind === 'text')
        .map((c) => c.text)
        .join(' ');
      for (const m of metrics) {
        set(m, {
          status: 'unreadable',
          value: null,
          raw: '',
          location: labelToken?.loc ?? cells[0]?.loc ?? null,
        });
      }
      const count = cells.filter((c) => c.kind !== 'weak').length;
      findings.push(
        makeFinding(
          'ROW_AMBIGUOUS',
          'warning',
          `“${rowNameZh}”一行应有 ${metrics.length} 个单元格，读到 ${count} 个（${raw || '空'}），无法确定各数值所在的列，未采用。`,
          `Row “${rowNameEn}” should have ${metrics.length} cells but ${count} were found (${raw || 'empty'}); the columns cannot be told apart, so no value was taken.`,
          { metrics, location: labelToken?.loc ?? cells[0]?.loc ?? null },
        ),
      );
      return false;
    }
    r.cells.forEach((c, idx) => {
      const metric = metrics[idx] as string;
      const unit = units[idx] ?? 'count';
      const v = cellValue(c, unit, headerUnit);
      set(metric, v);
      if (
        v.status !== 'number' ||
        v.unit !== undefined ||
        v.value === 0 ||
        unit !== 'wanYuan'
      ) {
        return;
      }
      if (headerUnit === '元') {
        // The header, not the cell, says 元: the converted value carries its reason.
        findings.push(
          makeFinding(
            'MONEY_UNIT_FROM_HEADER',
            'info',
            `${label(metric)} 的金额“${v.raw}”按表头的单位“元”读取，即 ${v.value} 万元。`,
            `${labelEn(metric)}: the amount “${v.raw}” was read in yuan, as its header says: ${v.value} × 10k yuan.`,
            { metric, location: v.location },
          ),
        );
      } else if (
        headerUnit === undefined &&
        metric === 'proactive.procurement.amountWan'
      ) {
        findings.push(
          makeFinding(
            'MONEY_UNIT_ASSUMED',
            'info',
            `${label(metric)} 的金额“${v.raw}”没有写单位，按万元读取。`,
            `${labelEn(metric)}: the amount “${v.raw}” has no unit and was read as 10k yuan (万元).`,
            { metric, location: v.location },
          ),
        );
      }
    });
    if (r.status === 'truncated') {
      truncatedTables.add(table);
      cutInsideTable = true;
      missingCells += metrics.length - r.cells.length;
      cutAt = r.cells[r.cells.length - 1]?.loc ?? labelToken?.loc ?? cutAt;
    }
    return true;
  };

  const seenProactive = new Set<string>();
  for (const rec of records) {
    switch (rec.kind) {
      case 'proactive':
      case 'orphan':
      case 'extra': {
        let row: string | null = rec.kind === 'proactive' ? rec.row : null;
        let item = rec.item;
        if (rec.kind === 'orphan') {
          // Values under a header with no row label: only a position that leaves no
          // doubt (the row before the next one of the same sub-table) is taken.
          const next = rec.nextRow;
          const gen = generationOfHeader(rec.headerKey) ?? consensus;
          const candidates = PROACTIVE_SUBTABLES.filter(
            (s) =>
              (gen === null || s.generation === gen) &&
              (item === null || s.item === item),
          );
          let inferred: string | null = null;
          for (const s of candidates) {
            const idx = next ? s.rows.findIndex((r) => r.key === next) : -1;
            if (idx > 0) inferred = s.rows[idx - 1]?.key ?? null;
            else if (!next && s.rows.length === 1 && item !== null) {
              inferred = s.rows[0]?.key ?? null;
            }
          }
          if (inferred && !seenProactive.has(inferred)) {
            row = inferred;
            item = ITEM_OF_ROW[inferred] ?? item;
            findings.push(
              makeFinding(
                'ROW_LABEL_INFERRED',
                'info',
                `表二中一行数值缺少行标签，按位置判定为“${rowZh(inferred)}”。`,
                `A row of table 二 has no label; by its position it is “${rowEn(inferred)}”.`,
                { location: rec.cells[0]?.loc ?? null },
              ),
            );
          } else {
            findings.push(
              makeFinding(
                'VALUES_WITHOUT_ROW',
                'warning',
                `表二中有一组数值（${rec.cells.map((c) => c.text).join(' ')}）没有行标签，无法确定所属的行，未采用。`,
                `Table 二 has values (${rec.cells.map((c) => c.text).join(' ')}) without a row label; they were not used.`,
                { location: rec.cells[0]?.loc ?? null },
              ),
            );
            break;
          }
        }
        if (item === null) break;
        let gen =
          generationOfHeader(rec.headerKey) ??
          itemGeneration.get(item) ??
          consensus;
        if (gen === null) {
          // No header anywhere: the number of cells tells the generation for 五/六/八.
          const strong = rec.cells.filter((c) => c.kind === 'text').length;
          const g2 = subTable(item, 'G2');
          const g1 = subTable(item, 'G1');
          if (
            g2 &&
            strong === g2.columns.length &&
            g1?.columns.length !== strong
          )
            gen = 'G2';
          else if (
            g1 &&
            strong === g1.columns.length &&
            g2?.columns.length !== strong
          ) {
            gen = 'G1';
          }
          if (gen) {
            findings.push(
              makeFinding(
                'GENERATION_INFERRED',
                'info',
                `表二第二十条第（${item}）项没有可识别的表头，按数值个数判定为${gen === 'G1' ? ' 2019 年' : ' 2021 年'}格式。`,
                `Table 二 item （${item}） has no recognisable header; its format (${gen}) was inferred from the number of cells.`,
                { location: rec.cells[0]?.loc ?? null },
              ),
            );
          }
        }
        if (row && G1_ONLY_ROWS.has(row)) gen = 'G1';
        const spec = gen ? subTable(item, gen) : undefined;
        if (!spec) {
          findings.push(
            makeFinding(
              'ROW_AMBIGUOUS',
              'warning',
              `表二第二十条第（${item}）项无法判定格式（2019 或 2021 年），该行数值未采用。`,
              `The format of table 二 item （${item}） cannot be determined; the row was not used.`,
              {
                location:
                  rec.kind === 'orphan' ? rec.cells[0]?.loc : rec.label.loc,
              },
            ),
          );
          break;
        }
        if (rec.kind === 'extra') {
          if (!rec.cells.some((c) => c.kind === 'text')) break;
          const slug = extraSlug(rec.label.text);
          const metrics = spec.columns.map(
            (c) => `proactive.extra.${slug}.${c.key}`,
          );
          const units = spec.columns.map((c) => c.unit ?? 'count');
          if (
            assignRow(
              metrics,
              units,
              rec.cells,
              rec.label,
              rec.end,
              'proactive',
              rec.label.text,
              rec.label.text,
              headerMoneyUnit(rec.headerKey),
            )
          ) {
            extras.push({
              id: `proactive.extra.${slug}`,
              label: rec.label.text,
              cells: metrics.flatMap((m) =>
                values[m] ? [values[m] as CellValue] : [],
              ),
            });
            findings.push(
              makeFinding(
                'EXTRA_ROW',
                'info',
                `表二有格式之外的本地行“${rec.label.text}”，已保留为 proactive.extra.${slug}。`,
                `Table 二 has a local row “${rec.label.text}” outside the format; kept as proactive.extra.${slug}.`,
                { location: rec.label.loc },
              ),
            );
          }
          break;
        }
        if (!row) break;
        if (!spec.rows.some((r) => r.key === row)) {
          findings.push(
            makeFinding(
              'ROW_UNEXPECTED',
              'warning',
              `“${rowZh(row)}”不属于 ${gen === 'G1' ? '2019' : '2021'} 年格式的第二十条第（${item}）项，未采用。`,
              `Row “${rowEn(row)}” does not belong to item （${item}） of the ${gen} format; not used.`,
              {
                location:
                  rec.kind === 'proactive' ? rec.label.loc : rec.cells[0]?.loc,
              },
            ),
          );
          break;
        }
        seenProactive.add(row);
        const metrics = metricIds(`proactive.${row}`, spec.columns);
        const units = spec.columns.map((c) => c.unit ?? 'count');
        const labelToken = rec.kind === 'proactive' ? rec.label : null;
        if (rec.kind === 'proactive' && rec.rest !== '') {
          mergedDigits(metrics, rec.label, rowZh(row), findings, set);
          break;
        }
        assignRow(
          metrics,
          units,
          rec.cells,
          labelToken,
          rec.end,
          'proactive',
          rowZh(row),
          rowEn(row),
          headerMoneyUnit(rec.headerKey),
        );
        break;
      }
      case 'applications': {
        const metrics = metricIds(
          `applications.${rec.row}`,
          APPLICATION_COLUMNS,
        );
        const units = metrics.map(() => 'count' as const);
        if (
          rec.row === 'otherHandling' &&
          !rec.cells.some((c) => c.kind === 'text')
        ) {
          // The G2 group heading （六）其他处理: its sub-rows follow.
          const nextIsSubRow = records.some(
            (r) => r.kind === 'applications' && G2_APPLICATION_ROWS.has(r.row),
          );
          if (nextIsSubRow || rec.cells.length === 0) break;
        }
        if (rec.rest !== '') {
          mergedDigits(
            metrics,
            rec.label,
            rowZh(rec.row, 'applications'),
            findings,
            set,
          );
          break;
        }
        assignRow(
          metrics,
          units,
          rec.cells,
          rec.label,
          rec.end,
          'applications',
          rowZh(rec.row, 'applications'),
          rowEn(rec.row, 'applications'),
        );
        break;
      }
      case 'group': {
        if (!rec.cells.some((c) => c.kind === 'text')) break;
        const rows = APPLICATION_ROWS.filter((r) => r.group === rec.group);
        const metrics = rows.flatMap((r) =>
          APPLICATION_COLUMNS.map((c) => `applications.${r.key}.${c.key}`),
        );
        for (const m of metrics) {
          if (values[m] === undefined) {
            values[m] = {
              status: 'unreadable',
              value: null,
              raw: '',
              location: rec.label.loc,
            };
          }
        }
        findings.push(
          makeFinding(
            'ROWS_LOST',
            'warning',
            `“${rec.label.text}”下的各子项标签缺失，其后 ${rec.cells.filter((c) => c.kind === 'text').length} 个数值无法对应到行，未采用。`,
            `The sub-row labels under “${rec.label.text}” are missing; the ${rec.cells.filter((c) => c.kind === 'text').length} values after it cannot be assigned to rows and were not used.`,
            { metrics, location: rec.label.loc },
          ),
        );
        break;
      }
      case 'review': {
        const metrics = REVIEW_METRIC_IDS;
        assignRow(
          metrics,
          metrics.map(() => 'count' as const),
          rec.cells,
          null,
          rec.end,
          'reviewLitigation',
          '行政复议、行政诉讼数据行',
          'review and litigation data row',
        );
        break;
      }
    }
  }

  if (missingCells > 0) {
    findings.push(
      makeFinding(
        'DOCUMENT_TRUNCATED',
        'warning',
        `文档在表格中间结束，最后一行缺少 ${missingCells} 个单元格；缺少的内容未读取，也没有补零。`,
        `The document stops inside a table; the last row lacks ${missingCells} cell(s), which were neither read nor filled with zeros.`,
        { location: cutAt },
      ),
    );
  }

  let hasG2Rows = false;
  for (const row of G2_APPLICATION_ROWS) {
    for (const c of APPLICATION_COLUMNS) {
      if (values[`applications.${row}.${c.key}`] !== undefined)
        hasG2Rows = true;
    }
  }
  const hasG1Row = values['applications.otherHandling.total'] !== undefined;
  const applicationsGen: Generation | null = hasG2Rows
    ? 'G2'
    : hasG1Row
      ? 'G1'
      : null;
  const documentGeneration = consensus ?? applicationsGen;
  return {
    values,
    extras,
    generations: {
      proactive: consensus,
      applications: applicationsGen ?? documentGeneration,
      reviewLitigation: documentGeneration,
    },
    documentGeneration,
    truncatedTables,
    cutInsideTable,
  };
}

const METRIC_IDS = new Map<
  readonly { key: string }[],
  Map<string, readonly string[]>
>();
/** Metric ids of one row, built once: internalised strings hash once, not per parse. */
function metricIds(
  prefix: string,
  columns: readonly { key: string }[],
): readonly string[] {
  let byPrefix = METRIC_IDS.get(columns);
  if (!byPrefix) METRIC_IDS.set(columns, (byPrefix = new Map()));
  let ids = byPrefix.get(prefix);
  if (!ids) {
    ids = columns.map((c) => `${prefix}.${c.key}`);
    byPrefix.set(prefix, ids);
  }
  return ids;
}
const REVIEW_METRIC_IDS = REVIEW_GROUPS.flatMap((g) =>
  REVIEW_COLUMNS.map((c) => `${g.key}.${c.key}`),
);

function mergedDigits(
  metrics: readonly string[],
  labelToken: Token,
  rowName: string,
  findings: Finding[],
  set: (metric: string, v: CellValue) => void,
): void {
  for (const m of metrics) {
    set(m, {
      status: 'unreadable',
      value: null,
      raw: '',
      location: labelToken.loc,
    });
  }
  findings.push(
    makeFinding(
      'ROW_DIGITS_MERGED',
      'warning',
      `“${labelToken.text}”中行标签与数字连在一起，无法确定“${rowName}”各列的数值，未采用。`,
      `In “${labelToken.text}” the digits run into the row label; the cells of the row cannot be told apart and were not used.`,
      { metrics, location: labelToken.loc },
    ),
  );
}

function label(metric: string): string {
  return getMetric(metric)?.labelZh ?? metric;
}

function labelEn(metric: string): string {
  return getMetric(metric)?.labelEn ?? metric;
}

const ROW_NAMES = {
  proactive: new Map(
    PROACTIVE_SUBTABLES.flatMap((s) => s.rows)
      .reverse()
      .map((r) => [r.key, r] as const),
  ),
  applications: new Map(APPLICATION_ROWS.map((r) => [r.key, r] as const)),
};

/** The Chinese or English label of a row of table 二 (its 2019 wording) or 三. */
function rowName(
  row: string,
  table: 'proactive' | 'applications' = 'proactive',
  lang: 'zh' | 'en' = 'zh',
): string {
  const spec = ROW_NAMES[table].get(row);
  if (!spec) return row;
  return lang === 'zh' ? spec.zh : spec.en;
}

const rowZh = (row: string, table?: 'proactive' | 'applications') =>
  rowName(row, table, 'zh');
const rowEn = (row: string, table?: 'proactive' | 'applications') =>
  rowName(row, table, 'en');

const EXTRA_SLUGS: Record<string, string> = {
  其他主动公开文件: 'otherDocuments',
  行政检查: 'inspection',
  行政确认: 'confirmation',
  行政征收: 'levy',
  行政给付: 'payment',
  行政奖励: 'reward',
  行政裁决: 'ruling',
  行政备案: 'filing',
  其他行政权力: 'otherPowers',
};

/** Stable id part for a local row: a known name, else a hash of its label. */
export function extraSlug(text: string): string {
  const key = labelKey(text);
  const known = EXTRA_SLUGS[key];
  if (known) return known;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `x${h.toString(16).padStart(8, '0')}`;
}
