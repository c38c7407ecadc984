import type { SectionInfo } from '../model/report';
import type { Token } from '../readers/token';
import { toHalfWidth } from '../text/normalize';

export interface ReportMetadata {
  title: string | null;
  year: number | null;
  yearSource: 'title' | 'statisticsPeriod' | 'text' | null;
  agency: string | null;
  agencySource: 'title' | 'text' | null;
  publishedOn: string | null;
}

const TITLE =
  /(?:政府信息公开|政务信息公开|政务公开|信息公开)[^。，,]{0,8}?(?:年度报告|年报|工作报告)/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const ORG_SUFFIX =
  '(?:委员会|办公室|办公厅|办事处|人民政府|管理局|局|委|办|署|厅|院|中心|街道|镇|乡|政府|公司|所|站|馆|队|处)';
const ORG_NAME = new RegExp(
  `^[\\u4e00-\\u9fa5A-Za-z（）()]{2,40}?${ORG_SUFFIX}$`,
);
const STAT_PERIOD =
  /((?:19|20)\d{2})\s*年?\s*0?1\s*月?\s*0?1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)/;
const STAT_PERIOD_END =
  /截[止至]\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*(?:31\s*日|底)/;
const REPORT_MENTION = new RegExp(
  `((?:19|20)\\d{2})\\s*年度?\\s*([^。，,；;：:]{0,30}?)(?:政府信息公开|政务公开)[^。]{0,12}?(?:年度报告|年报|工作报告)`,
);
const AGENCY_BEFORE_YEAR = new RegExp(
  `(?:公布|发布|现将|特将|编制)?([\\u4e00-\\u9fa5A-Za-z]{2,30}?${ORG_SUFFIX})(?:19|20)\\d{2}\\s*年度?(?:政府信息公开|政务公开)`,
);
/** `2020年清远市民政局严格按照…`: an opening sentence naming the agency. */
const AGENCY_OPENING = new RegExp(
  `^(?:19|20)\\d{2}\\s*年度?[，,]?\\s*([\\u4e00-\\u9fa5A-Za-z]{2,30}?${ORG_SUFFIX})(?:严格|认真|坚持|紧紧|深入|全面|始终|按照|围绕|高度|不断|以|在|持续|聚焦|切实|进一步|着力|积极|扎实|大力|紧密|全力)`,
);
/**
 * A dated label: the two characters before `日期`/`时间` say which date it is. A date
 * followed by 至/到 and another date starts a period (`统计时间：2020年1月1日至…`),
 * not a publication.
 */
const DATED_LABEL =
  /([\u4e00-\u9fa5]{0,2})(?:日期|时间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})(\s*日?\s*起?\s*(?:至|到|—|－|~|～)\s*(?:(?:19|20)\d{2}|\d{1,2}\s*月))?/g;
/**
 * Which dated label stands for the publication (D1 uses it), best first: 发布日期
 * over the date the document was issued or written; a label of other words (or
 * none, or glued to the text before it) in between.
 */
const PUBLICATION_LABEL_RANK: Readonly<Record<string, number>> = {
  发布: 0,
  公布: 0,
  公开: 0,
  发稿: 0,
  发文: 1,
  印发: 1,
  成文: 3,
  生成: 3,
};
const OTHER_LABEL_RANK = 2;
/**
 * Dates that never stand for the publication: a page edited or printed later, a
 * statistics period or a rule's validity must not make a report look late.
 */
const NOT_PUBLICATION = new Set([
  '更新',
  '修改',
  '修订',
  '统计',
  '访问',
  '浏览',
  '打印',
  '截止',
  '有效',
  '失效',
  '实施',
  '施行',
]);
const SELF_REFERENCES = new Set([
  '我局',
  '本局',
  '我委',
  '本委',
  '我办',
  '本机关',
  '我单位',
  '本单位',
  '我中心',
  '我镇',
  '我街道',
  '我乡',
]);

const plausibleYear = (y: number) => y >= 2000 && y <= 2099;

/**
 * Half-width, whitespace runs as one space, and a bounded length: the patterns
 * below allow optional spaces, which on a long run of spaces would backtrack
 * quadratically. Titles and dates sit at the start of their line.
 */
function compact(text: string, max: number): string {
  const head = text.length > max ? text.slice(0, max) : text;
  return toHalfWidth(head).replace(/\s+/g, ' ');
}

function cleanAgency(s: string): string | null {
  const t = s
    .replace(
      /^(?:关于|[现特]?向社会公布|现予公布|[现特]公布|特此公布|公布|现发布|特发布|发布|现将|特将|编制)+/,
      '',
    )
    .trim();
  if (t.length < 2 || SELF_REFERENCES.has(t)) return null;
  return ORG_NAME.test(t) ? t : null;
}

/**
 * The publication date among the preamble's dated labels (page metadata, or a
 * metadata table whose label and date are cells apart): the best-ranked label's,
 * the first of equals.
 */
function publicationDate(lines: readonly string[]): string | null {
  let best: string | null = null;
  let bestRank = Infinity;
  const text = lines.join(' ');
  if (!text.includes('日期') && !text.includes('时间')) return null;
  for (const m of text.matchAll(DATED_LABEL)) {
    const label = m[1] ?? '';
    if (NOT_PUBLICATION.has(label) || m[5] !== undefined) continue;
    const rank = PUBLICATION_LABEL_RANK[label] ?? OTHER_LABEL_RANK;
    if (rank >= bestRank) continue;
    const [y, mo, da] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (plausibleYear(y) && mo >= 1 && mo <= 12 && da >= 1 && da <= 31) {
      best = `${y}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
      bestRank = rank;
    }
  }
  return best;
}

/** Title, report year, agency and publication date from the opening of a document. */
export function extractMetadata(
  preamble: readonly Token[],
  sections: readonly SectionInfo[],
  htmlTitle: string | null,
): ReportMetadata {
  const lines = preamble
    .filter((t) => t.kind === 'text')
    .map((t) => compact(t.text, 400));
  const meta: ReportMetadata = {
    title: null,
    year: null,
    yearSource: null,
    agency: null,
    agencySource: null,
    publishedOn: null,
  };

  // The title names a year; a breadcrumb (`首页 > 政府信息公开年报`) does not.
  const candidates = lines.flatMap((l, i) =>
    l.length <= 80 && !/[。，,；;:：]|如下/.test(l) && TITLE.test(l) ? [i] : [],
  );
  const titleIndex =
    candidates.find((i) => YEAR.test(lines[i] ?? '')) ?? candidates[0] ?? -1;
  let title = titleIndex >= 0 ? (lines[titleIndex] as string) : null;
  if (!title && htmlTitle && TITLE.test(htmlTitle))
    title = compact(htmlTitle, 200);
  if (title) {
    meta.title = title.trim();
    const y = YEAR.exec(title);
    if (y && plausibleYear(Number(y[1]))) {
      meta.year = Number(y[1]);
      meta.yearSource = 'title';
    }
    // `{机关}YYYY年…`, `YYYY年{机关}…`, or `{机关}政府信息公开…` without a year.
    const withYear =
      /^(.*?)(?:19|20)\d{2}\s*年度?\s*(.*?)(?:政府信息公开|政务信息公开|政务公开|信息公开)/.exec(
        title,
      );
    const withoutYear =
      /^(.*?)(?:政府信息公开|政务信息公开|政务公开|信息公开)/.exec(title);
    const parts = withYear ? [withYear[1], withYear[2]] : [withoutYear?.[1]];
    const candidate =
      parts
        .map((part) => cleanAgency((part ?? '').trim()))
        .find((a) => a !== null) ?? null;
    if (candidate) {
      meta.agency = candidate;
      meta.agencySource = 'title';
    } else if (titleIndex > 0) {
      // A title split over two lines: the agency on the line before.
      const before = cleanAgency((lines[titleIndex - 1] ?? '').trim());
      if (before) {
        meta.agency = before;
        meta.agencySource = 'title';
      }
    }
  }

  // Page metadata (the publication date) is in the preamble; the year and agency may
  // also be in the overview's opening sentences. Cheap `includes` guards keep the
  // regular expressions off text that cannot match; the overview is read only when
  // the title left the year or the agency open.
  const overviewParagraphs =
    meta.year !== null && meta.agency !== null
      ? []
      : (sections.find((s) => s.key === 'overview')?.text ?? '')
          .split('\n', 8)
          .map((p) => compact(p, 600).trim());
  const body = [...lines, ...overviewParagraphs];
  meta.publishedOn = publicationDate(lines);
  for (const text of body) {
    if (meta.year !== null) break;
    if (!text.includes('日') && !text.includes('底')) continue;
    const p = STAT_PERIOD.exec(text) ?? STAT_PERIOD_END.exec(text);
    if (p && plausibleYear(Number(p[1]))) {
      meta.year = Number(p[1]);
      meta.yearSource = 'statisticsPeriod';
    }
  }
  for (const text of body) {
    if (meta.year !== null && meta.agency !== null) break;
    const mentionsReport =
      text.includes('政府信息公开') || text.includes('政务公开');
    if (!mentionsReport) continue;
    const r = REPORT_MENTION.exec(text);
    if (r) {
      if (meta.year === null && plausibleYear(Number(r[1]))) {
        meta.year = Number(r[1]);
        meta.yearSource = 'text';
      }
      if (meta.agency === null) {
        const a = cleanAgency((r[2] ?? '').trim());
        if (a) {
          meta.agency = a;
          meta.agencySource = 'text';
        }
      }
    }
    if (meta.agency === null) {
      const b = AGENCY_BEFORE_YEAR.exec(text);
      const a = b ? cleanAgency(b[1] ?? '') : null;
      if (a) {
        meta.agency = a;
        meta.agencySource = 'text';
      }
    }
  }
  for (const t of overviewParagraphs) {
    if (meta.agency === null) {
      const o = AGENCY_OPENING.exec(t);
      const a = o ? cleanAgency(o[1] ?? '') : null;
      if (a) {
        meta.agency = a;
        meta.agencySource = 'text';
      }
    }
    if (meta.year === null) {
      const y = /^((?:19|20)\d{2})\s*年/.exec(t);
      if (y && plausibleYear(Number(y[1]))) {
        meta.year = Number(y[1]);
        meta.yearSource = 'text';
      }
    }
  }
  return meta;
}
