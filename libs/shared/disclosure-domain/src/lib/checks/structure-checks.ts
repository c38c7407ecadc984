import type {
  Finding,
  ParsedReport,
  SectionInfo,
  SectionKey,
  TableInfo,
  TableKey,
} from '../model/report';
import { FIRST_G1_YEAR, FIRST_G2_YEAR } from '../metrics/metric-registry';
import { makeFinding } from './check-codes';
import { SECTION_NAMES, TABLE_NAMES, TABLE_ORDER } from './labels';

// Table 四 is the same in G1 and G2, so only tables 二 and 三 can be outdated.
const TABLES_THAT_CHANGED: readonly TableKey[] = ['proactive', 'applications'];

function isG0(report: ParsedReport): boolean {
  if (report.generation === 'G0') return true;
  for (const t of report.tables) if (t.generation === 'G0') return true;
  return false;
}

// Loops rather than find/some with an arrow: no closure per call.
function tableOf(report: ParsedReport, key: TableKey): TableInfo | undefined {
  for (const t of report.tables) if (t.key === key) return t;
  return undefined;
}

function sectionOf(
  report: ParsedReport,
  key: SectionKey,
): SectionInfo | undefined {
  for (const s of report.sections) if (s.key === key) return s;
  return undefined;
}

function formatChecks(report: ParsedReport): Finding[] {
  const year = report.year;
  if (year === null) return [];
  const out: Finding[] = [];
  if (isG0(report)) {
    if (year > FIRST_G1_YEAR) {
      out.push(
        makeFinding(
          'FORMAT_G0',
          `${year}年度报告未按全国统一格式编写（使用2019年以前的格式），应使用国办公开办函〔2021〕30号格式`,
          `The ${year} report does not use the national format (it follows the pre-2019 layout); the 2021 format is expected`,
        ),
      );
    } else if (year === FIRST_G1_YEAR) {
      out.push(
        makeFinding(
          'FORMAT_G0_TOLERATED',
          '2019年度报告未按统一格式编写；国办公开办函〔2019〕60号规定2019年度报告鼓励按照统一格式发布，确有困难的可参照发布',
          'The 2019 report does not use the national format; for 2019 the trial format was encouraged, not required',
        ),
      );
    }
  }
  if (year >= FIRST_G2_YEAR) {
    for (const key of TABLES_THAT_CHANGED) {
      const table = tableOf(report, key);
      if (table?.generation !== 'G1') continue;
      const name = TABLE_NAMES[key];
      out.push(
        makeFinding(
          'FORMAT_OUTDATED',
          `${year}年度报告的${name.zh}仍使用2019年试行格式，应使用2021年格式（国办公开办函〔2021〕30号）`,
          `The ${year} report's ${name.en} still uses the 2019 trial format; the 2021 format is expected`,
        ),
      );
    }
  }
  return out;
}

function sectionChecks(report: ParsedReport): Finding[] {
  const out: Finding[] = [];
  // Before 2019 there was no six-part structure, so only the national-format
  // years are held to it.
  const g0 = isG0(report);
  const pre2019 = g0 && (report.year ?? 0) < FIRST_G1_YEAR;
  const endsEarly = report.truncated
    ? {
        zh: '（文档提前结束，可能只复制了报告的前一部分）',
        en: ' (the document ends early; only the start of the report may have been copied)',
      }
    : { zh: '', en: '' };
  if (!pre2019) {
    for (const section of SECTION_NAMES) {
      if (sectionOf(report, section.key)) continue;
      out.push(
        makeFinding(
          'SECTION_MISSING',
          `缺少“${section.zh}”部分${endsEarly.zh}`,
          `Section "${section.en}" is missing${endsEarly.en}`,
        ),
      );
    }
  }
  for (const s of report.sections) {
    if (s.standardHeading || pre2019) continue;
    const canonical = SECTION_NAMES.find((n) => n.key === s.key);
    out.push(
      makeFinding(
        'HEADING_NONSTANDARD',
        `标题“${s.heading}”与统一格式不一致，应为“${canonical?.zh ?? ''}”`,
        `Heading "${s.heading}" differs from the national format ("${canonical?.en ?? ''}")`,
        { location: s.location },
      ),
    );
  }
  if (!g0) {
    for (const key of TABLE_ORDER) {
      if (tableOf(report, key)) continue;
      const name = TABLE_NAMES[key];
      out.push(
        makeFinding(
          'TABLE_MISSING',
          `缺少${name.zh}${endsEarly.zh}`,
          `${name.en} is missing${endsEarly.en}`,
          {
            location: sectionOf(report, key)?.location ?? null,
          },
        ),
      );
    }
  }
  for (const key of TABLE_ORDER) {
    const table = tableOf(report, key);
    if (!table?.empty) continue;
    const name = TABLE_NAMES[key];
    out.push(
      makeFinding(
        'TABLE_EMPTY',
        `${name.zh}只有标题、没有可读取的表格数据，表格可能以图片形式发布`,
        `${name.en} has a heading but no readable data; the table may be an image`,
        {
          location: sectionOf(report, key)?.location ?? null,
        },
      ),
    );
  }
  return out;
}

// D7: “无” or a line or two is not a report of problems and improvements.
const THIN_SECTION_CHARS = 10;

function sectionFiveCheck(report: ParsedReport): Finding[] {
  const sections = report.sections;
  let index = -1;
  for (let i = 0; i < sections.length; i++) {
    if (sections[i]?.key === 'problems') {
      index = i;
      break;
    }
  }
  const section = sections[index];
  if (!section) return [];
  // Text of the last section of a cut-off document is itself cut off.
  if (report.truncated && index === sections.length - 1) return [];
  const compact = section.text.replace(/[\s。.，,；;：:]/g, '');
  if (compact !== '无' && hasCodePoints(compact, THIN_SECTION_CHARS)) return [];
  const shown = section.text.trim() === '' ? '（空）' : section.text.trim();
  return [
    makeFinding(
      'SECTION_FIVE_THIN',
      `“存在的主要问题及改进情况”内容过于简单（“${shown}”），应写明具体问题、改进措施及上一年度问题的整改情况`,
      `Section 5 (problems and improvements) is nearly empty ("${shown}"); it should name concrete problems and measures`,
      { location: section.location },
    ),
  ];
}

/** At least `n` code points (as `Array.from(s).length >= n`, without the array). */
function hasCodePoints(s: string, n: number): boolean {
  if (s.length < n) return false;
  if (s.length >= 2 * n) return true;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one code point; a lone surrogate counts on its own.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++count >= n) return true;
  }
  return false;
}

/** Format generation and completeness of the document (D3, D4, D7, D2). */
export function checkStructure(report: ParsedReport): Finding[] {
  return [
    ...formatChecks(report),
    ...sectionChecks(report),
    ...sectionFiveCheck(report),
  ];
}
