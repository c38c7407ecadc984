import type {
  RenderOptions,
  ReportData,
  ReportLayout,
} from '@gongkai/disclosure-domain';
import { renderReport, renderReportDocx } from '@gongkai/disclosure-domain';
import type { DepartmentProfile } from './departments';
import type { DemoMediaType } from './model';
import type { Random } from './random';
import { intBetween, pickOne, pickWeighted, streamFor } from './random';

/**
 * How each body publishes: the layout its website or word processor produces, the
 * way it words the title, who hands the report in. Chosen once per body from the
 * seed, so a department looks the same from year to year, as in reality.
 */
export interface Presentation {
  layout: ReportLayout;
  /** A new website or template from this year on (null: never). */
  switchYear: number | null;
  switchLayout: ReportLayout;
  titlePattern: 0 | 1 | 2;
  /** Text pasted from a web page often loses the 发布日期 line. */
  textKeepsDate: boolean;
  contacts: string[];
  /** The year the second contact takes over. */
  handoverYear: number;
}

const LAYOUT_WEIGHTS: Record<
  DepartmentProfile['kind'],
  readonly (readonly [ReportLayout, number])[]
> = {
  cityDepartment: [
    ['html', 40],
    ['docx', 25],
    ['text', 15],
    ['tabbed', 10],
    ['pipes', 10],
  ],
  other: [
    ['html', 40],
    ['docx', 40],
    ['text', 20],
  ],
  district: [
    ['html', 60],
    ['docx', 40],
  ],
  township: [
    ['docx', 30],
    ['text', 25],
    ['pipes', 20],
    ['html', 15],
    ['tabbed', 10],
  ],
};

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '郭',
  '林',
];
const GIVEN_NAMES = [
  '芳',
  '伟',
  '静',
  '磊',
  '敏',
  '洋',
  '丽',
  '强',
  '婷',
  '杰',
  '娟',
  '涛',
  '霞',
  '明',
  '艳',
  '超',
  '慧',
  '鹏',
];

function personName(random: Random): string {
  return pickOne(random, SURNAMES) + pickOne(random, GIVEN_NAMES);
}

/** The office inside a body that handles its disclosure work. */
function officeOf(profile: DepartmentProfile): string {
  switch (profile.kind) {
    case 'township':
      return `${profile.name}党政办`;
    case 'district':
      return `${profile.name}办公室`;
    case 'cityDepartment':
      return profile.code === 'government-office'
        ? `${profile.name}政务公开科`
        : `${profile.name}办公室`;
    case 'other':
      return `${profile.name}综合科`;
  }
}

export function presentationOf(
  profile: DepartmentProfile,
  seed: number,
  years: readonly [number, number],
): Presentation {
  const random = streamFor(seed, 'presentation', profile.code);
  const weights = LAYOUT_WEIGHTS[profile.kind];
  const layout = pickWeighted(random, weights);
  const switches = random() < 0.3 && years[1] > years[0];
  const office = officeOf(profile);
  return {
    layout,
    switchYear: switches ? intBetween(random, years[0] + 1, years[1]) : null,
    switchLayout: pickWeighted(
      random,
      weights.filter(([l]) => l !== layout),
    ),
    titlePattern: pickWeighted(random, [
      [0, 6],
      [1, 3],
      [2, 2],
    ] as const),
    textKeepsDate: random() < 0.6,
    contacts: [
      `${office} ${personName(random)}`,
      `${office} ${personName(random)}`,
    ],
    handoverYear: intBetween(random, years[0], years[1] + 3),
  };
}

export function layoutFor(p: Presentation, year: number): ReportLayout {
  return p.switchYear !== null && year >= p.switchYear
    ? p.switchLayout
    : p.layout;
}

export function submitterFor(p: Presentation, year: number): string {
  return (year >= p.handoverYear ? p.contacts[1] : p.contacts[0]) ?? '';
}

function titleFor(p: Presentation, name: string, year: number): string {
  switch (p.titlePattern) {
    case 0:
      return `${year}年${name}政府信息公开工作年度报告`;
    case 1:
      return `${name}${year}年政府信息公开工作年度报告`;
    case 2:
      return `${year}年度${name}政府信息公开工作年度报告`;
  }
}

const MEDIA: Record<ReportLayout, { mediaType: DemoMediaType; ext: string }> = {
  text: { mediaType: 'text/plain', ext: 'txt' },
  tabbed: { mediaType: 'text/plain', ext: 'txt' },
  pipes: { mediaType: 'text/plain', ext: 'txt' },
  html: { mediaType: 'text/html', ext: 'html' },
  docx: {
    mediaType:
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
  },
};

export interface RenderedDocument {
  document: string | Uint8Array;
  mediaType: DemoMediaType;
  fileName: string;
  /** The date printed in the document, if the layout keeps it. */
  publishedOn: string | null;
}

export function renderDocument(
  data: ReportData,
  layout: ReportLayout,
  p: Presentation,
  options: {
    publishedOn: string;
    version: number;
    overview?: string;
  },
): RenderedDocument {
  const name = data.agency ?? '';
  const year = data.year ?? 0;
  const title = titleFor(p, name, year);
  const textCopy =
    layout === 'text' || layout === 'tabbed' || layout === 'pipes';
  const publishedOn = textCopy && !p.textKeepsDate ? null : options.publishedOn;
  const render: RenderOptions = { title };
  if (publishedOn !== null) render.publishedOn = publishedOn;
  if (options.overview !== undefined)
    render.narrative = { overview: options.overview };
  const document =
    layout === 'docx'
      ? renderReportDocx(data, render)
      : renderReport(data, layout, render);
  const media = MEDIA[layout];
  const revised = options.version > 1 ? '（修改稿）' : '';
  return {
    document,
    mediaType: media.mediaType,
    fileName: `${title}${revised}.${media.ext}`,
    publishedOn,
  };
}
