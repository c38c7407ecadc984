import type { Finding, ParsedReport } from '../model/report';
import { makeFinding } from './check-codes';
import { formatNumber, metricLabel } from './labels';

export type AgencyKind = 'department' | 'government' | 'township' | 'other';

/**
 * Whether an agency may make 规章. Under the 立法法 only 国务院部门 and the
 * governments of provinces, 设区的市 and 自治州 may; county, district and township
 * governments and local departments may not. `unknown` never leads to a finding.
 */
export type RuleMakingPower = 'none' | 'possible' | 'unknown';

// State Council bodies (国家市场监督管理总局, 国务院办公厅, 财政部 …) can make 部门规章.
const CENTRAL = /^(?:国家|国务院|中华人民共和国)|(?:部|总局|总署)$/;

// The level written just before 人民政府/政府 (自治区 must be tried before 区).
const GOVERNMENT_LEVEL =
  /(自治区|自治州|自治县|省|市|州|盟|县|旗|区|镇|乡)(?:人民)?政府(?:办公厅|办公室)?$/;
const LEVEL_WITH_POWER = new Set(['省', '自治区', '自治州', '市', '州', '盟']);

// Name endings of local departments, centres (第五十四条 bodies), streets and towns.
const DEPARTMENT_ENDING =
  /(?:局|委|委员会|办|办公室|中心|厅|所|站|队|镇|乡|街道|办事处|街道办事处)$/;

function governmentPower(name: string): RuleMakingPower {
  const m = GOVERNMENT_LEVEL.exec(name);
  if (!m?.[1]) return 'unknown';
  // 市 may be a county-level city without the power: that cannot be told by name.
  return LEVEL_WITH_POWER.has(m[1]) ? 'possible' : 'none';
}

export function ruleMakingPower(
  agency: string | null,
  kind?: AgencyKind,
): RuleMakingPower {
  const name = agency?.replace(/\s+/g, '') ?? '';
  if (kind === 'township') return 'none';
  if (name !== '' && CENTRAL.test(name)) return 'unknown';
  if (kind === 'department') return 'none';
  if (name === '') return 'unknown';
  if (kind === 'government' || /政府(?:办公厅|办公室)?$/.test(name)) {
    return governmentPower(name);
  }
  return DEPARTMENT_ENDING.test(name) ? 'none' : 'unknown';
}

export const G2_RULE_METRICS: readonly string[] = [
  'proactive.rules.issued',
  'proactive.rules.repealed',
  'proactive.rules.inForce',
];

/** R13 (G2): 规章 counts above 0 from an agency that cannot make 规章 (info). */
export function checkRuleMaking(
  report: ParsedReport,
  kind?: AgencyKind,
): Finding[] {
  const positive: string[] = [];
  for (const id of G2_RULE_METRICS) {
    const cell = report.values[id];
    if (cell?.status === 'number' && cell.value !== null && cell.value > 0) {
      positive.push(id);
    }
  }
  if (positive.length === 0) return [];
  if (ruleMakingPower(report.agency, kind) !== 'none') return [];
  const listZh = positive
    .map(
      (id) =>
        `${metricLabel(id).zh}为${formatNumber(report.values[id]?.value ?? 0)}`,
    )
    .join('，');
  const listEn = positive
    .map(
      (id) =>
        `${metricLabel(id).en} ${formatNumber(report.values[id]?.value ?? 0)}`,
    )
    .join(', ');
  const who = report.agency ?? '本机关';
  const whoEn = report.agency ?? 'this agency';
  const main = positive[0];
  return [
    makeFinding(
      'R13',
      `${who}没有规章制定权，但${listZh}；此类机关的规章一行通常填“/”或0`,
      `${whoEn} cannot make rules (规章) but reports ${listEn}; such agencies usually write "/" or 0 in the rules row`,
      {
        metric: main,
        metrics: positive,
        location: main ? (report.values[main]?.location ?? null) : null,
      },
    ),
  ];
}
