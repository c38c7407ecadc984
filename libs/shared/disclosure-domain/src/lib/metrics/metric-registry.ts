import type { Generation, TableKey } from '../model/report';

/**
 * The metric ids of `metrics.md`: the product's public vocabulary. Parser output,
 * database, API, exports and charts all use these ids. Never rename one.
 */

export type MetricUnit = 'count' | 'signedCount' | 'wanYuan';

export interface MetricDefinition {
  id: string;
  table: TableKey;
  /** Sub-table / row group key, e.g. `rules`, `received`, `review`. */
  row: string;
  /** Column key, e.g. `issued`, `natural`, `total`. */
  column: string;
  labelZh: string;
  labelEn: string;
  rowLabelZh: string;
  rowLabelEn: string;
  columnLabelZh: string;
  columnLabelEn: string;
  /** Where the value sits in the official layout. */
  caption?: string;
  unit: MetricUnit;
  generations: readonly Generation[];
  /** Same meaning in G1 and G2, so a series may join the two generations. */
  comparableAcrossGenerations: boolean;
}

interface RowSpec {
  key: string;
  zh: string;
  en: string;
}

interface ColumnSpec extends RowSpec {
  unit?: MetricUnit;
}

const G1 = ['G1'] as const;
const G2 = ['G2'] as const;
const BOTH = ['G1', 'G2'] as const;

// ---- Table 二 -------------------------------------------------------------

const proactiveColumns = {
  newlyMade: {
    key: 'newlyMade',
    zh: '本年新制作数量',
    en: 'newly made this year',
  },
  newlyPublished: {
    key: 'newlyPublished',
    zh: '本年新公开数量',
    en: 'newly published this year',
  },
  totalPublished: {
    key: 'totalPublished',
    zh: '对外公开总数量',
    en: 'total published',
  },
  issued: { key: 'issued', zh: '本年制发件数', en: 'issued this year' },
  repealed: { key: 'repealed', zh: '本年废止件数', en: 'repealed this year' },
  inForce: { key: 'inForce', zh: '现行有效件数', en: 'in force' },
  previousItems: {
    key: 'previousItems',
    zh: '上一年项目数量',
    en: 'items last year',
  },
  itemChange: {
    key: 'itemChange',
    zh: '本年增/减',
    en: 'change in items this year',
    unit: 'signedCount',
  },
  decisions: { key: 'decisions', zh: '处理决定数量', en: 'decisions' },
  decisionsG2: {
    key: 'decisions',
    zh: '本年处理决定数量',
    en: 'decisions this year',
  },
  amountWan: {
    key: 'amountWan',
    zh: '本年收费金额（单位：万元）',
    en: 'fees collected (10k yuan)',
    unit: 'wanYuan',
  },
  projects: { key: 'projects', zh: '采购项目数量', en: 'procurement projects' },
  procurementAmount: {
    key: 'amountWan',
    zh: '采购总金额',
    en: 'procurement amount (10k yuan)',
    unit: 'wanYuan',
  },
} satisfies Record<string, ColumnSpec>;

/** One sub-table of table 二 as laid out in one generation. */
export interface ProactiveSubTable {
  /** 第二十条第（X）项 */
  item: '一' | '五' | '六' | '八' | '九';
  generation: 'G1' | 'G2';
  rows: readonly RowSpec[];
  columns: readonly ColumnSpec[];
}

export const PROACTIVE_SUBTABLES: readonly ProactiveSubTable[] = [
  {
    item: '一',
    generation: 'G1',
    rows: [
      { key: 'rules', zh: '规章', en: 'Rules' },
      { key: 'normativeDocs', zh: '规范性文件', en: 'Normative documents' },
    ],
    columns: [
      proactiveColumns.newlyMade,
      proactiveColumns.newlyPublished,
      proactiveColumns.totalPublished,
    ],
  },
  {
    item: '五',
    generation: 'G1',
    rows: [
      { key: 'licensing', zh: '行政许可', en: 'Administrative licensing' },
      {
        key: 'otherServices',
        zh: '其他对外管理服务事项',
        en: 'Other external management services',
      },
    ],
    columns: [
      proactiveColumns.previousItems,
      proactiveColumns.itemChange,
      proactiveColumns.decisions,
    ],
  },
  {
    item: '六',
    generation: 'G1',
    rows: [
      { key: 'penalty', zh: '行政处罚', en: 'Administrative penalties' },
      { key: 'coercion', zh: '行政强制', en: 'Administrative coercion' },
    ],
    columns: [
      proactiveColumns.previousItems,
      proactiveColumns.itemChange,
      proactiveColumns.decisions,
    ],
  },
  {
    item: '八',
    generation: 'G1',
    rows: [{ key: 'fees', zh: '行政事业性收费', en: 'Administrative fees' }],
    columns: [proactiveColumns.previousItems, proactiveColumns.itemChange],
  },
  {
    item: '九',
    generation: 'G1',
    rows: [
      { key: 'procurement', zh: '政府集中采购', en: 'Government procurement' },
    ],
    columns: [proactiveColumns.projects, proactiveColumns.procurementAmount],
  },
  {
    item: '一',
    generation: 'G2',
    rows: [
      { key: 'rules', zh: '规章', en: 'Rules' },
      {
        key: 'normativeDocs',
        zh: '行政规范性文件',
        en: 'Administrative normative documents',
      },
    ],
    columns: [
      proactiveColumns.issued,
      proactiveColumns.repealed,
      proactiveColumns.inForce,
    ],
  },
  {
    item: '五',
    generation: 'G2',
    rows: [
      { key: 'licensing', zh: '行政许可', en: 'Administrative licensing' },
    ],
    columns: [proactiveColumns.decisionsG2],
  },
  {
    item: '六',
    generation: 'G2',
    rows: [
      { key: 'penalty', zh: '行政处罚', en: 'Administrative penalties' },
      { key: 'coercion', zh: '行政强制', en: 'Administrative coercion' },
    ],
    columns: [proactiveColumns.decisionsG2],
  },
  {
    item: '八',
    generation: 'G2',
    rows: [{ key: 'fees', zh: '行政事业性收费', en: 'Administrative fees' }],
    columns: [proactiveColumns.amountWan],
  },
];

// ---- Table 三 -------------------------------------------------------------

export const APPLICATION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'natural', zh: '自然人', en: 'natural persons' },
  { key: 'commercial', zh: '商业企业', en: 'commercial enterprises' },
  { key: 'research', zh: '科研机构', en: 'research institutions' },
  {
    key: 'socialWelfare',
    zh: '社会公益组织',
    en: 'social welfare organisations',
  },
  { key: 'legalService', zh: '法律服务机构', en: 'legal service institutions' },
  { key: 'otherOrg', zh: '其他', en: 'other organisations' },
  { key: 'total', zh: '总计', en: 'total' },
];

export interface ApplicationRowSpec extends RowSpec {
  /** Group heading this row sits under (（三）不予公开 …). */
  group?: '三' | '四' | '五' | '六';
  generations: readonly Generation[];
}

export const APPLICATION_ROWS: readonly ApplicationRowSpec[] = [
  {
    key: 'received',
    zh: '一、本年新收政府信息公开申请数量',
    en: 'New applications received',
    generations: BOTH,
  },
  {
    key: 'carriedIn',
    zh: '二、上年结转政府信息公开申请数量',
    en: 'Carried over from last year',
    generations: BOTH,
  },
  { key: 'granted', zh: '（一）予以公开', en: 'Disclosed', generations: BOTH },
  {
    key: 'partlyGranted',
    zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'Partly disclosed',
    generations: BOTH,
  },
  {
    key: 'withheldStateSecret',
    zh: '（三）不予公开 1.属于国家秘密',
    en: 'Withheld: state secret',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'withheldByLaw',
    zh: '（三）不予公开 2.其他法律行政法规禁止公开',
    en: 'Withheld: prohibited by other laws',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'withheldSafetyStability',
    zh: '（三）不予公开 3.危及“三安全一稳定”',
    en: 'Withheld: endangers security or stability',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'withheldThirdParty',
    zh: '（三）不予公开 4.保护第三方合法权益',
    en: 'Withheld: third-party rights',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'withheldInternalAffairs',
    zh: '（三）不予公开 5.属于三类内部事务信息',
    en: 'Withheld: internal affairs',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'withheldProcessInfo',
    zh: '（三）不予公开 6.属于四类过程性信息',
    en: 'Withheld: process information',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'withheldEnforcementFile',
    zh: '（三）不予公开 7.属于行政执法案卷',
    en: 'Withheld: enforcement files',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'withheldAdminQuery',
    zh: '（三）不予公开 8.属于行政查询事项',
    en: 'Withheld: administrative query',
    group: '三',
    generations: BOTH,
  },
  {
    key: 'unavailableNotHeld',
    zh: '（四）无法提供 1.本机关不掌握相关政府信息',
    en: 'Unavailable: not held',
    group: '四',
    generations: BOTH,
  },
  {
    key: 'unavailableNeedsCreation',
    zh: '（四）无法提供 2.没有现成信息需要另行制作',
    en: 'Unavailable: would need creating',
    group: '四',
    generations: BOTH,
  },
  {
    key: 'unavailableUnclear',
    zh: '（四）无法提供 3.补正后申请内容仍不明确',
    en: 'Unavailable: still unclear after correction',
    group: '四',
    generations: BOTH,
  },
  {
    key: 'notProcessedComplaint',
    zh: '（五）不予处理 1.信访举报投诉类申请',
    en: 'Not processed: petition or complaint',
    group: '五',
    generations: BOTH,
  },
  {
    key: 'notProcessedRepeated',
    zh: '（五）不予处理 2.重复申请',
    en: 'Not processed: repeated',
    group: '五',
    generations: BOTH,
  },
  {
    key: 'notProcessedPublication',
    zh: '（五）不予处理 3.要求提供公开出版物',
    en: 'Not processed: publications',
    group: '五',
    generations: BOTH,
  },
  {
    key: 'notProcessedExcessive',
    zh: '（五）不予处理 4.无正当理由大量反复申请',
    en: 'Not processed: excessive',
    group: '五',
    generations: BOTH,
  },
  {
    key: 'notProcessedConfirmation',
    zh: '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
    en: 'Not processed: confirmation of information held',
    group: '五',
    generations: BOTH,
  },
  {
    key: 'otherHandling',
    zh: '（六）其他处理',
    en: 'Other handling',
    group: '六',
    generations: G1,
  },
  {
    key: 'otherOverdueCorrection',
    zh: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Other: correction overdue',
    group: '六',
    generations: G2,
  },
  {
    key: 'otherOverdueFee',
    zh: '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Other: fee overdue',
    group: '六',
    generations: G2,
  },
  {
    key: 'otherMisc',
    zh: '（六）其他处理 3.其他',
    en: 'Other: miscellaneous',
    group: '六',
    generations: G2,
  },
  {
    key: 'resultTotal',
    zh: '（七）总计',
    en: 'Total concluded',
    generations: BOTH,
  },
  {
    key: 'carriedForward',
    zh: '四、结转下年度继续办理',
    en: 'Carried forward to next year',
    generations: BOTH,
  },
];

// ---- Table 四 -------------------------------------------------------------

export const REVIEW_GROUPS: readonly RowSpec[] = [
  { key: 'review', zh: '行政复议', en: 'Administrative review' },
  {
    key: 'litigationDirect',
    zh: '行政诉讼（未经复议直接起诉）',
    en: 'Lawsuits without prior review',
  },
  {
    key: 'litigationAfterReview',
    zh: '行政诉讼（复议后起诉）',
    en: 'Lawsuits after review',
  },
];

export const REVIEW_COLUMNS: readonly ColumnSpec[] = [
  { key: 'upheld', zh: '结果维持', en: 'upheld' },
  { key: 'corrected', zh: '结果纠正', en: 'corrected' },
  { key: 'other', zh: '其他结果', en: 'other outcome' },
  { key: 'pending', zh: '尚未审结', en: 'pending' },
  { key: 'total', zh: '总计', en: 'total' },
];

// ---- The registry -------------------------------------------------------

function buildRegistry(): MetricDefinition[] {
  const byId = new Map<string, MetricDefinition>();
  for (const sub of PROACTIVE_SUBTABLES) {
    for (const row of sub.rows) {
      for (const col of sub.columns) {
        const id = `proactive.${row.key}.${col.key}`;
        const existing = byId.get(id);
        if (existing) {
          existing.generations = [...existing.generations, sub.generation];
          existing.comparableAcrossGenerations = true;
          continue;
        }
        byId.set(id, {
          id,
          table: 'proactive',
          row: row.key,
          column: col.key,
          labelZh: `${row.zh} · ${col.zh}`,
          labelEn: `${row.en} · ${col.en}`,
          rowLabelZh: row.zh,
          rowLabelEn: row.en,
          columnLabelZh: col.zh,
          columnLabelEn: col.en,
          caption: `第二十条第（${sub.item}）项`,
          unit: col.unit ?? 'count',
          generations: [sub.generation],
          comparableAcrossGenerations: false,
        });
      }
    }
  }
  for (const row of APPLICATION_ROWS) {
    for (const col of APPLICATION_COLUMNS) {
      const id = `applications.${row.key}.${col.key}`;
      byId.set(id, {
        id,
        table: 'applications',
        row: row.key,
        column: col.key,
        labelZh: `${row.zh} · ${col.zh}`,
        labelEn: `${row.en} · ${col.en}`,
        rowLabelZh: row.zh,
        rowLabelEn: row.en,
        columnLabelZh: col.zh,
        columnLabelEn: col.en,
        unit: 'count',
        generations: row.generations,
        comparableAcrossGenerations: row.generations.length === 2,
      });
    }
  }
  for (const group of REVIEW_GROUPS) {
    for (const col of REVIEW_COLUMNS) {
      const id = `${group.key}.${col.key}`;
      byId.set(id, {
        id,
        table: 'reviewLitigation',
        row: group.key,
        column: col.key,
        labelZh: `${group.zh} · ${col.zh}`,
        labelEn: `${group.en} · ${col.en}`,
        rowLabelZh: group.zh,
        rowLabelEn: group.en,
        columnLabelZh: col.zh,
        columnLabelEn: col.en,
        unit: 'count',
        generations: BOTH,
        comparableAcrossGenerations: true,
      });
    }
  }
  return [...byId.values()];
}

export const METRICS: readonly MetricDefinition[] = buildRegistry();

const METRIC_INDEX = new Map(METRICS.map((m) => [m.id, m]));

export function getMetric(id: string): MetricDefinition | undefined {
  return METRIC_INDEX.get(id);
}

export function isMetricId(id: string): boolean {
  return METRIC_INDEX.has(id) || id.startsWith('proactive.extra.');
}

/** Metric ids of one generation, in the order of the official layout. */
/** The first report year of the 2019 format (G1) and of the 2021 format (G2). */
export const FIRST_G1_YEAR = 2019;
export const FIRST_G2_YEAR = 2021;

/** The format a report for `year` is due in; null before 2019 (no national tables). */
export function officialGeneration(year: number): 'G1' | 'G2' | null {
  if (year >= FIRST_G2_YEAR) return 'G2';
  return year >= FIRST_G1_YEAR ? 'G1' : null;
}

export function metricsOfGeneration(generation: 'G1' | 'G2'): string[] {
  return METRICS.filter((m) => m.generations.includes(generation)).map(
    (m) => m.id,
  );
}

export function applicationMetric(row: string, column: string): string {
  return `applications.${row}.${column}`;
}
