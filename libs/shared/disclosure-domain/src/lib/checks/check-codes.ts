import type { Finding, Severity, SourceLocation } from '../model/report';
import { makeFinding as buildFinding } from '../model/finding';
import type { FindingCodeInfo } from '../model/read-codes';

export type CheckCodeInfo = FindingCodeInfo;

// The order of this list is the order findings are reported in: document
// structure first (it explains why a rule below could not run), then the rules of
// annual-report-format.md §8 in their numbering.
const CATALOGUE = [
  {
    code: 'AGENCY_MISMATCH',
    severity: 'warning',
    titleZh: '报告署名机关与报送部门不符',
    titleEn: 'The report names another agency than its department',
  },
  {
    code: 'FORMAT_G0',
    severity: 'warning',
    titleZh: '未使用全国统一格式（2019年以前的格式）',
    titleEn: 'Pre-2019 format in a report for 2020 or later',
  },
  {
    code: 'FORMAT_G0_TOLERATED',
    severity: 'info',
    titleZh: '2019年度报告未使用统一格式（可参照统一格式发布）',
    titleEn: 'Pre-2019 format in a 2019 report (tolerated)',
  },
  {
    code: 'FORMAT_OUTDATED',
    severity: 'warning',
    titleZh: '2021年及以后的报告使用了2019年试行格式',
    titleEn: '2019 trial format in a report for 2021 or later',
  },
  {
    code: 'SECTION_MISSING',
    severity: 'warning',
    titleZh: '缺少报告组成部分',
    titleEn: 'Section missing',
  },
  {
    code: 'HEADING_NONSTANDARD',
    severity: 'warning',
    titleZh: '部分标题与统一格式不一致',
    titleEn: 'Non-standard section heading',
  },
  {
    code: 'TABLE_MISSING',
    severity: 'warning',
    titleZh: '缺少统计表',
    titleEn: 'Table missing',
  },
  {
    code: 'TABLE_EMPTY',
    severity: 'warning',
    titleZh: '统计表无数据（可能为图片）',
    titleEn: 'Table without data (possibly an image)',
  },
  {
    code: 'SECTION_FIVE_THIN',
    severity: 'warning',
    titleZh: '“存在的主要问题及改进情况”内容过于简单',
    titleEn: 'Section 5 (problems and improvements) is nearly empty',
  },
  {
    code: 'R1',
    severity: 'error',
    titleZh: '表三勾稽关系：第一项加第二项之和不等于第三项加第四项之和',
    titleEn: 'Table 3: new + carried over ≠ concluded + carried forward',
  },
  {
    code: 'R1_SIDE_BLANK',
    severity: 'warning',
    titleZh: '表三勾稽关系无法核对：一侧全部空白',
    titleEn: 'Table 3 balance not checkable: one side entirely blank',
  },
  {
    code: 'R2',
    severity: 'error',
    titleZh: '表三（七）总计不等于各项办理结果之和',
    titleEn: 'Table 3: total concluded ≠ sum of the results',
  },
  {
    code: 'R2_SIDE_BLANK',
    severity: 'warning',
    titleZh: '表三（七）总计无法核对：一侧全部空白',
    titleEn: 'Table 3 total concluded not checkable: one side entirely blank',
  },
  {
    code: 'R3',
    severity: 'error',
    titleZh: '表三总计列不等于各申请人类别之和',
    titleEn: 'Table 3: total column ≠ sum of applicant columns',
  },
  {
    code: 'R3_SIDE_BLANK',
    severity: 'warning',
    titleZh: '表三总计列与申请人各列只填了一侧',
    titleEn: 'Table 3: total blank while parts reported, or the reverse',
  },
  {
    code: 'R4',
    severity: 'error',
    titleZh: '表四总计不等于各结果之和',
    titleEn: 'Table 4: total ≠ sum of outcomes',
  },
  {
    code: 'R4_SIDE_BLANK',
    severity: 'warning',
    titleZh: '表四总计与各结果只填了一侧',
    titleEn: 'Table 4: total blank while outcomes reported, or the reverse',
  },
  {
    code: 'R5_NEGATIVE',
    severity: 'error',
    titleZh: '数量或金额为负数',
    titleEn: 'Negative count or amount',
  },
  {
    code: 'R5_NOT_INTEGER',
    severity: 'error',
    titleZh: '数量不是整数',
    titleEn: 'Count is not a whole number',
  },
  {
    code: 'R5_BLANK',
    severity: 'info',
    titleZh: '表格中有空白单元格（未填报，不等于0）',
    titleEn: 'Blank cells in a table (not reported, not zero)',
  },
  {
    code: 'R5_BLANK_AS_ZERO',
    severity: 'info',
    titleZh: '勾稽关系仅在空白按0计算时成立',
    titleEn: 'Balances hold only when blank cells are read as 0',
  },
  {
    code: 'PREVIOUS_NOT_PRIOR_YEAR',
    severity: 'info',
    titleZh: '对比报告不是上一年度的报告，跨年度核对未进行',
    titleEn:
      'Comparison report is not the previous year; cross-year checks skipped',
  },
  {
    code: 'R6',
    severity: 'warning',
    titleZh: '上年结转数与上一年度报告的结转下年度数不一致',
    titleEn: "Carried over ≠ last year's carried forward",
  },
  {
    code: 'R7',
    severity: 'info',
    titleZh: '现行有效件数与上年现行有效件数加制发减废止不一致',
    titleEn: "In force ≠ last year's in force + issued − repealed",
  },
  {
    code: 'R8',
    severity: 'info',
    titleZh: '上一年项目数量与上一年度报告的项目数量加增减不一致',
    titleEn: "Items last year ≠ last report's items + change",
  },
  {
    code: 'R9',
    severity: 'warning',
    titleZh: '对外公开总数量小于本年新公开数量',
    titleEn: 'Total published < newly published',
  },
  {
    code: 'R10',
    severity: 'warning',
    titleZh: '总体情况正文中的数字与表格不一致',
    titleEn: 'Number in the overview text differs from the table',
  },
  {
    code: 'R11',
    severity: 'warning',
    titleZh: '有逾期未缴费的申请，但“其他需要报告的事项”未报告信息处理费',
    titleEn:
      'Fee-overdue applications but no information processing fee in section 6',
  },
  {
    code: 'R12',
    severity: 'info',
    titleZh: '各部门报告之和大于汇总报告',
    titleEn: 'Sum of the part reports exceeds the aggregate report',
  },
  {
    code: 'R12_PART_SKIPPED',
    severity: 'info',
    titleZh: '部分报告年度与汇总报告不同，未计入汇总核对',
    titleEn: 'Part reports of another year left out of the aggregate check',
  },
  {
    code: 'R13',
    severity: 'info',
    titleZh: '无规章制定权的机关填报了规章数量',
    titleEn: 'Rule counts reported by an agency without rule-making power',
  },
] as const satisfies readonly CheckCodeInfo[];

export type CheckCode = (typeof CATALOGUE)[number]['code'];

/** Every code the checks can emit, with its fixed severity, for docs and UI. */
export const CHECK_CODES: readonly CheckCodeInfo[] = CATALOGUE;

const SEVERITY = new Map<string, Severity>(
  CATALOGUE.map((c) => [c.code, c.severity]),
);
const RANK = new Map<string, number>(CATALOGUE.map((c, i) => [c.code, i]));

export interface FindingTarget {
  metric?: string;
  metrics?: readonly string[];
  location?: SourceLocation | null;
}

/** A finding whose severity always comes from the catalogue. */
export function makeFinding(
  code: CheckCode,
  message: string,
  messageEn: string,
  target: FindingTarget = {},
): Finding {
  return buildFinding(
    code,
    SEVERITY.get(code) ?? 'info',
    message,
    messageEn,
    target,
  );
}

const rankOf = (f: Finding): number => RANK.get(f.code) ?? RANK.size;

interface Ranked {
  f: Finding;
  i: number;
  rank: number;
}

const ranked = (f: Finding, i: number): Ranked => ({ f, i, rank: rankOf(f) });
const byRank = (a: Ranked, b: Ranked): number => a.rank - b.rank || a.i - b.i;
const findingOf = (x: Ranked): Finding => x.f;

/** Catalogue order, then the order the checks emitted them in (table order). */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  // The checks mostly emit in catalogue order already: then the order stands.
  let previous = -1;
  for (const f of findings) {
    const rank = rankOf(f);
    if (rank < previous) {
      return findings.map(ranked).sort(byRank).map(findingOf);
    }
    previous = rank;
  }
  return findings.slice();
}
