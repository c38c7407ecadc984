import type { ReportData } from '../model/report';

/**
 * Default prose for sections 一, 五 and 六, built from the values so that the figures
 * quoted in the text equal the tables (rule R10). Wording varies by a hash of agency
 * and year: a generated city must not look like one report copied a hundred times,
 * and the same input must always give the same text.
 */

type Values = ReportData['values'];

function num(values: Values, id: string): number | null {
  const value = values[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** FNV-1a over the UTF-16 code units; only used to pick among phrasings. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function pick<T>(options: readonly T[], seed: number, salt: number): T {
  const index = (((seed >>> (salt * 3)) ^ salt) >>> 0) % options.length;
  const chosen = options[index] ?? options[0];
  if (chosen === undefined) throw new Error('pick from an empty list');
  return chosen;
}

/** How an agency refers to itself: 我局, 我委, 我街道 … */
export function selfReference(agency: string | null): string {
  if (!agency) return '本机关';
  const suffixes: readonly (readonly [string, string])[] = [
    ['街道办事处', '我街道'],
    ['镇人民政府', '我镇'],
    ['乡人民政府', '我乡'],
    ['人民政府办公室', '我办'],
    ['人民政府办公厅', '我厅'],
    ['人民政府', '本级政府'],
    ['委员会', '我委'],
    ['办公室', '我办'],
    ['中心', '我中心'],
    ['局', '我局'],
    ['厅', '我厅'],
    ['镇', '我镇'],
    ['乡', '我乡'],
  ];
  for (const [suffix, self] of suffixes) {
    if (agency.endsWith(suffix)) return self;
  }
  return '我单位';
}

export interface DefaultNarrative {
  preamble: string;
  overview: string[];
  problems: string[];
  other: string[];
}

export function defaultNarrative(data: ReportData): DefaultNarrative {
  const { values, year, generation } = data;
  const agency = data.agency ?? '本机关';
  const self = selfReference(data.agency);
  const seed = hashText(`${data.agency ?? ''}|${year ?? ''}`);
  const yearText = year === null ? '本年度' : `${year}年`;
  const period =
    year === null
      ? '本报告中所列数据的统计期限自本年度1月1日起至本年度12月31日止。'
      : `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;

  const preamble = [
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级政府信息公开工作主管部门的有关要求，由${agency}编制。`,
    '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
    period,
    `如对本报告有疑问，请与${agency}办公室联系。`,
  ].join('');

  const overview: string[] = [
    `${yearText}，${self}认真贯彻落实《条例》和${pick(['上级政务公开工作要点', '本地区政务公开工作安排', '上级关于政务公开工作的部署要求'], seed, 1)}，坚持以公开为常态、不公开为例外，持续提升政府信息公开工作质量。`,
  ];

  // （一）主动公开: quote table 二 figures that are present.
  const proactive: string[] = [];
  if (generation === 'G2') {
    const issued = num(values, 'proactive.normativeDocs.issued');
    const repealed = num(values, 'proactive.normativeDocs.repealed');
    const inForce = num(values, 'proactive.normativeDocs.inForce');
    if (issued !== null) proactive.push(`全年制发行政规范性文件${issued}件`);
    if (repealed !== null) proactive.push(`废止${repealed}件`);
    if (inForce !== null) proactive.push(`现行有效${inForce}件`);
  } else {
    const made = num(values, 'proactive.normativeDocs.newlyMade');
    const published = num(values, 'proactive.normativeDocs.newlyPublished');
    if (made !== null) proactive.push(`全年新制作规范性文件${made}件`);
    if (published !== null) proactive.push(`新公开规范性文件${published}件`);
  }
  const licensing = num(values, 'proactive.licensing.decisions');
  const penalty = num(values, 'proactive.penalty.decisions');
  if (licensing !== null) proactive.push(`公开行政许可处理决定${licensing}件`);
  if (penalty !== null) proactive.push(`行政处罚处理决定${penalty}件`);
  overview.push(
    `（一）主动公开。${pick(['围绕重点领域信息公开要求，及时发布政策文件、工作动态和办事指南', '按照“五公开”要求，做好决策、执行、管理、服务、结果公开', '坚持需求导向，重点公开与群众切身利益密切相关的政策和办事信息'], seed, 2)}${proactive.length > 0 ? `。${proactive.join('，')}` : ''}。`,
  );

  // （二）依申请公开: the figures of table 三 that R10 compares.
  const applications: string[] = [];
  const received = num(values, 'applications.received.total');
  const carriedIn = num(values, 'applications.carriedIn.total');
  const concluded = num(values, 'applications.resultTotal.total');
  const granted = num(values, 'applications.granted.total');
  const partly = num(values, 'applications.partlyGranted.total');
  const carriedForward = num(values, 'applications.carriedForward.total');
  if (received !== null)
    applications.push(`全年共收到政府信息公开申请${received}件`);
  if (carriedIn !== null) applications.push(`上年结转${carriedIn}件`);
  if (concluded !== null) {
    const detail: string[] = [];
    if (granted !== null) detail.push(`予以公开${granted}件`);
    if (partly !== null) detail.push(`部分公开${partly}件`);
    applications.push(
      `办结${concluded}件${detail.length > 0 ? `，其中${detail.join('、')}` : ''}`,
    );
  }
  if (carriedForward !== null) {
    applications.push(`结转下年度继续办理${carriedForward}件`);
  }
  overview.push(
    `（二）依申请公开。${pick(['严格按照法定程序和时限办理政府信息公开申请', '进一步规范依申请公开受理、办理、答复流程', '健全依申请公开工作机制，做到依法答复、规范答复'], seed, 3)}${applications.length > 0 ? `。${applications.join('，')}` : ''}。`,
  );

  overview.push(
    `（三）政府信息管理。${pick(['严格落实信息发布前保密审查制度，坚持“先审查、后公开”和“一事一审”原则', '加强公开信息的源头管理，对拟公开信息实行分级审核', '动态调整主动公开基本目录，及时更新政府信息公开指南'], seed, 4)}，确保公开信息准确、规范。`,
    `（四）政府信息公开平台建设。${pick(['充分发挥政府门户网站信息公开专栏第一平台作用', '持续优化政府信息公开专栏栏目设置', '依托政府网站和政务新媒体拓宽公开渠道'], seed, 5)}，${pick(['及时更新栏目内容，方便公众查阅', '提升信息检索和获取的便利性', '做好线上线下公开渠道衔接'], seed, 6)}。`,
  );

  const review = num(values, 'review.total');
  const direct = num(values, 'litigationDirect.total');
  const afterReview = num(values, 'litigationAfterReview.total');
  const supervision: string[] = [];
  if (review !== null) {
    supervision.push(`全年因政府信息公开工作被申请行政复议${review}件`);
  }
  if (direct !== null && afterReview !== null) {
    supervision.push(`被提起行政诉讼${direct + afterReview}件`);
  }
  overview.push(
    `（五）监督保障。${pick(['将政府信息公开工作纳入年度工作要点，明确分管领导和专职人员', '调整充实政务公开工作领导小组，落实工作责任', '组织开展政务公开业务培训，提升工作人员业务能力'], seed, 7)}${supervision.length > 0 ? `。${supervision.join('，')}` : ''}。`,
  );

  const problems = [
    pick(
      [
        `${self}政府信息公开工作仍存在政策解读形式较为单一、部分栏目更新不够及时等问题。下一步，${self}将丰富图解、视频等解读方式，建立栏目内容定期检查机制，确保信息发布及时准确。`,
        `一是主动公开的深度和广度有待拓展，二是依申请公开答复的规范化水平仍需提升。下一步，${self}将加强重点领域信息公开，规范答复文书格式，并定期组织业务培训。`,
        `对照上级要求，${self}在政务公开标准化规范化建设、公众参与等方面还存在不足。下一步，${self}将进一步完善公开事项目录，拓宽公众参与渠道，推动政府信息公开工作提质增效。`,
        `工作人员业务水平与新形势新要求相比仍有差距，信息公开的及时性还需加强。下一步，${self}将健全信息发布审核机制，强化督促检查，切实提高政府信息公开工作水平。`,
      ],
      seed,
      8,
    ),
  ];

  // Under G2, fee notices (三（六）2) go with a 信息处理费 statement in 六 (rule R11).
  const overdueFee = num(values, 'applications.otherOverdueFee.total');
  const other =
    generation === 'G2' && overdueFee !== null && overdueFee > 0
      ? [
          `依据《政府信息公开信息处理费管理办法》，${yearText}共发出信息处理费收费通知${overdueFee}件，申请人均未在规定期限内缴纳，未实际收取信息处理费。`,
        ]
      : ['无。'];

  return { preamble, overview, problems, other };
}
