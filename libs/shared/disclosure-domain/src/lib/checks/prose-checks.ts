import type {
  CellValue,
  Finding,
  ParsedReport,
  SectionInfo,
  SectionKey,
} from '../model/report';
import { makeFinding } from './check-codes';
import type { Bilingual } from './labels';
import { TABLE_NAMES, formatNumber, metricLabel } from './labels';

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/**
 * `toHalfWidth` of text/normalize.ts, built from slices of the unchanged runs instead
 * of one character at a time: the overview is long and nearly always has some
 * full-width punctuation. The spec pins it to `toHalfWidth`.
 */
export function halfWidth(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let half: number;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) half = c - FULLWIDTH_OFFSET;
    else if (c === 0x3000 || c === 0xa0) half = 0x20;
    else continue;
    out += s.slice(from, i) + String.fromCharCode(half);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Arabic digits, or a Chinese numeral from 零 to 九十九. */
export function parseProseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return CHINESE_DIGITS[s] ?? (s === '十' ? 10 : null);
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  const tens = m[1] === undefined ? 1 : (CHINESE_DIGITS[m[1]] ?? 0);
  const units = m[2] === undefined ? 0 : (CHINESE_DIGITS[m[2]] ?? 0);
  return tens * 10 + units;
}

type ClaimKind =
  'applications' | 'carriedIn' | 'carriedForward' | 'review' | 'litigation';

interface Pattern {
  kind: ClaimKind;
  re: RegExp;
  /**
   * Every match contains one of these, starting at most `lead` characters into the
   * match: the regex need not run without one, nor before the first one found.
   */
  needles: readonly string[];
  lead: number;
  /** The sentence must be about information disclosure (复议/诉讼 of other work exist). */
  needsContext: boolean;
}

const NUM = '(\\d+|[零〇一二两三四五六七八九十]{1,3})';

// Tight on purpose: a number is only taken when it directly follows the phrase
// (a false alarm costs more than a missed one). Text is half-width by then.
const PATTERNS: readonly Pattern[] = [
  {
    kind: 'applications',
    re: new RegExp(
      `(受理|收到|接收|新收|办理|处理)了?(?:各类)?(?:政府信息公开申请|依申请公开(?:政府信息)?(?:申请)?)(?:共计|共|合计|总计)?\\s*${NUM}\\s*(?:件|个)`,
      'g',
    ),
    needles: ['政府信息公开申请', '依申请公开'],
    lead: 5, // 受理 了 各类
    needsContext: false,
  },
  {
    kind: 'carriedIn',
    re: new RegExp(
      `上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:共)?\\s*${NUM}\\s*件`,
      'g',
    ),
    needles: ['结转'],
    lead: 4, // 上一年度
    needsContext: false,
  },
  {
    kind: 'carriedForward',
    re: new RegExp(
      `结转(?:至|到)?下一?年度?(?:继续)?(?:办理|答复|处理)?(?:的)?(?:申请)?\\s*${NUM}\\s*件`,
      'g',
    ),
    needles: ['结转'],
    lead: 0,
    needsContext: false,
  },
  {
    kind: 'review',
    re: new RegExp(
      `行政复议(?:案件)?(?:共)?\\s*${NUM}\\s*(?:宗|件|起|个)`,
      'g',
    ),
    needles: ['行政复议'],
    lead: 0,
    needsContext: true,
  },
  {
    kind: 'litigation',
    re: new RegExp(
      `行政诉讼(?:案件)?(?:共)?\\s*${NUM}\\s*(?:宗|件|起|个)`,
      'g',
    ),
    needles: ['行政诉讼'],
    lead: 0,
    needsContext: true,
  },
];

/** 。；;！!？?\n end a sentence; ，and , also end a clause. */
function isStop(code: number, clause: boolean): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff01: // ！
    case 0x21: // !
    case 0xff1f: // ？
    case 0x3f: // ?
    case 0x0a: // \n
      return true;
    case 0xff0c: // ，
    case 0x2c: // ,
      return clause;
    default:
      return false;
  }
}

function startOf(text: string, start: number, clause: boolean): number {
  let a = start;
  while (a > 0 && !isStop(text.charCodeAt(a - 1), clause)) a--;
  return a;
}

function endOf(text: string, end: number, clause: boolean): number {
  let b = end;
  while (b < text.length && !isStop(text.charCodeAt(b), clause)) b++;
  return b;
}

/** The clause before the number speaks of another year (去年, 2022年 in a 2023 report). */
function aboutAnotherYear(prefix: string, year: number | null): boolean {
  // Every test below needs 年 or 同期; most clauses have neither.
  if (!prefix.includes('年') && !prefix.includes('同期')) return false;
  const p = prefix.replace(/上一?年度?结转/g, '');
  if (/上一?年|去年|同期/.test(p)) return true;
  if (year === null) return false;
  for (const m of p.matchAll(/(\d{4})年/g)) {
    if (Number(m[1]) !== year) return true;
  }
  return false;
}

/** Where `pattern` can first match, or -1 if it cannot match at all. */
function searchStart(text: string, pattern: Pattern): number {
  let first = -1;
  for (const needle of pattern.needles) {
    const at = text.indexOf(needle);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first === -1 ? -1 : Math.max(0, first - pattern.lead);
}

interface Claim {
  kind: ClaimKind;
  verb: string;
  value: number;
  quote: string;
}

function findClaims(text: string, year: number | null): Claim[] {
  const claims: Claim[] = [];
  for (const pattern of PATTERNS) {
    const from = searchStart(text, pattern);
    if (from === -1) continue;
    // exec over the shared global regex instead of matchAll, which clones it per
    // call; every match is at least one character long, so lastIndex advances.
    const re = pattern.re;
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const numeral = pattern.kind === 'applications' ? m[2] : m[1];
      const value = parseProseNumber(numeral ?? '');
      if (value === null) continue;
      if (pattern.needsContext) {
        // The sentence around the match mentions 信息公开.
        const a = startOf(text, start, false);
        const b = endOf(text, end, false);
        const at = text.indexOf('信息公开', a);
        if (at === -1 || at + 4 > b) continue;
      }
      const clauseStart = startOf(text, start, true);
      if (aboutAnotherYear(text.slice(clauseStart, start), year)) continue;
      const verb = pattern.kind === 'applications' ? (m[1] ?? '') : '';
      claims.push({ kind: pattern.kind, verb, value, quote: m[0] });
    }
  }
  return claims;
}

const number = (cell: CellValue | undefined): number | null =>
  cell?.status === 'number' ? cell.value : null;

interface Expectation {
  /** Table metric named in the finding. */
  metric: string;
  metrics: string[];
  /** Values the prose may legitimately mean. */
  accepted: number[];
  /** What the table says, for the message. */
  tableSays: Bilingual;
}

function single(metric: string, value: number): Expectation {
  const label = metricLabel(metric);
  const v = formatNumber(value);
  return {
    metric,
    metrics: [metric],
    accepted: [value],
    tableSays: { zh: `${label.zh}为${v}`, en: `${label.en} is ${v}` },
  };
}

function expectationFor(
  report: ParsedReport,
  claim: Claim,
): Expectation | null {
  const v = report.values;
  switch (claim.kind) {
    case 'applications': {
      const received = number(v['applications.received.total']);
      if (received === null) return null;
      const carried = v['applications.carriedIn.total'];
      // A blank 上年结转 is read as 0 here: that only widens what is accepted.
      const carriedIn = carried?.status === 'blank' ? 0 : number(carried);
      const accepted = [received];
      const zh = [`本年新收为${formatNumber(received)}`];
      const en = [`new applications are ${formatNumber(received)}`];
      // 受理/办理 are used both for new applications and for all handled this year.
      if (claim.verb !== '新收' && carriedIn !== null) {
        const all = formatNumber(received + carriedIn);
        accepted.push(received + carriedIn);
        zh.push(`加上年结转为${all}`);
        en.push(`${all} with those carried over`);
      }
      const concluded = number(v['applications.resultTotal.total']);
      if (
        (claim.verb === '办理' || claim.verb === '处理') &&
        concluded !== null
      ) {
        accepted.push(concluded);
        zh.push(`办理结果总计为${formatNumber(concluded)}`);
        en.push(`${formatNumber(concluded)} concluded`);
      }
      return {
        metric: 'applications.received.total',
        metrics: [
          'applications.received.total',
          'applications.carriedIn.total',
          'applications.resultTotal.total',
        ],
        accepted,
        tableSays: { zh: zh.join('，'), en: en.join(', ') },
      };
    }
    case 'carriedIn':
    case 'carriedForward': {
      const metric = `applications.${claim.kind}.total`;
      const value = number(v[metric]);
      return value === null ? null : single(metric, value);
    }
    case 'review': {
      const value = number(v['review.total']);
      return value === null ? null : single('review.total', value);
    }
    case 'litigation': {
      const ids = ['litigationDirect.total', 'litigationAfterReview.total'];
      const cells = ids.map((id) => v[id]);
      if (cells.some((c) => c?.status !== 'number' && c?.status !== 'blank')) {
        return null;
      }
      if (cells.every((c) => c?.status === 'blank')) return null;
      const sum = cells.reduce((s, c) => s + (c?.value ?? 0), 0);
      return {
        metric: 'litigationDirect.total',
        metrics: ids,
        accepted: [sum],
        tableSays: {
          zh: `两类行政诉讼总计之和为${formatNumber(sum)}`,
          en: `the two lawsuit totals add up to ${formatNumber(sum)}`,
        },
      };
    }
  }
}

/** R10: figures quoted in the prose of 一、总体情况 agree with the tables. */
export function checkProse(report: ParsedReport): Finding[] {
  const overview = sectionOf(report, 'overview');
  if (!overview || overview.text === '') return [];
  const text = halfWidth(overview.text);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const claim of findClaims(text, report.year)) {
    const key = `${claim.kind}:${claim.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const exp = expectationFor(report, claim);
    if (!exp || exp.accepted.includes(claim.value)) continue;
    const table =
      claim.kind === 'review' || claim.kind === 'litigation'
        ? TABLE_NAMES.reviewLitigation
        : TABLE_NAMES.applications;
    out.push(
      makeFinding(
        'R10',
        `“总体情况”正文称“${claim.quote}”，与${table.zh}不一致：${exp.tableSays.zh}`,
        `The overview says "${claim.quote}" (${formatNumber(claim.value)}) but in ${table.en} ${exp.tableSays.en}`,
        {
          metric: exp.metric,
          metrics: exp.metrics,
          location: report.values[exp.metric]?.location ?? null,
        },
      ),
    );
  }
  return out;
}

const FEE_PREFIX = 'applications.otherOverdueFee.';
const FEE_TOTAL = `${FEE_PREFIX}total`;
const FEE_ROW_AT = 'applications.'.length;

/** Ids of 三（六）2 in the report, in key order: the local columns included. */
function feeIds(values: ParsedReport['values']): string[] {
  const ids: string[] = [];
  for (const id of Object.keys(values)) {
    // A character test first: startsWith on every key costs more than the scan.
    if (
      id.charCodeAt(FEE_ROW_AT) === 0x6f /* o */ &&
      id.startsWith(FEE_PREFIX)
    ) {
      ids.push(id);
    }
  }
  return ids;
}

/**
 * R11 (G2): applications dropped for unpaid fees imply fees were charged, which
 * section 六 should report as 信息处理费. 二（八） 行政事业性收费 is a different thing
 * and is never read here.
 */
export function checkFeeReporting(report: ParsedReport): Finding[] {
  const values = report.values;
  const totalCell = values[FEE_TOTAL];
  // A present total is one of the row's ids and, when a number, decides the count:
  // only without one are the report's keys scanned for the row's other cells.
  let ids: string[] | null = null;
  let count = number(totalCell);
  if (count === null) {
    ids = feeIds(values);
    if (ids.length === 0) return [];
    // A blank total with a filled column (zeros published as blanks) still counts.
    count = 0;
    for (const id of ids) count = Math.max(count, number(values[id]) ?? 0);
  }
  if (count <= 0) return [];
  const other = sectionOf(report, 'other');
  if (!other && report.truncated) return [];
  if (other?.text.includes('处理费')) return [];
  const label = metricLabel(FEE_TOTAL);
  const where = other
    ? {
        zh: '“其他需要报告的事项”未提及信息处理费',
        en: 'section 6 does not mention the information processing fee',
      }
    : {
        zh: '报告缺少“其他需要报告的事项”，未报告信息处理费',
        en: 'section 6 is missing, so no information processing fee is reported',
      };
  let location = totalCell?.location ?? null;
  if (!location) {
    for (const id of ids ?? feeIds(values)) {
      location = values[id]?.location ?? null;
      if (location) break;
    }
  }
  return [
    makeFinding(
      'R11',
      `${label.zh}为${formatNumber(count)}，说明本年发出过收费通知，但${where.zh}（应按《政府信息公开信息处理费管理办法》报告收取情况，金额可以为0）`,
      `${label.en} is ${formatNumber(count)}, so fee notices were issued, but ${where.en} (it should be reported under the 2020 fee measures, even if 0)`,
      { metric: FEE_TOTAL, metrics: [FEE_TOTAL], location },
    ),
  ];
}

function sectionOf(report: ParsedReport, key: SectionKey): SectionInfo | null {
  for (const s of report.sections) if (s.key === key) return s;
  return null;
}
