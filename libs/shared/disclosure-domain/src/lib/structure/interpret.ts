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
  SectionInfo,
  SectionKey,
  TableInfo,
  TableKey,
} from '../model/report';
import type { Token } from '../readers/token';
import { labelKey } from '../text/normalize';
import { parseCellValue } from '../text/parse-value';
import {
  classifyToken,
  type ApplicationGroup,
  type Label,
  type ProactiveItem,
  type TableContext,
} from './labels';
import { resolveRow } from './resolve-row';

export interface Interpretation {
  sections: SectionInfo[];
  tables: TableInfo[];
  values: Record<string, CellValue>;
  extras: ExtraRow[];
  findings: Finding[];
  generation: Generation | null;
  truncated: boolean;
  /** Tokens before the first section heading: title, dates, preamble. */
  preamble: Token[];
  /** No table markers at all, but markers of the pre-2019 layout. */
  g0: boolean;
  /** Nothing of a disclosure report was recognised. */
  notAReport: boolean;
}

type RowRecord =
  | {
      kind: 'proactive';
      row: string;
      item: ProactiveItem;
      headerKey: string;
      label: Token;
      rest: string;
      cells: Token[];
      end: number;
    }
  | {
      kind: 'orphan';
      item: ProactiveItem | null;
      headerKey: string;
      cells: Token[];
      /** The row label that ended the orphan cells, if any. */
      nextRow: string | null;
      end: number;
    }
  | {
      kind: 'extra';
      item: ProactiveItem | null;
      headerKey: string;
      label: Token;
      cells: Token[];
      end: number;
    }
  | {
      kind: 'applications';
      row: string;
      label: Token;
      rest: string;
      cells: Token[];
      end: number;
    }
  | {
      kind: 'group';
      group: ApplicationGroup;
      label: Token;
      cells: Token[];
      end: number;
    }
  | { kind: 'review'; cells: Token[]; end: number };

const ITEM_OF_ROW: Record<string, ProactiveItem> = {
  rules: '一',
  normativeDocs: '一',
  licensing: '五',
  otherServices: '五',
  penalty: '六',
  coercion: '六',
  fees: '八',
  procurement: '九',
};

const G1_ONLY_ROWS = new Set(['otherServices', 'procurement']);
const G2_APPLICATION_ROWS = new Set([
  'otherOverdueCorrection',
  'otherOverdueFee',
  'otherMisc',
]);

const G2_HEADER_MARKS = [
  '本年制发',
  '本年废止',
  '现行有效',
  '本年处理决定',
  '收费金额',
  '单位万元',
];
const G1_HEADER_MARKS = [
  '本年新',
  '对外公开总',
  '上一年项目',
  '本年增',
  '采购',
];

/** The generation a sub-table's header shows, if it shows one. */
export function generationOfHeader(headerKey: string): 'G1' | 'G2' | null {
  const g2 = G2_HEADER_MARKS.some((m) => headerKey.includes(m));
  const g1 =
    G1_HEADER_MARKS.some((m) => headerKey.includes(m)) ||
    headerKey.replace(/本年处理决定数量/g, '').includes('处理决定数量');
  if (g1 === g2) return null;
  return g2 ? 'G2' : 'G1';
}

function subTable(item: ProactiveItem, generation: 'G1' | 'G2') {
  return PROACTIVE_SUBTABLES.find(
    (s) => s.item === item && s.generation === generation,
  );
}

const G0_MARKERS = [
  '依申请公开政府信息情况',
  '政府信息公开的收费及减免情况',
  '咨询处理情况',
  '复议诉讼和申诉',
  '申请答复数',
  '同意公开答复数',
  '同意部分公开答复数',
  '不同意公开答复数',
  '政府信息公开情况统计表',
  '机构建设保障经费和培训会议情况',
  '主动公开政府信息数',
];

const SECTION_ORDER: readonly SectionKey[] = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
];

const TABLE_OF_SECTION: Partial<Record<SectionKey, TableKey>> = {
  proactive: 'proactive',
  applications: 'applications',
  reviewLitigation: 'reviewLitigation',
};

const opensTable = (l: Label) =>
  l.kind === 'caption' ||
  (l.kind === 'applicationsHeader' && l.strong) ||
  (l.kind === 'reviewHeader' && l.strong);

/**
 * Walks the token stream once: sections, tables, row labels and the cells after them.
 * Rows are recorded first and resolved afterwards, when it is known where the
 * document's recognisable content ends (a short last row is then a cut page, not a
 * dropped cell).
 */
export function interpretTokens(tokens: readonly Token[]): Interpretation {
  const findings: Finding[] = [];
  const records: RowRecord[] = [];
  const sections = new Map<SectionKey, SectionInfo>();
  const sectionText = new Map<SectionKey, string[]>();
  const tableSeen = new Set<TableKey>();
  const preamble: Token[] = [];

  let context: TableContext = null;
  let section: SectionKey | null = null;
  let caption: ProactiveItem | null = null;
  let headerKey = '';
  let headerOpen = false;
  let reviewHeaderSeen = false;
  let lastRecognized = -1;
  let pending: RowRecord | null = null;

  const flush = (end: number, next: Label | null) => {
    if (!pending) return;
    pending.end = end;
    if (pending.kind === 'orphan') {
      pending.nextRow = next?.kind === 'proactiveRow' ? next.row : null;
    }
    // Cells read between header parts (rowspan fillers) are not a data row.
    const discard =
      (pending.kind === 'review' && next?.kind === 'reviewHeader') ||
      ((pending.kind === 'orphan' || pending.kind === 'review') &&
        !pending.cells.some((c) => c.kind === 'text'));
    if (!discard) records.push(pending);
    pending = null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let label = classifyToken(token, context);
    // In the prose sections a table label is only a word in a sentence, unless it
    // opens a table (a caption or a header no sentence has).
    if (
      context === null &&
      (section === 'overview' ||
        section === 'problems' ||
        section === 'other') &&
      !opensTable(label)
    ) {
      if (label.kind !== 'section' && label.kind !== 'value')
        label = { kind: 'prose' };
    }

    if (label.kind === 'value') {
      if (pending) {
        pending.cells.push(token);
      } else if (
        context === 'proactive' &&
        headerOpen &&
        token.kind === 'text'
      ) {
        pending = {
          kind: 'orphan',
          item: caption,
          headerKey,
          cells: [token],
          nextRow: null,
          end: -1,
        };
      } else if (context === 'reviewLitigation' && reviewHeaderSeen) {
        pending = { kind: 'review', cells: [token], end: -1 };
      }
      if (section === null) preamble.push(token);
      else if (context === null && token.kind === 'text') {
        sectionText.get(section)?.push(token.text);
      }
      continue;
    }

    if (label.kind === 'prose' || label.kind === 'unknown') {
      const extraLabel =
        label.kind === 'unknown' &&
        label.cjkOnly &&
        context === 'proactive' &&
        (headerOpen ||
          pending?.kind === 'proactive' ||
          pending?.kind === 'extra');
      flush(i, label);
      if (extraLabel) {
        pending = {
          kind: 'extra',
          item: caption,
          headerKey,
          label: token,
          cells: [],
          end: -1,
        };
      } else if (
        label.kind === 'prose' &&
        context !== null &&
        section !== null
      ) {
        // Prose after a table closes it (the section may go on in words).
        const table = TABLE_OF_SECTION[section];
        if (table && tableSeen.has(table)) context = null;
      }
      if (section === null) preamble.push(token);
      else sectionText.get(section)?.push(token.text);
      continue;
    }

    flush(i, label);
    lastRecognized = i;
    switch (label.kind) {
      case 'section': {
        section = label.section;
        context = TABLE_OF_SECTION[section] ?? null;
        headerOpen = false;
        reviewHeaderSeen = false;
        caption = null;
        sections.set(section, {
          key: section,
          numeral: label.numeral,
          heading: token.text,
          standardHeading: label.standard,
          location: token.loc,
          text: '',
        });
        sectionText.set(section, []);
        break;
      }
      case 'caption':
        context = 'proactive';
        tableSeen.add('proactive');
        caption = label.item;
        headerKey = '';
        headerOpen = true;
        break;
      case 'proactiveHeader':
        context = 'proactive';
        tableSeen.add('proactive');
        if (!headerOpen) {
          headerKey = '';
          headerOpen = true;
        }
        headerKey += label.key;
        break;
      case 'proactiveRow': {
        context = 'proactive';
        tableSeen.add('proactive');
        const item = ITEM_OF_ROW[label.row] as ProactiveItem;
        if (caption !== null && caption !== item) caption = item;
        pending = {
          kind: 'proactive',
          row: label.row,
          item,
          headerKey,
          label: token,
          rest: label.rest,
          cells: [],
          end: -1,
        };
        headerOpen = false;
        break;
      }
      case 'applicationsHeader':
        if (label.strong || context === 'applications') {
          context = 'applications';
          tableSeen.add('applications');
        }
        break;
      case 'applicationsRow':
        context = 'applications';
        tableSeen.add('applications');
        pending = {
          kind: 'applications',
          row: label.row,
          label: token,
          rest: label.rest,
          cells: [],
          end: -1,
        };
        break;
      case 'applicationsGroup':
        context = 'applications';
        tableSeen.add('applications');
        pending = {
          kind: 'group',
          group: label.group,
          label: token,
          cells: [],
          end: -1,
        };
        break;
      case 'reviewHeader':
        if (label.strong || context === 'reviewLitigation') {
          context = 'reviewLitigation';
          tableSeen.add('reviewLitigation');
          reviewHeaderSeen = true;
        }
        break;
    }
  }
  flush(tokens.length, null);

  for (const [key, parts] of sectionText) {
    const info = sections.get(key);
    if (info) info.text = parts.join('\n').trim();
  }

  const result = resolveRecords(records, lastRecognized, findings);

  // Where the recognisable content stops inside a table, the page was cut there.
  const lastSection = [...sections.keys()].reduce(
    (max, k) => Math.max(max, SECTION_ORDER.indexOf(k)),
    -1,
  );
  const truncated =
    !sections.has('other') &&
    (lastSection < SECTION_ORDER.indexOf('problems') || result.cutInsideTable);

  const anyTable = tableSeen.size > 0;
  let g0 = false;
  if (!anyTable) {
    const all = labelKey(
      tokens
        .filter((t) => t.kind === 'text')
        .map((t) => t.text)
        .join(''),
    );
    g0 = G0_MARKERS.some((m) => all.includes(m));
  }
  const notAReport = !anyTable && sections.size < 2 && !g0;

  // A pre-2019 report has none of the format's tables to speak of.
  const tables: TableInfo[] = [];
  for (const key of g0
    ? []
    : (['proactive', 'applications', 'reviewLitigation'] as const)) {
    const seen = tableSeen.has(key);
    if (!seen && !sections.has(key)) continue;
    // A heading with nothing after it because the page stops there is not an
    // empty table: the table is just not in the copy.
    const cutAfterHeading =
      truncated && SECTION_ORDER.indexOf(key) === lastSection;
    tables.push({
      key,
      generation: result.generations[key],
      truncated: result.truncatedTables.has(key) || (!seen && cutAfterHeading),
      empty: !seen && !cutAfterHeading,
    });
  }

  return {
    sections: SECTION_ORDER.flatMap((k) => {
      const s = sections.get(k);
      return s ? [s] : [];
    }),
    tables,
    values: result.values,
    extras: result.extras,
    findings,
    generation: g0 ? 'G0' : result.documentGeneration,
    truncated,
    preamble,
    g0,
    notAReport,
  };
}

interface Resolved {
  values: Record<string, CellValue>;
  extras: ExtraRow[];
  generations: Record<TableKey, Generation | null>;
  documentGeneration: Generation | null;
  truncatedTables: Set<TableKey>;
  cutInsideTable: boolean;
}

function cellValue(token: Token | undefined, unit: MetricUnit): CellValue {
  if (!token || token.kind !== 'text') {
    return {
      status: 'blank',
      value: null,
      raw: token?.text ?? '',
      location: token?.loc ?? null,
    };
  }
  const parsed = parseCellValue(token.text, unit);
  const v: CellValue = {
    status: parsed.status,
    value: parsed.value,
    raw: token.text,
    location: token.loc,
  };
  if (parsed.unit) v.unit = parsed.unit;
  return v;
}

function resolveRecords(
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
  ): boolean => {
    const atEnd = end > lastRecognized;
    const r = resolveRow(cells, metrics.length, atEnd);
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
      const v = cellValue(c, units[idx] ?? 'count');
      set(metric, v);
      if (
        v.status === 'number' &&
        metric === 'proactive.procurement.amountWan' &&
        v.unit === undefined &&
        v.value !== 0
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
                `A row of table 二 has no label; by its position it is “${inferred}”.`,
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
              `Row “${row}” does not belong to item （${item}） of the ${gen} format; not used.`,
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
          row,
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
          rec.row,
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

function rowZh(
  row: string,
  table: 'proactive' | 'applications' = 'proactive',
): string {
  if (table === 'applications') {
    return APPLICATION_ROWS.find((r) => r.key === row)?.zh ?? row;
  }
  for (const s of PROACTIVE_SUBTABLES) {
    const r = s.rows.find((x) => x.key === row);
    if (r) return r.zh;
  }
  return row;
}

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
