import type { SectionKey } from '../model/report';
import { labelKey, toHalfWidth, trimAll } from '../text/normalize';
import { isPageMarker } from '../text/page-marker';
import { parseCellValue } from '../text/parse-value';
import type { Token } from '../readers/token';

/**
 * What a token is, judged from its text alone. Labels are matched on key phrases of
 * their comparable form (no spaces, no punctuation, half-width), so `（三）不予公开`,
 * `(三)不予公开` and `三 不予公开` are the same label.
 */
export type ProactiveItem = '一' | '五' | '六' | '八' | '九';
export type ApplicationGroup = 'result' | '三' | '四' | '五' | '六';

export type Label =
  | { kind: 'section'; section: SectionKey; numeral: string; standard: boolean }
  | { kind: 'caption'; item: ProactiveItem | null }
  | { kind: 'proactiveHeader'; key: string }
  | { kind: 'proactiveRow'; row: string; rest: string }
  | { kind: 'applicationsHeader'; strong: boolean }
  | { kind: 'applicationsRow'; row: string; rest: string }
  | { kind: 'applicationsGroup'; group: ApplicationGroup }
  | { kind: 'reviewHeader'; strong: boolean }
  | { kind: 'value' }
  /** A page's number or a rule between pages, as PDF copies keep them (`- 2 -`, `第2页`). */
  | { kind: 'pageMarker' }
  | { kind: 'prose' }
  | { kind: 'unknown'; cjkOnly: boolean };

// ---- Sections -------------------------------------------------------------

interface SectionSpec {
  key: SectionKey;
  numeral: string;
  phrases: readonly string[];
  /** Headings of the format and variants seen in real reports (§3.1). */
  standard: readonly string[];
}

const SECTIONS: readonly SectionSpec[] = [
  {
    key: 'overview',
    numeral: '一',
    phrases: ['总体情况', '基本情况', '概述', '工作情况'],
    standard: ['总体情况', '工作基本情况'],
  },
  {
    key: 'proactive',
    numeral: '二',
    phrases: ['主动公开'],
    standard: ['主动公开政府信息情况', '行政机关主动公开政府信息情况'],
  },
  {
    key: 'applications',
    numeral: '三',
    phrases: ['收到和处理', '依申请公开', '申请公开'],
    standard: [
      '收到和处理政府信息公开申请情况',
      '行政机关收到和处理政府信息公开申请情况',
    ],
  },
  {
    key: 'reviewLitigation',
    numeral: '四',
    phrases: ['行政复议', '行政诉讼'],
    standard: [
      '政府信息公开行政复议行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况',
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
      '行政复议和行政诉讼情况',
    ],
  },
  {
    key: 'problems',
    numeral: '五',
    phrases: ['存在的主要问题', '存在问题', '主要问题', '改进情况'],
    standard: [
      '存在的主要问题及改进情况',
      '政府信息公开工作存在的主要问题及改进情况',
      '存在问题及改进情况',
    ],
  },
  {
    key: 'other',
    numeral: '六',
    phrases: ['其他需要报告', '其它需要报告'],
    standard: ['其他需要报告的事项', '其它需要报告的事项'],
  },
];

const SECTION_BY_NUMERAL = new Map(SECTIONS.map((s) => [s.numeral, s]));

export function sectionNumeral(key: SectionKey): string {
  return SECTIONS.find((s) => s.key === key)?.numeral ?? '';
}

function classifySection(text: string, key: string): Label | null {
  // A heading starts with its numeral: `二、…`, `二.…`, `二 …` (never `（二）…`).
  const first = text[0];
  if (!first || key.length > 40) return null;
  const spec = SECTION_BY_NUMERAL.get(first);
  if (!spec) return null;
  const second = text[1] ?? '';
  if (
    !'、.．,，: 　\t'.includes(second) &&
    !spec.phrases.some((p) => text.startsWith(p, 1))
  ) {
    return null;
  }
  const body = key.slice(1);
  if (!spec.phrases.some((p) => body.includes(p))) return null;
  return {
    kind: 'section',
    section: spec.key,
    numeral: spec.numeral,
    standard: spec.standard.includes(body),
  };
}

// ---- Table 二 -------------------------------------------------------------

const PROACTIVE_ROWS: readonly [string, string][] = [
  ['行政规范性文件', 'normativeDocs'],
  ['规范性文件', 'normativeDocs'],
  ['规章', 'rules'],
  ['其他对外管理服务事项', 'otherServices'],
  ['行政许可', 'licensing'],
  ['行政处罚', 'penalty'],
  ['行政强制', 'coercion'],
  ['行政事业性收费', 'fees'],
  ['政府集中采购', 'procurement'],
];

/** Fragments of the column headers of table 二, including truncated copies. */
const PROACTIVE_HEADER_FRAGMENTS = [
  '信息内容',
  '本年新',
  '制作数量',
  '公开数量',
  '对外公开总数',
  '上一年项目',
  '本年增',
  '处理决定数量',
  '采购项目数量',
  '采购总金额',
  '本年制发',
  '本年废止',
  '现行有效',
  '本年收费金额',
  '收费金额',
  '单位万元',
];

const DIGITS_ONLY = /^[\d.]+$/;

function classifyProactive(key: string): Label | null {
  if (key.startsWith('第二十条')) {
    const m = /^第二十条第?([一五六八九])项?$/.exec(key);
    return {
      kind: 'caption',
      item: (m?.[1] as ProactiveItem | undefined) ?? null,
    };
  }
  for (const [label, row] of PROACTIVE_ROWS) {
    if (key === label) return { kind: 'proactiveRow', row, rest: '' };
    if (key.startsWith(label)) {
      const rest = key.slice(label.length);
      // `规章000`: digits run into the label (cells lost their separators).
      if (DIGITS_ONLY.test(rest)) return { kind: 'proactiveRow', row, rest };
    }
  }
  return null;
}

function classifyProactiveHeader(
  key: string,
  context: TableContext,
): Label | null {
  if (key.length > 20) return null;
  if (
    PROACTIVE_HEADER_FRAGMENTS.some((f) => key.includes(f)) ||
    // `（单位：元）` over a money column, but only in table 二: elsewhere (a fee in 六)
    // it opens no table.
    (context === 'proactive' && key.includes('单位元'))
  ) {
    return { kind: 'proactiveHeader', key };
  }
  return null;
}

// ---- Table 三 -------------------------------------------------------------

/** Key phrase → row, most specific first (sub-rows before their groups). */
const APPLICATION_PHRASES: readonly [string, string][] = [
  ['本年新收', 'received'],
  ['上年结转', 'carriedIn'],
  ['结转下年', 'carriedForward'],
  ['国家秘密', 'withheldStateSecret'],
  ['法律行政法规禁止', 'withheldByLaw'],
  ['三安全一稳定', 'withheldSafetyStability'],
  ['第三方合法权益', 'withheldThirdParty'],
  ['内部事务', 'withheldInternalAffairs'],
  ['过程性信息', 'withheldProcessInfo'],
  ['行政执法案卷', 'withheldEnforcementFile'],
  ['行政查询', 'withheldAdminQuery'],
  ['不掌握', 'unavailableNotHeld'],
  ['另行制作', 'unavailableNeedsCreation'],
  ['补正后', 'unavailableUnclear'],
  ['信访举报投诉', 'notProcessedComplaint'],
  ['重复申请', 'notProcessedRepeated'],
  ['公开出版物', 'notProcessedPublication'],
  ['大量反复', 'notProcessedExcessive'],
  ['确认或重新出具', 'notProcessedConfirmation'],
  ['逾期不补正', 'otherOverdueCorrection'],
  ['逾期未按收费', 'otherOverdueFee'],
  ['缴纳费用', 'otherOverdueFee'],
  ['部分公开', 'partlyGranted'],
  ['予以公开', 'granted'],
  ['其他处理', 'otherHandling'],
];

const APPLICATION_GROUPS: readonly [string, ApplicationGroup][] = [
  ['本年度办理结果', 'result'],
  ['办理结果', 'result'],
  ['不予公开', '三'],
  ['无法提供', '四'],
  ['不予处理', '五'],
];

const APPLICATIONS_HEADERS_STRONG = new Set([
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
]);
const APPLICATIONS_HEADERS_WEAK = new Set([
  '总计',
  '其他',
  '商业',
  '企业',
  '科研',
  '机构',
  '社会公益',
  '组织',
  '法律服务',
]);

/**
 * Prose that mentions a row's key phrase (`全年共收到申请62件，上年结转2件。`) is not
 * a label: labels have no full stop and no counted quantity inside them.
 */
function isSentence(text: string, key: string): boolean {
  return (
    text.includes('。') ||
    text.includes('；') ||
    key.length > 42 ||
    /\d[\u4e00-\u9fff]/.test(key.slice(1))
  );
}

function classifyApplications(text: string, key: string): Label | null {
  if (key.includes('勾稽关系'))
    return { kind: 'applicationsHeader', strong: true };
  if (APPLICATIONS_HEADERS_STRONG.has(key)) {
    return { kind: 'applicationsHeader', strong: true };
  }
  if (isSentence(text, key)) return null;
  // `3.其他` under （六）, and `（七）总计`.
  if (key === '3其他')
    return { kind: 'applicationsRow', row: 'otherMisc', rest: '' };
  if (key === '七总计' || key.startsWith('七总计')) {
    const rest = key.slice(3);
    if (rest === '' || DIGITS_ONLY.test(rest)) {
      return { kind: 'applicationsRow', row: 'resultTotal', rest };
    }
  }
  for (const [phrase, row] of APPLICATION_PHRASES) {
    const at = key.indexOf(phrase);
    if (at === -1) continue;
    // Digits run into the label end (`…数量000`) are kept to report the row.
    const m = /\d[\d.]*$/.exec(key);
    const rest = m && m.index >= at + phrase.length ? m[0] : '';
    return { kind: 'applicationsRow', row, rest };
  }
  for (const [phrase, group] of APPLICATION_GROUPS) {
    if (key.includes(phrase)) return { kind: 'applicationsGroup', group };
  }
  return null;
}

// ---- Table 四 -------------------------------------------------------------

const REVIEW_HEADERS_STRONG = new Set([
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
]);
const REVIEW_HEADERS_WEAK = new Set([
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
  '结果',
  '维持',
  '纠正',
  '尚未',
  '审结',
]);

// ---- Values -----------------------------------------------------------------

/** Words that stand in a numeric cell without being a number (read as unreadable). */
const NON_NUMERIC_VALUES = new Set([
  '若干',
  '不详',
  '暂无',
  '未统计',
  '待统计',
  '约',
]);

const CJK_ONLY = /^[\u3400-\u9fff]+$/;

export type TableContext =
  'proactive' | 'applications' | 'reviewLitigation' | null;

/**
 * Classifies one token. `context` is the table the walk is in; it decides between
 * labels that exist in several tables (总计, 其他).
 */
/** `0`, `1826`: most cells, answered without a cache lookup. */
function isPlainNumber(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 12) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const LABEL_CACHE = new Map<TableContext, Map<string, Label>>();
const VALUE: Label = { kind: 'value' };

/** Labels repeat across reports (the format is national): classify each text once. */
export function classifyToken(token: Token, context: TableContext): Label {
  if (token.kind !== 'text' || isPlainNumber(token.text)) return VALUE;
  let cache = LABEL_CACHE.get(context);
  if (!cache) LABEL_CACHE.set(context, (cache = new Map()));
  let label = cache.get(token.text);
  if (label === undefined) {
    label = classifyText(token.text, context);
    if (cache.size > 20000) cache.clear();
    cache.set(token.text, label);
  }
  return label;
}

function classifyText(text: string, context: TableContext): Label {
  if (text.length > 90) return { kind: 'prose' };
  if (isPageMarker(text)) return { kind: 'pageMarker' };
  const c = text.charCodeAt(0);
  // Numbers, signed changes and placeholders (`/`, `—`, `无`).
  if (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xff10 && c <= 0xff19) ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2212 ||
    c === 0x2f ||
    c === 0xff0f ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x5897 || // 增
    c === 0x51cf || // 减
    c === 0x65e0 || // 无
    c === 0x2a ||
    c === 0x5c
  ) {
    if (parseCellValue(text, 'wanYuan').status !== 'unreadable')
      return { kind: 'value' };
    if (parseCellValue(text, 'signedCount').status !== 'unreadable') {
      return { kind: 'value' };
    }
  }
  const key = labelKey(text);
  if (key === '') return { kind: 'value' };
  const section = classifySection(trimAll(toHalfWidth(text)), key);
  if (section) return section;

  if (REVIEW_HEADERS_STRONG.has(key))
    return { kind: 'reviewHeader', strong: true };
  if (context === 'reviewLitigation' && REVIEW_HEADERS_WEAK.has(key)) {
    return { kind: 'reviewHeader', strong: false };
  }
  if (context === 'applications' && APPLICATIONS_HEADERS_WEAK.has(key)) {
    return { kind: 'applicationsHeader', strong: false };
  }
  const proactive = classifyProactive(key);
  if (proactive) return proactive;
  const applications = classifyApplications(text, key);
  if (applications) return applications;
  const header = classifyProactiveHeader(key, context);
  if (header) return header;
  if (APPLICATIONS_HEADERS_WEAK.has(key) || REVIEW_HEADERS_WEAK.has(key)) {
    return context === 'reviewLitigation'
      ? { kind: 'reviewHeader', strong: false }
      : { kind: 'applicationsHeader', strong: false };
  }
  if (NON_NUMERIC_VALUES.has(key) || (/\d/.test(key) && key.length <= 12)) {
    return { kind: 'value' };
  }
  if (text.length > 40) return { kind: 'prose' };
  return { kind: 'unknown', cjkOnly: CJK_ONLY.test(key) };
}
