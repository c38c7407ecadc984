import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  PROACTIVE_SUBTABLES,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '@gongkai/disclosure-domain/metrics';

import { formatValue } from './format';
import type { Locale } from './locale';
import { pick } from './locale';

export type CellStatus = 'number' | 'blank' | 'notApplicable' | 'unreadable';

export interface LocationInput {
  kind: string;
  line: number | null;
  column: number | null;
  table: number | null;
  row: number | null;
  cell: number | null;
  description: string;
  descriptionEn: string;
}

export interface CellInput {
  metric: string;
  status: CellStatus;
  value: number | null;
  raw: string;
  unit: string | null;
  location: LocationInput | null;
}

export interface FindingInput {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  messageEn: string;
  metric: string | null;
  metrics: readonly string[];
  location: LocationInput | null;
}

export interface ReadReportInput {
  generation: string | null;
  tables: readonly { key: string; generation: string | null }[];
  cells: readonly CellInput[];
  findings: readonly FindingInput[];
}

/** A cell of the official layout: absent when the document had no such cell. */
export interface LayoutCell {
  metric: string;
  status: CellStatus | 'absent';
  display: string;
  raw: string | null;
  location: LocationInput | null;
  /** Indexes into the report's findings. */
  findings: number[];
  severity: 'error' | 'warning' | 'info' | null;
}

export interface LayoutRow {
  label: string;
  /** A heading row such as （三）不予公开, with no cells. */
  heading?: boolean;
  cells: LayoutCell[];
}

export interface HeaderGroup {
  label: string;
  span: number;
}

export interface LayoutBlock {
  caption: string | null;
  /** Heading rows above the column headings (table 四's 行政复议 / 行政诉讼). */
  headerGroups?: HeaderGroup[][];
  /** Heading of the row-label column; null: the block has no label column. */
  rowHeader: string | null;
  /** Headings of the data columns. */
  columns: string[];
  rows: LayoutRow[];
}

export interface LayoutTable {
  key: 'proactive' | 'applications' | 'reviewLitigation';
  title: string;
  generation: 'G1' | 'G2';
  blocks: LayoutBlock[];
}

export interface ReportLayout {
  tables: LayoutTable[];
  /** Findings not tied to any cell of the tables. */
  general: number[];
}

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;

function tableGeneration(report: ReadReportInput, key: string): 'G1' | 'G2' {
  const g =
    report.tables.find((t) => t.key === key)?.generation ?? report.generation;
  return g === 'G1' ? 'G1' : 'G2';
}

/** The three tables in the official layout, each cell with its findings pinned. */
export function reportLayout(
  report: ReadReportInput,
  locale: Locale,
): ReportLayout {
  const cells = new Map(report.cells.map((c) => [c.metric, c]));
  const findingsOf = new Map<string, number[]>();
  const pinned = new Set<number>();
  report.findings.forEach((f, i) => {
    const metrics = new Set([...(f.metric ? [f.metric] : []), ...f.metrics]);
    for (const m of metrics) {
      if (!cells.has(m) && !isLayoutMetric(m)) continue;
      let list = findingsOf.get(m);
      if (!list) findingsOf.set(m, (list = []));
      list.push(i);
    }
  });

  const cell = (
    metric: string,
    unit: 'count' | 'signedCount' | 'wanYuan',
  ): LayoutCell => {
    const c = cells.get(metric);
    const findings = findingsOf.get(metric) ?? [];
    for (const i of findings) pinned.add(i);
    let severity: LayoutCell['severity'] = null;
    for (const i of findings) {
      const s = report.findings[i]?.severity;
      if (s && (!severity || SEVERITY_RANK[s] > SEVERITY_RANK[severity]))
        severity = s;
    }
    if (!c) {
      return {
        metric,
        status: 'absent',
        display: '',
        raw: null,
        location: null,
        findings,
        severity,
      };
    }
    // Money sits under a 万元 heading, so the number stands alone as in the document.
    const display =
      c.status === 'number' && c.value !== null
        ? unit === 'wanYuan'
          ? String(c.value)
          : formatValue(c.value, unit, locale)
        : c.status === 'notApplicable'
          ? c.raw || '/'
          : c.status === 'unreadable'
            ? c.raw
            : '';
    return {
      metric,
      status: c.status,
      display,
      raw: c.raw,
      location: c.location,
      findings,
      severity,
    };
  };

  const proactiveGen = tableGeneration(report, 'proactive');
  const applicationsGen = tableGeneration(report, 'applications');
  const reviewGen = tableGeneration(report, 'reviewLitigation');

  const proactive: LayoutTable = {
    key: 'proactive',
    title: pick(locale, '二、主动公开政府信息情况', 'II. Proactive disclosure'),
    generation: proactiveGen,
    blocks: PROACTIVE_SUBTABLES.filter(
      (s) => s.generation === proactiveGen,
    ).map((s) => ({
      caption: pick(
        locale,
        `第二十条第（${s.item}）项`,
        `Article 20 (${s.item})`,
      ),
      rowHeader: pick(locale, '信息内容', 'Item'),
      columns: s.columns.map((c) => pick(locale, c.zh, c.en)),
      rows: s.rows.map((r) => ({
        label: pick(locale, r.zh, r.en),
        cells: s.columns.map((c) =>
          cell(`proactive.${r.key}.${c.key}`, c.unit ?? 'count'),
        ),
      })),
    })),
  };

  const groupHeadings: Record<string, [string, string]> = {
    三: ['（三）不予公开', '(3) Withheld'],
    四: ['（四）无法提供', '(4) Cannot be provided'],
    五: ['（五）不予处理', '(5) Not processed'],
    六: ['（六）其他处理', '(6) Other handling'],
  };
  const appRows: LayoutRow[] = [];
  let lastGroup: string | undefined;
  for (const r of APPLICATION_ROWS) {
    if (!r.generations.includes(applicationsGen)) continue;
    if (
      r.group &&
      r.group !== lastGroup &&
      !(r.group === '六' && applicationsGen === 'G1')
    ) {
      const [zh, en] = groupHeadings[r.group] ?? [r.group, r.group];
      appRows.push({ label: pick(locale, zh, en), heading: true, cells: [] });
    }
    lastGroup = r.group;
    appRows.push({
      label: pick(locale, r.zh, r.en),
      cells: APPLICATION_COLUMNS.map((c) =>
        cell(`applications.${r.key}.${c.key}`, 'count'),
      ),
    });
  }
  const applications: LayoutTable = {
    key: 'applications',
    title: pick(
      locale,
      '三、收到和处理政府信息公开申请情况',
      'III. Applications received and handled',
    ),
    generation: applicationsGen,
    blocks: [
      {
        caption: null,
        rowHeader: '',
        headerGroups: [
          [
            {
              label: pick(locale, '申请人情况', 'Applicants'),
              span: APPLICATION_COLUMNS.length,
            },
          ],
        ],
        columns: APPLICATION_COLUMNS.map((c) => pick(locale, c.zh, c.en)),
        rows: appRows,
      },
    ],
  };

  const review: LayoutTable = {
    key: 'reviewLitigation',
    title: pick(
      locale,
      '四、政府信息公开行政复议、行政诉讼情况',
      'IV. Administrative reviews and lawsuits',
    ),
    generation: reviewGen,
    // One row of fifteen cells under two heading rows, as the format prints it.
    blocks: [
      {
        caption: null,
        headerGroups: [
          [
            {
              label: pick(locale, '行政复议', 'Administrative review'),
              span: REVIEW_COLUMNS.length,
            },
            {
              label: pick(locale, '行政诉讼', 'Lawsuits'),
              span: REVIEW_COLUMNS.length * 2,
            },
          ],
          REVIEW_GROUPS.map((g) => ({
            label:
              g.key === 'review'
                ? ''
                : pick(locale, g.zh.replace(/^行政诉讼（(.*)）$/, '$1'), g.en),
            span: REVIEW_COLUMNS.length,
          })),
        ],
        rowHeader: null,
        columns: REVIEW_GROUPS.flatMap(() =>
          REVIEW_COLUMNS.map((c) => pick(locale, c.zh, c.en)),
        ),
        rows: [
          {
            label: '',
            cells: REVIEW_GROUPS.flatMap((g) =>
              REVIEW_COLUMNS.map((c) => cell(`${g.key}.${c.key}`, 'count')),
            ),
          },
        ],
      },
    ],
  };

  const general = report.findings
    .map((_, i) => i)
    .filter((i) => !pinned.has(i));
  return { tables: [proactive, applications, review], general };
}

function isLayoutMetric(id: string): boolean {
  return /^(proactive|applications|review|litigationDirect|litigationAfterReview)\./.test(
    id,
  );
}
