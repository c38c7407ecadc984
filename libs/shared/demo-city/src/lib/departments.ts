import type { DemoDepartment } from './model';

/**
 * The bodies of 示例市 and the scale of their work in 2019. Magnitudes follow what
 * real reports of a prefecture-level city show: 市场监管 and 公安 decide thousands of
 * licences and penalties, 自然资源 and 住建 get the most disclosure applications,
 * a township sees a handful of either.
 */
export interface DepartmentProfile extends DemoDepartment {
  /** Disclosure applications received in 2019 (or the first year). */
  applications: number;
  /** 2019 decisions: 行政许可, 行政处罚, 行政强制. */
  licensing: number;
  penalty: number;
  coercion: number;
  /** 行政事业性收费 per year, 万元. */
  feesWan: number;
  /** 规范性文件 issued in a typical year. */
  normativeDocs: number;
  /** Only the city government (through its office) may make 规章. */
  makesRules: boolean;
}

type Size = DemoDepartment['size'];

interface Entry {
  code: string;
  name: string;
  size: Size;
  aliases?: string[];
  activeFrom?: number;
  activeTo?: number;
  predecessors?: string[];
  applications: number;
  licensing?: number;
  penalty?: number;
  coercion?: number;
  feesWan?: number;
  normativeDocs?: number;
  makesRules?: boolean;
}

const DEFAULT_DOCS: Record<Size, number> = { small: 2, medium: 4, large: 8 };

function department(
  kind: DemoDepartment['kind'],
  e: Entry,
  parentCode: string | null = null,
): DepartmentProfile {
  return {
    code: e.code,
    name: e.name,
    kind,
    aliases: e.aliases ?? [],
    parentCode,
    activeFrom: e.activeFrom ?? null,
    activeTo: e.activeTo ?? null,
    predecessors: e.predecessors ?? [],
    size: e.size,
    applications: e.applications,
    licensing: e.licensing ?? 0,
    penalty: e.penalty ?? 0,
    coercion: e.coercion ?? 0,
    feesWan: e.feesWan ?? 0,
    normativeDocs: e.normativeDocs ?? DEFAULT_DOCS[e.size],
    makesRules: e.makesRules ?? false,
  };
}

/** The year of the 机构改革 that merged culture and tourism. */
const REORGANISATION_YEAR = 2022;

const city = (e: Entry) => department('cityDepartment', e);

// Predecessors come before their successor: values are generated in this order and
// the successor's first 上年结转 takes over what its predecessors carried forward.
const CITY_DEPARTMENTS: DepartmentProfile[] = [
  city({
    code: 'government-office',
    name: '示例市人民政府办公室',
    size: 'large',
    aliases: ['示例市政府办公室', '示例市政府办'],
    applications: 110,
    normativeDocs: 16,
    makesRules: true,
  }),
  city({
    code: 'development-reform',
    name: '示例市发展和改革委员会',
    size: 'medium',
    aliases: ['示例市发展改革委', '示例市发改委'],
    applications: 26,
    licensing: 220,
    penalty: 12,
    normativeDocs: 6,
  }),
  city({
    code: 'education',
    name: '示例市教育局',
    size: 'medium',
    applications: 42,
    licensing: 310,
    penalty: 6,
    normativeDocs: 7,
  }),
  city({
    code: 'science-technology',
    name: '示例市科学技术局',
    size: 'small',
    aliases: ['示例市科技局'],
    applications: 6,
    licensing: 18,
  }),
  city({
    code: 'industry-it',
    name: '示例市工业和信息化局',
    size: 'small',
    aliases: ['示例市工信局'],
    applications: 9,
    licensing: 60,
    penalty: 8,
  }),
  city({
    code: 'public-security',
    name: '示例市公安局',
    size: 'large',
    applications: 170,
    licensing: 6200,
    penalty: 15800,
    coercion: 2100,
    feesWan: 820,
    normativeDocs: 5,
  }),
  city({
    code: 'civil-affairs',
    name: '示例市民政局',
    size: 'medium',
    applications: 32,
    licensing: 210,
    penalty: 5,
    normativeDocs: 6,
  }),
  city({
    code: 'justice',
    name: '示例市司法局',
    size: 'medium',
    applications: 21,
    licensing: 160,
    penalty: 14,
    normativeDocs: 3,
  }),
  city({
    code: 'finance',
    name: '示例市财政局',
    size: 'medium',
    applications: 25,
    licensing: 12,
    penalty: 6,
    normativeDocs: 9,
  }),
  city({
    code: 'human-resources',
    name: '示例市人力资源和社会保障局',
    size: 'large',
    aliases: ['示例市人社局'],
    applications: 88,
    licensing: 1500,
    penalty: 60,
    coercion: 4,
    normativeDocs: 10,
  }),
  city({
    code: 'natural-resources',
    name: '示例市自然资源和规划局',
    size: 'large',
    aliases: ['示例市国土资源局', '示例市自然资源局'],
    applications: 230,
    licensing: 2600,
    penalty: 210,
    coercion: 16,
    feesWan: 3100,
    normativeDocs: 8,
  }),
  city({
    code: 'ecology-environment',
    name: '示例市生态环境局',
    size: 'medium',
    aliases: ['示例市环境保护局'],
    applications: 46,
    licensing: 420,
    penalty: 290,
    coercion: 38,
    normativeDocs: 4,
  }),
  city({
    code: 'housing-construction',
    name: '示例市住房和城乡建设局',
    size: 'large',
    aliases: ['示例市住建局'],
    applications: 160,
    licensing: 3100,
    penalty: 320,
    coercion: 22,
    feesWan: 480,
    normativeDocs: 11,
  }),
  city({
    code: 'transport',
    name: '示例市交通运输局',
    size: 'medium',
    applications: 36,
    licensing: 4100,
    penalty: 2050,
    coercion: 95,
    feesWan: 190,
    normativeDocs: 5,
  }),
  city({
    code: 'water',
    name: '示例市水利局',
    size: 'small',
    aliases: ['示例市水务局'],
    applications: 8,
    licensing: 150,
    penalty: 28,
    coercion: 2,
    feesWan: 35,
  }),
  city({
    code: 'agriculture',
    name: '示例市农业农村局',
    size: 'medium',
    applications: 30,
    licensing: 820,
    penalty: 150,
    coercion: 6,
    normativeDocs: 5,
  }),
  city({
    code: 'commerce',
    name: '示例市商务局',
    size: 'small',
    applications: 10,
    licensing: 120,
    penalty: 18,
  }),
  city({
    code: 'culture-press',
    name: '示例市文化广电新闻出版局',
    size: 'medium',
    aliases: ['示例市文广新局'],
    activeTo: REORGANISATION_YEAR - 1,
    applications: 12,
    licensing: 210,
    penalty: 80,
    coercion: 3,
  }),
  city({
    code: 'tourism',
    name: '示例市旅游发展委员会',
    size: 'small',
    aliases: ['示例市旅发委'],
    activeTo: REORGANISATION_YEAR - 1,
    applications: 5,
    licensing: 30,
    penalty: 10,
  }),
  city({
    code: 'culture-tourism',
    name: '示例市文化广电旅游局',
    size: 'medium',
    aliases: ['示例市文化广电和旅游局', '示例市文广旅局'],
    activeFrom: REORGANISATION_YEAR,
    predecessors: ['culture-press', 'tourism'],
    applications: 20,
    licensing: 260,
    penalty: 100,
    coercion: 3,
    normativeDocs: 4,
  }),
  city({
    code: 'health',
    name: '示例市卫生健康委员会',
    size: 'large',
    aliases: ['示例市卫健委', '示例市卫生和计划生育委员会'],
    applications: 72,
    licensing: 2250,
    penalty: 520,
    coercion: 6,
    feesWan: 55,
    normativeDocs: 7,
  }),
  city({
    code: 'veterans',
    name: '示例市退役军人事务局',
    size: 'small',
    applications: 7,
  }),
  city({
    code: 'emergency',
    name: '示例市应急管理局',
    size: 'medium',
    applications: 16,
    licensing: 150,
    penalty: 125,
    coercion: 11,
    normativeDocs: 3,
  }),
  city({
    code: 'audit',
    name: '示例市审计局',
    size: 'small',
    applications: 4,
  }),
  city({
    code: 'market-regulation',
    name: '示例市市场监督管理局',
    size: 'large',
    aliases: ['示例市市场监管局'],
    applications: 145,
    licensing: 12400,
    penalty: 2500,
    coercion: 210,
    normativeDocs: 9,
  }),
  city({
    code: 'statistics',
    name: '示例市统计局',
    size: 'small',
    applications: 5,
    penalty: 9,
  }),
  city({
    code: 'medical-security',
    name: '示例市医疗保障局',
    size: 'medium',
    aliases: ['示例市医保局'],
    applications: 24,
    licensing: 45,
    penalty: 40,
    normativeDocs: 5,
  }),
  city({
    code: 'urban-management',
    name: '示例市城市管理局',
    size: 'medium',
    aliases: ['示例市城管局'],
    applications: 40,
    licensing: 880,
    penalty: 3050,
    coercion: 150,
    feesWan: 60,
  }),
  city({
    code: 'forestry',
    name: '示例市林业局',
    size: 'small',
    applications: 6,
    licensing: 120,
    penalty: 40,
    coercion: 1,
  }),
  city({
    code: 'sports',
    name: '示例市体育局',
    size: 'small',
    applications: 3,
    licensing: 20,
  }),
  city({
    code: 'ethnic-religious',
    name: '示例市民族宗教事务局',
    size: 'small',
    aliases: ['示例市民宗局'],
    applications: 2,
    licensing: 15,
  }),
  city({
    code: 'petitions',
    name: '示例市信访局',
    size: 'small',
    applications: 10,
  }),
];

const OTHER_BODIES: DepartmentProfile[] = [
  // 第五十四条: an organisation authorised by law to manage public affairs.
  department('other', {
    code: 'housing-fund',
    name: '示例市住房公积金管理中心',
    size: 'medium',
    aliases: ['示例市公积金中心'],
    applications: 22,
    licensing: 0,
    penalty: 4,
  }),
];

const district = (e: Entry) => department('district', e);

const DISTRICTS: DepartmentProfile[] = [
  district({
    code: 'dongcheng',
    name: '示例市东城区人民政府',
    size: 'large',
    aliases: ['示例市东城区政府', '东城区人民政府'],
    applications: 150,
    licensing: 9800,
    penalty: 3600,
    coercion: 240,
    feesWan: 1150,
    normativeDocs: 12,
  }),
  district({
    code: 'xicheng',
    name: '示例市西城区人民政府',
    size: 'large',
    aliases: ['示例市西城区政府', '西城区人民政府'],
    applications: 118,
    licensing: 8200,
    penalty: 2900,
    coercion: 190,
    feesWan: 960,
    normativeDocs: 11,
  }),
  district({
    code: 'beihu',
    name: '示例市北湖区人民政府',
    size: 'medium',
    aliases: ['示例市北湖区政府', '北湖区人民政府'],
    applications: 86,
    licensing: 6100,
    penalty: 1900,
    coercion: 120,
    feesWan: 610,
    normativeDocs: 9,
  }),
  district({
    code: 'nanshan',
    name: '示例市南山县人民政府',
    size: 'medium',
    aliases: ['南山县人民政府', '南山县政府'],
    applications: 58,
    licensing: 4300,
    penalty: 1450,
    coercion: 95,
    feesWan: 420,
    normativeDocs: 8,
  }),
  district({
    code: 'qinghe',
    name: '示例市青河县人民政府',
    size: 'medium',
    aliases: ['青河县人民政府', '青河县政府'],
    applications: 44,
    licensing: 3500,
    penalty: 1100,
    coercion: 70,
    feesWan: 330,
    normativeDocs: 7,
  }),
];

const township = (parent: string, e: Entry) =>
  department('township', e, parent);

const TOWNSHIPS: DepartmentProfile[] = [
  township('dongcheng', {
    code: 'dongcheng-heping',
    name: '示例市东城区和平街道办事处',
    size: 'small',
    aliases: ['和平街道办事处', '东城区和平街道'],
    applications: 6,
    licensing: 40,
    penalty: 18,
    normativeDocs: 1,
  }),
  township('dongcheng', {
    code: 'dongcheng-chaoyang',
    name: '示例市东城区朝阳街道办事处',
    size: 'small',
    aliases: ['朝阳街道办事处', '东城区朝阳街道'],
    applications: 4,
    licensing: 30,
    penalty: 12,
    normativeDocs: 1,
  }),
  township('xicheng', {
    code: 'xicheng-xinhua',
    name: '示例市西城区新华街道办事处',
    size: 'small',
    aliases: ['新华街道办事处', '西城区新华街道'],
    applications: 5,
    licensing: 35,
    penalty: 15,
    normativeDocs: 1,
  }),
  township('nanshan', {
    code: 'nanshan-qingshi',
    name: '示例市南山县青石镇人民政府',
    size: 'small',
    aliases: ['青石镇人民政府', '南山县青石镇'],
    applications: 3,
    licensing: 25,
    penalty: 8,
    coercion: 1,
    normativeDocs: 1,
  }),
  township('nanshan', {
    code: 'nanshan-baiyun',
    name: '示例市南山县白云乡人民政府',
    size: 'small',
    aliases: ['白云乡人民政府', '南山县白云乡'],
    applications: 1,
    licensing: 12,
    penalty: 4,
    normativeDocs: 1,
  }),
  township('qinghe', {
    code: 'qinghe-hekou',
    name: '示例市青河县河口镇人民政府',
    size: 'small',
    aliases: ['河口镇人民政府', '青河县河口镇'],
    applications: 3,
    licensing: 22,
    penalty: 9,
    coercion: 1,
    normativeDocs: 1,
  }),
];

/** Every body, in a stable order: city departments, other bodies, districts, townships. */
export const DEPARTMENT_PROFILES: readonly DepartmentProfile[] = [
  ...CITY_DEPARTMENTS,
  ...OTHER_BODIES,
  ...DISTRICTS,
  ...TOWNSHIPS,
];

export function isActive(
  department: Pick<DemoDepartment, 'activeFrom' | 'activeTo'>,
  year: number,
): boolean {
  return (
    (department.activeFrom === null || department.activeFrom <= year) &&
    (department.activeTo === null || year <= department.activeTo)
  );
}

/** The public record of a profile (no magnitudes). Fresh arrays: callers may mutate. */
export function toDemoDepartment(profile: DepartmentProfile): DemoDepartment {
  return {
    code: profile.code,
    name: profile.name,
    kind: profile.kind,
    aliases: [...profile.aliases],
    parentCode: profile.parentCode,
    activeFrom: profile.activeFrom,
    activeTo: profile.activeTo,
    predecessors: [...profile.predecessors],
    size: profile.size,
  };
}
