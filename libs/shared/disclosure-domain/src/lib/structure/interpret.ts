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
import { getMetric, METRICS } from '../metrics/metric-registry';
import { makeFinding } from '../model/finding';
import { labelKey } from '../text/normalize';
import {
  classifyToken,
  type Label,
  type ProactiveItem,
  type TableContext,
} from './labels';
import { resolveRecords } from './resolve-records';
import { ITEM_OF_ROW, type RowRecord } from './row-record';

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

const TABLE_NAMES_ZH: Record<TableKey, string> = {
  proactive: '表二（主动公开）',
  applications: '表三（依申请公开）',
  reviewLitigation: '表四（行政复议、行政诉讼）',
};
const TABLE_NAMES_EN: Record<TableKey, string> = {
  proactive: 'Table 二 (proactive disclosure)',
  applications: 'Table 三 (applications)',
  reviewLitigation: 'Table 四 (reviews and lawsuits)',
};

const TABLE_METRICS = new Map<string, readonly string[]>();

/** The metric ids of a table in one generation, computed once. */
function metricIdsOfTable(
  table: TableKey,
  generation: Generation,
): readonly string[] {
  const key = `${table}:${generation}`;
  let ids = TABLE_METRICS.get(key);
  if (!ids) {
    ids = METRICS.filter(
      (m) => m.table === table && m.generations.includes(generation),
    ).map((m) => m.id);
    TABLE_METRICS.set(key, ids);
  }
  return ids;
}

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
  let lastTable: TableContext = null;
  let pending: RowRecord | null = null;

  const flush = (end: number, next: Label | null) => {
    if (!pending) return;
    pending.end = end;
    if (pending.kind === 'orphan') {
      pending.nextRow = next?.kind === 'proactiveRow' ? next.row : null;
    }
    // Cells read between header parts (rowspan fillers) are not a data row, nor
    // are blank-looking lines; a row of certainly empty cells is one (all blank).
    const discard =
      (pending.kind === 'review' && next?.kind === 'reviewHeader') ||
      (pending.kind === 'orphan' &&
        !pending.cells.some((c) => c.kind === 'text')) ||
      (pending.kind === 'review' &&
        !pending.cells.some((c) => c.kind !== 'weak'));
    if (!discard) records.push(pending);
    pending = null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let label = classifyToken(token, context);
    if (label.kind === 'pageMarker') {
      // A line of its own is the page's layout, never a cell; in a table cell it is one.
      if (!token.inTable) continue;
      label = { kind: 'value' };
    }
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
    lastTable = context;
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
  let aboutDisclosure = anyTable;
  if (!anyTable) {
    const all = labelKey(
      tokens
        .filter((t) => t.kind === 'text')
        .map((t) => t.text)
        .join(''),
    );
    g0 = G0_MARKERS.some((m) => all.includes(m));
    aboutDisclosure = all.includes('政府信息公开') || all.includes('政务公开');
  }
  // A cut page may hold only section 一; it is still a report if it speaks of
  // disclosure. A page with neither tables nor two sections nor that is not.
  const notAReport =
    !anyTable &&
    !g0 &&
    (sections.size === 0 || (sections.size < 2 && !aboutDisclosure));

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

  // Cells of the format a complete table does not have: a dropped row or a data row
  // that could not be found. (A table the page stops in is DOCUMENT_TRUNCATED's.)
  for (const t of tables) {
    if (t.empty || t.truncated || t.generation === null) continue;
    if (truncated && t.key === (lastTable ?? context)) continue;
    const missing = metricIdsOfTable(t.key, t.generation).filter(
      (id) => result.values[id] === undefined,
    );
    if (missing.length === 0) continue;
    findings.push(
      makeFinding(
        'CELLS_MISSING',
        'warning',
        `${TABLE_NAMES_ZH[t.key]}缺少 ${missing.length} 个单元格（如“${getMetric(missing[0] as string)?.labelZh ?? ''}”），未能读取，也没有补零。`,
        `${TABLE_NAMES_EN[t.key]} lacks ${missing.length} cell(s) (e.g. “${getMetric(missing[0] as string)?.labelEn ?? ''}”); they were not read and not filled with zeros.`,
        { metrics: missing },
      ),
    );
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
