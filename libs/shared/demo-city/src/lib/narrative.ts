import type { ReportData } from '@gongkai/disclosure-domain';

/**
 * Prose of 一、总体情况 for the reports whose overview must say something the
 * writer's default text does not: the first year after a merger, and the planted
 * off-by-one between the prose and table 三 (R10). Every figure is taken from the
 * tables, except the one the caller shifts on purpose.
 */

const SELF_REFERENCES: readonly (readonly [string, string])[] = [
  ['街道办事处', '我街道'],
  ['镇人民政府', '我镇'],
  ['乡人民政府', '我乡'],
  ['人民政府办公室', '我办'],
  ['区人民政府', '我区'],
  ['县人民政府', '我县'],
  ['委员会', '我委'],
  ['中心', '我中心'],
  ['局', '我局'],
];

function selfReference(agency: string): string {
  for (const [suffix, self] of SELF_REFERENCES) {
    if (agency.endsWith(suffix)) return self;
  }
  return '本机关';
}

function numberOf(data: ReportData, id: string): number | null {
  const value = data.values[id];
  return typeof value === 'number' ? value : null;
}

export interface OverviewOptions {
  /** A paragraph on the body itself, placed after the opening one. */
  preface?: string;
  /** Added to 本年新收 in the prose only (a planted R10 mismatch when ≠ 0). */
  receivedOffset?: number;
}

export function overviewText(
  data: ReportData,
  options: OverviewOptions = {},
): string {
  const agency = data.agency ?? '本机关';
  const self = selfReference(agency);
  const year = data.year === null ? '本年度' : `${data.year}年`;
  const paragraphs = [
    `${year}，${self}坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开各项工作。`,
  ];
  if (options.preface) paragraphs.push(options.preface);

  const proactive: string[] = [];
  const licensing = numberOf(data, 'proactive.licensing.decisions');
  const penalty = numberOf(data, 'proactive.penalty.decisions');
  if (licensing !== null) proactive.push(`公开行政许可处理决定${licensing}件`);
  if (penalty !== null) proactive.push(`公开行政处罚决定${penalty}件`);
  paragraphs.push(
    `（一）主动公开。围绕重点领域及时发布政策文件、办事指南和工作动态${proactive.length > 0 ? `，全年${proactive.join('，')}` : ''}。`,
  );

  const applications: string[] = [];
  const received = numberOf(data, 'applications.received.total');
  const carriedIn = numberOf(data, 'applications.carriedIn.total');
  const concluded = numberOf(data, 'applications.resultTotal.total');
  const carriedForward = numberOf(data, 'applications.carriedForward.total');
  if (received !== null) {
    applications.push(
      `全年共收到政府信息公开申请${received + (options.receivedOffset ?? 0)}件`,
    );
  }
  if (carriedIn !== null) applications.push(`上年结转${carriedIn}件`);
  if (concluded !== null) applications.push(`办结${concluded}件`);
  if (carriedForward !== null) {
    applications.push(`结转下年度继续办理${carriedForward}件`);
  }
  paragraphs.push(
    `（二）依申请公开。严格按照法定程序和时限答复申请${applications.length > 0 ? `，${applications.join('，')}` : ''}。`,
  );

  paragraphs.push(
    '（三）政府信息管理。落实信息发布前保密审查制度，坚持“先审查、后公开”，确保公开信息准确规范。',
    '（四）政府信息公开平台建设。用好政府门户网站信息公开专栏，及时更新栏目内容，方便公众查阅。',
  );

  const review = numberOf(data, 'review.total');
  const direct = numberOf(data, 'litigationDirect.total');
  const afterReview = numberOf(data, 'litigationAfterReview.total');
  const supervision: string[] = [];
  if (review !== null) {
    supervision.push(`全年因政府信息公开工作被申请行政复议${review}件`);
  }
  if (direct !== null && afterReview !== null) {
    supervision.push(`被提起行政诉讼${direct + afterReview}件`);
  }
  paragraphs.push(
    `（五）监督保障。明确分管领导和专职人员，将政府信息公开工作纳入年度考核${supervision.length > 0 ? `。${supervision.join('，')}` : ''}。`,
  );
  return paragraphs.join('\n');
}
