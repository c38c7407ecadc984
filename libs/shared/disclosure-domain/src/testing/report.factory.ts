import {
  APPLICATION_COLUMNS,
  REVIEW_COLUMNS,
} from '../lib/metrics/metric-registry';
import type {
  CellValue,
  Generation,
  ParsedReport,
  SectionInfo,
  SectionKey,
  TableInfo,
  TableKey,
} from '../lib/model/report';

/**
 * A cell as a test writes it: a number, `null` for a blank cell, `'/'` for not
 * applicable, `'?'` for unreadable text, or a full CellValue.
 */
export type CellSpec = number | null | '/' | '?' | CellValue;

export interface ReportSpec {
  year?: number | null;
  /** Generation of the report and, unless `tables` is given, of its three tables. */
  generation?: Generation | null;
  agency?: string | null;
  values?: Readonly<Record<string, CellSpec>>;
  /** Replaces the default body text of these sections. */
  sectionText?: Partial<Record<SectionKey, string>>;
  /** Sections the document does not have. */
  omitSections?: readonly SectionKey[];
  /** Sections whose heading is not an accepted form. */
  nonstandardHeadings?: readonly SectionKey[];
  /** Replaces the three default tables. */
  tables?: readonly TableInfo[];
  truncated?: boolean;
}

const SECTION_KEYS: readonly SectionKey[] = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
];

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

const HEADINGS: Record<SectionKey, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

// Default texts raise no finding: no figures in 一, a substantive 五, `无。` in 六.
const DEFAULT_TEXT: Record<SectionKey, string> = {
  overview:
    '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开。',
  proactive: '',
  applications: '',
  reviewLitigation: '',
  problems:
    '一是政策解读形式较为单一；二是依申请公开办理的规范化水平有待提高。下一步将加强业务培训。',
  other: '无。',
};

// Sections sit on lines 1000, 1100 …; values on lines 1, 2 … in the order given.
const SECTION_LINE = 1000;

export function cell(spec: CellSpec, line: number): CellValue {
  const location = { kind: 'text' as const, line, column: 1 };
  if (spec === null) return { status: 'blank', value: null, raw: '', location };
  if (spec === '/') {
    return { status: 'notApplicable', value: null, raw: '/', location };
  }
  if (spec === '?') {
    return { status: 'unreadable', value: null, raw: '约十件', location };
  }
  if (typeof spec === 'number') {
    return { status: 'number', value: spec, raw: String(spec), location };
  }
  return spec;
}

export function makeTable(
  key: TableKey,
  overrides: Partial<TableInfo> = {},
): TableInfo {
  return {
    key,
    generation: 'G2',
    truncated: false,
    empty: false,
    ...overrides,
  };
}

export function makeReport(spec: ReportSpec = {}): ParsedReport {
  const generation = spec.generation === undefined ? 'G2' : spec.generation;
  const values: Record<string, CellValue> = {};
  Object.entries(spec.values ?? {}).forEach(([id, v], i) => {
    values[id] = cell(v, i + 1);
  });
  const omitted = new Set(spec.omitSections ?? []);
  const nonstandard = new Set(spec.nonstandardHeadings ?? []);
  const sections: SectionInfo[] = SECTION_KEYS.flatMap((key, i) =>
    omitted.has(key)
      ? []
      : [
          {
            key,
            numeral: NUMERALS[i] ?? '',
            heading: nonstandard.has(key)
              ? `${NUMERALS[i] ?? ''}、本单位情况`
              : HEADINGS[key],
            standardHeading: !nonstandard.has(key),
            location: { kind: 'text', line: SECTION_LINE + i * 100, column: 1 },
            text: spec.sectionText?.[key] ?? DEFAULT_TEXT[key],
          },
        ],
  );
  const tables =
    spec.tables ??
    (['proactive', 'applications', 'reviewLitigation'] as const).map((key) =>
      makeTable(key, { generation }),
    );
  return {
    format: 'text',
    title: null,
    year: spec.year === undefined ? 2022 : spec.year,
    yearSource: 'title',
    agency: spec.agency === undefined ? null : spec.agency,
    agencySource: spec.agency ? 'title' : null,
    publishedOn: null,
    generation,
    sections,
    tables: [...tables],
    values,
    extras: [],
    findings: [],
    truncated: spec.truncated ?? false,
  };
}

/** The seven cells of one row of table 三, in the column order of the format. */
export function applicationRow(
  row: string,
  cells: readonly [
    CellSpec,
    CellSpec,
    CellSpec,
    CellSpec,
    CellSpec,
    CellSpec,
    CellSpec,
  ],
): Record<string, CellSpec> {
  const out: Record<string, CellSpec> = {};
  APPLICATION_COLUMNS.forEach((c, i) => {
    out[`applications.${row}.${c.key}`] = cells[i] ?? null;
  });
  return out;
}

/** The five cells of 行政复议 / 直接起诉 / 复议后起诉 (维持, 纠正, 其他, 尚未审结, 总计). */
export function reviewGroup(
  group: 'review' | 'litigationDirect' | 'litigationAfterReview',
  cells: readonly [CellSpec, CellSpec, CellSpec, CellSpec, CellSpec],
): Record<string, CellSpec> {
  const out: Record<string, CellSpec> = {};
  REVIEW_COLUMNS.forEach((c, i) => {
    out[`${group}.${c.key}`] = cells[i] ?? null;
  });
  return out;
}

/**
 * A fully consistent G2 report body (tables 二, 三, 四), built around the
 * Hangzhou-style G2 vector of annual-report-format.md §8:
 * 14069 + 560 = 13810 + 819. Tests change one cell to make one rule fail.
 */
export function consistentG2Values(): Record<string, CellSpec> {
  return {
    'proactive.rules.issued': '/',
    'proactive.rules.repealed': '/',
    'proactive.rules.inForce': '/',
    'proactive.normativeDocs.issued': 5,
    'proactive.normativeDocs.repealed': 2,
    'proactive.normativeDocs.inForce': 40,
    'proactive.licensing.decisions': 18750,
    'proactive.penalty.decisions': 46,
    'proactive.coercion.decisions': 3,
    'proactive.fees.amountWan': 26.55,
    ...applicationRow('received', [12000, 1500, 100, 69, 300, 100, 14069]),
    ...applicationRow('carriedIn', [500, 40, 5, 0, 10, 5, 560]),
    ...applicationRow('granted', [8000, 1000, 60, 40, 200, 70, 9370]),
    ...applicationRow('partlyGranted', [1000, 200, 10, 5, 30, 10, 1255]),
    ...applicationRow('withheldStateSecret', [10, 0, 0, 0, 0, 0, 10]),
    ...applicationRow('withheldByLaw', [20, 0, 0, 0, 0, 0, 20]),
    ...applicationRow('withheldSafetyStability', [5, 0, 0, 0, 0, 0, 5]),
    ...applicationRow('withheldThirdParty', [30, 5, 0, 0, 0, 0, 35]),
    ...applicationRow('withheldInternalAffairs', [15, 0, 0, 0, 0, 0, 15]),
    ...applicationRow('withheldProcessInfo', [40, 5, 0, 0, 0, 0, 45]),
    ...applicationRow('withheldEnforcementFile', [10, 0, 0, 0, 0, 0, 10]),
    ...applicationRow('withheldAdminQuery', [50, 10, 0, 0, 0, 0, 60]),
    ...applicationRow('unavailableNotHeld', [1500, 150, 20, 15, 40, 15, 1740]),
    ...applicationRow('unavailableNeedsCreation', [300, 30, 3, 2, 10, 2, 347]),
    ...applicationRow('unavailableUnclear', [100, 10, 0, 0, 2, 0, 112]),
    ...applicationRow('notProcessedComplaint', [200, 10, 0, 0, 0, 0, 210]),
    ...applicationRow('notProcessedRepeated', [150, 15, 0, 1, 3, 1, 170]),
    ...applicationRow('notProcessedPublication', [20, 0, 0, 0, 0, 0, 20]),
    ...applicationRow('notProcessedExcessive', [30, 5, 0, 0, 0, 0, 35]),
    ...applicationRow('notProcessedConfirmation', [10, 0, 0, 0, 0, 0, 10]),
    ...applicationRow('otherOverdueCorrection', [100, 10, 2, 2, 5, 2, 121]),
    ...applicationRow('otherOverdueFee', [0, 0, 0, 0, 0, 0, 0]),
    ...applicationRow('otherMisc', [210, 10, 0, 0, 0, 0, 220]),
    ...applicationRow('resultTotal', [11800, 1460, 95, 65, 290, 100, 13810]),
    ...applicationRow('carriedForward', [700, 80, 10, 4, 20, 5, 819]),
    ...reviewGroup('review', [3, 1, 0, 1, 5]),
    ...reviewGroup('litigationDirect', [2, 0, 1, 0, 3]),
    ...reviewGroup('litigationAfterReview', [1, 0, 0, 0, 1]),
  };
}
