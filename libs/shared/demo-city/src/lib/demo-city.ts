import { daysLate, deadlineFor } from '@gongkai/disclosure-domain';
import type { ReportData } from '@gongkai/disclosure-domain';
import {
  addDays,
  beijingTime,
  dayOf,
  instant,
  workdayOnOrAfter,
  workdayOnOrBefore,
} from './calendar';
import { plantDefect } from './defects';
import type { DepartmentProfile } from './departments';
import { DEPARTMENT_PROFILES, toDemoDepartment } from './departments';
import type { Presentation } from './documents';
import {
  layoutFor,
  presentationOf,
  renderDocument,
  submitterFor,
} from './documents';
import type {
  DemoCity,
  DemoCityOptions,
  DemoDefect,
  DemoDefectKind,
  DemoGap,
  DemoPlan,
  DemoReport,
  DemoReview,
  DemoSubmission,
} from './model';
import { overviewText } from './narrative';
import type { Random } from './random';
import { intBetween, pickOne, pickWeighted, streamFor } from './random';
import type { ValueStyle, YearRecord } from './report-values';
import {
  FIRST_MODELLED_YEAR,
  generateSeries,
  toReportData,
} from './report-values';
import type { Slot } from './scenarios';
import {
  SlotTable,
  assignLateAdopters,
  assignRoles,
  defaultGeneration,
} from './scenarios';

export type {
  DemoCity,
  DemoCityOptions,
  DemoDefect,
  DemoDefectKind,
  DemoDepartment,
  DemoGap,
  DemoMediaType,
  DemoPlan,
  DemoReport,
  DemoReview,
  DemoSubmission,
} from './model';
export { SCENARIO_COUNTS } from './scenarios';

export const DEMO_CITY_NAME = '示例市';
export const DEFAULT_DEMO_SEED = 2019;
export const DEFAULT_DEMO_YEARS: readonly [number, number] = [2019, 2025];
// Only the national formats (2019 on) can be written; the upper bound catches typos.
const LAST_SUPPORTED_YEAR = 2100;

/** The demo's fixed "today": 10 February after the last report year, Beijing time. */
export function demoNow(lastYear: number): string {
  return beijingTime(`${lastYear + 1}-02-10`, 12 * 60);
}

const REVIEWERS = [
  '市政务公开办 李静',
  '市政务公开办 周涛',
  '市政务公开办 刘洋',
];

const ACCEPT_COMMENTS = [
  '审核通过。',
  '经审核，予以接收。',
  '报告要素齐全，予以接收。',
  '同意接收，请按要求在门户网站公开。',
];

const RETURN_COMMENTS: Record<DemoDefectKind, string> = {
  totalRowMismatch:
    '表三“（七）总计”与各项办理结果之和不一致，“本年新收”加“上年结转”也不等于“办理结果总计”加“结转下年度继续办理”，请核对后重新报送。',
  reviewTotalMismatch:
    '表四“行政复议”的总计与各结果之和不一致，请核对后重新报送。',
  proseMismatch:
    '“总体情况”中收到政府信息公开申请的件数与表三“本年新收”不一致，请核对后重新报送。',
  carriedInBreak:
    '表三“上年结转”与上一年度报告的“结转下年度继续办理”不一致，请核对或说明原因。',
  outdatedFormat:
    '表二、表三仍使用2019年试行格式，请按国办公开办函〔2021〕30号规定的格式重新编制后报送。',
};

const OUTDATED_ACCEPTED =
  '予以接收。表二、表三仍使用2019年试行格式，下一年度请按国办公开办函〔2021〕30号规定的格式编制。';

const RESUBMISSION_ACCEPTED = '修改稿已核对，予以接收。';

function validate(options: DemoCityOptions): {
  seed: number;
  years: [number, number];
} {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  }
  const [from, to] = options.years ?? DEFAULT_DEMO_YEARS;
  if (
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < FIRST_MODELLED_YEAR ||
    to < from ||
    to > LAST_SUPPORTED_YEAR
  ) {
    throw new RangeError(
      `years must be whole years with ${FIRST_MODELLED_YEAR} ≤ from ≤ to ≤ ${LAST_SUPPORTED_YEAR}, got [${String(from)}, ${String(to)}]`,
    );
  }
  return { seed, years: [from, to] };
}

/** Copy loop, not a spread: V8 spreads objects of ~200 keys very slowly. */
function cloneData(data: ReportData): ReportData {
  const values: ReportData['values'] = {};
  for (const id of Object.keys(data.values))
    values[id] = data.values[id] ?? null;
  return { ...data, values };
}

function styleOf(profile: DepartmentProfile, seed: number): ValueStyle {
  const random = streamFor(seed, 'style', profile.code);
  return {
    rules: random() < 0.85 ? 'slash' : 'zero',
    blanks: pickWeighted(random, [
      ['none', 65],
      ['minorColumns', 20],
      ['zeros', 15],
    ] as const),
  };
}

/** Records of every body; a merged body's first 上年结转 is what its predecessors left. */
function generateRecords(
  seed: number,
  lastYear: number,
): Map<string, YearRecord[]> {
  const records = new Map<string, YearRecord[]>();
  for (const profile of DEPARTMENT_PROFILES) {
    let carriedIn: number[] | undefined;
    if (profile.predecessors.length > 0 && profile.activeFrom !== null) {
      const handover = profile.activeFrom - 1;
      const inherited = profile.predecessors
        .map((code) => records.get(code)?.find((r) => r.year === handover))
        .filter((r): r is YearRecord => r !== undefined);
      if (inherited.length > 0) {
        carriedIn = [0, 0, 0, 0, 0, 0].map((_, i) =>
          inherited.reduce((s, r) => s + (r.carriedForward[i] ?? 0), 0),
        );
      }
    }
    const options = carriedIn
      ? { seed, lastYear, carriedIn }
      : { seed, lastYear };
    records.set(profile.code, generateSeries(profile, options));
  }
  return records;
}

interface Context {
  seed: number;
  years: [number, number];
  now: string;
  nowDay: string;
  styles: Map<string, ValueStyle>;
  presentations: Map<string, Presentation>;
  records: Map<string, YearRecord[]>;
  clean: Map<string, ReportData>;
}

function recordOf(ctx: Context, slot: Slot): YearRecord {
  const record = ctx.records
    .get(slot.profile.code)
    ?.find((r) => r.year === slot.year);
  if (!record)
    throw new Error(`no record for ${slot.profile.code} ${slot.year}`);
  return record;
}

/** Cached: role assignment looks at every slot several times. */
function cleanData(
  ctx: Context,
  slot: Slot,
  generation: 'G1' | 'G2',
): ReportData {
  const key = `${slot.profile.code}|${slot.year}|${generation}`;
  let data = ctx.clean.get(key);
  if (!data) {
    data = toReportData(
      slot.profile,
      recordOf(ctx, slot),
      generation,
      ctx.styles.get(slot.profile.code) ?? { rules: 'slash', blanks: 'none' },
      ctx.seed,
    );
    ctx.clean.set(key, data);
  }
  return data;
}

const LATE_DAYS: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 7], 6],
  [[8, 21], 3],
  [[22, 45], 1],
];

function workMinute(random: Random): number {
  return intBetween(random, 8 * 60 + 30, 17 * 60 + 50);
}

/** The day a report comes in: mostly in the last weeks before the deadline. */
function receivedDay(
  random: Random,
  deadline: string,
  late: boolean,
  latest: string | null,
): string {
  if (late) {
    const [min, max] = pickWeighted(random, LATE_DAYS);
    const day = workdayOnOrAfter(
      addDays(deadline, intBetween(random, min, max)),
    );
    return latest !== null && day > latest ? latest : day;
  }
  const end = latest !== null && latest < deadline ? latest : deadline;
  return workdayOnOrBefore(addDays(end, -Math.floor(22 * random() ** 2)));
}

function reviewAfter(
  random: Random,
  day: string,
  minDays: number,
  maxDays: number,
): string {
  const at = workdayOnOrAfter(
    addDays(day, intBetween(random, minDays, maxDays)),
  );
  return beijingTime(at, workMinute(random));
}

/** What the office wrote when accepting; lateness and an old format are noted. */
function acceptComment(
  random: Random,
  receivedAt: string,
  deadline: string,
  defect: DemoDefectKind | null,
): string {
  const late = daysLate(receivedAt, deadline);
  const lateNote = late > 0 ? `该报告逾期${late}天报送，请今后按时报送。` : '';
  if (defect === 'outdatedFormat') return OUTDATED_ACCEPTED + lateNote;
  return late > 0 ? `予以接收。${lateNote}` : pickOne(random, ACCEPT_COMMENTS);
}

interface VersionInput {
  data: ReportData;
  defects: DemoDefect[];
  overview: string | undefined;
}

/** Version 1 as the body wrote it: clean values plus the slot's planted defect. */
function firstVersion(ctx: Context, slot: Slot, random: Random): VersionInput {
  const clean = cleanData(ctx, slot, slot.generation);
  // Each cached ReportData belongs to one version; only a planted defect edits it.
  const data = slot.defect === null ? clean : cloneData(clean);
  const defects: DemoDefect[] = [];
  let receivedOffset = 0;
  if (slot.defect !== null) {
    const amount =
      slot.defect === 'totalRowMismatch'
        ? intBetween(random, 1, 3)
        : slot.defect === 'carriedInBreak'
          ? intBetween(random, 1, 2)
          : 1;
    defects.push(plantDefect(slot.defect, data, amount));
    if (slot.defect === 'proseMismatch') receivedOffset = -amount;
  }
  return { data, defects, overview: overviewFor(slot, data, receivedOffset) };
}

/** Custom prose only where the default narrative cannot say it. */
function overviewFor(
  slot: Slot,
  data: ReportData,
  receivedOffset: number,
): string | undefined {
  const { profile } = slot;
  const firstYearAfterMerger =
    profile.predecessors.length > 0 && profile.activeFrom === slot.year;
  if (!firstYearAfterMerger && receivedOffset === 0) return undefined;
  const predecessors = profile.predecessors
    .map((code) => DEPARTMENT_PROFILES.find((p) => p.code === code)?.name)
    .join('、');
  const preface = firstYearAfterMerger
    ? `根据示例市机构改革方案，${predecessors}的职责整合，组建${profile.name}。本年度为新机构组建后的第一个报告年度，上年结转的申请由原部门转入。`
    : undefined;
  return overviewText(data, {
    ...(preface === undefined ? {} : { preface }),
    receivedOffset,
  });
}

function makeReport(
  ctx: Context,
  slot: Slot,
  version: number,
  input: VersionInput,
  receivedAt: string,
  publishedOn: string,
  review: DemoReview | null,
): DemoReport {
  const p = ctx.presentations.get(slot.profile.code);
  if (!p) throw new Error(`no presentation for ${slot.profile.code}`);
  const layout = layoutFor(p, slot.year);
  const rendered = renderDocument(input.data, layout, p, {
    publishedOn,
    version,
    ...(input.overview === undefined ? {} : { overview: input.overview }),
  });
  const submission: DemoSubmission = {
    departmentCode: slot.profile.code,
    year: slot.year,
    version,
    fileName: rendered.fileName,
    mediaType: rendered.mediaType,
    document: rendered.document,
    receivedAt,
    submittedBy: submitterFor(p, slot.year),
    review,
  };
  return {
    submission,
    data: input.data,
    layout,
    publishedOn: rendered.publishedOn,
    defects: input.defects,
  };
}

/** The versions of one department-year, with their timing and reviews. */
function reportsOf(ctx: Context, slot: Slot): DemoReport[] {
  const random = streamFor(ctx.seed, 'timing', slot.profile.code, slot.year);
  const deadline = deadlineFor(slot.year, slot.profile.kind);
  const current = slot.year === ctx.years[1];
  // In the current cycle nothing can arrive after "today"; a returned report must
  // have come in early enough to have been read and sent back.
  const latest = current
    ? addDays(ctx.nowDay, slot.workflow === 'returnedAwaiting' ? -8 : -1)
    : null;
  const mayBeLate =
    slot.workflow !== 'returnedAwaiting' &&
    !(current && slot.profile.kind === 'district');
  const late = mayBeLate && random() < 0.12;
  const day = receivedDay(random, deadline, late, latest);
  const receivedAt = beijingTime(day, workMinute(random));
  const publishedOn = addDays(day, -intBetween(random, 0, 2));
  const reviewer = pickOne(random, REVIEWERS);
  const first = firstVersion(ctx, slot, random);

  switch (slot.workflow) {
    case 'normal':
    case 'acceptedWithDefect': {
      const at = reviewAfter(random, day, 1, 6);
      const comment = acceptComment(random, receivedAt, deadline, slot.defect);
      const review: DemoReview | null =
        instant(at) <= instant(ctx.now)
          ? { action: 'accept', comment, at, by: reviewer }
          : null;
      return [makeReport(ctx, slot, 1, first, receivedAt, publishedOn, review)];
    }
    case 'unreviewed':
      return [makeReport(ctx, slot, 1, first, receivedAt, publishedOn, null)];
    case 'returnedAwaiting':
    case 'returnedThenAccepted': {
      const returnedAt = reviewAfter(random, day, 1, 3);
      const comment = slot.defect === null ? '' : RETURN_COMMENTS[slot.defect];
      const v1 = makeReport(ctx, slot, 1, first, receivedAt, publishedOn, {
        action: 'return',
        comment,
        at: returnedAt,
        by: reviewer,
      });
      if (slot.workflow === 'returnedAwaiting') return [v1];
      const v2Day = workdayOnOrAfter(
        addDays(dayOf(returnedAt), intBetween(random, 2, 10)),
      );
      const v2At = beijingTime(v2Day, workMinute(random));
      const data = cleanData(ctx, slot, defaultGeneration(slot.year));
      const corrected: VersionInput = {
        data,
        defects: [],
        overview: overviewFor(slot, data, 0),
      };
      const v2 = makeReport(ctx, slot, 2, corrected, v2At, v2Day, {
        action: 'accept',
        comment: RESUBMISSION_ACCEPTED,
        at: reviewAfter(random, v2Day, 1, 4),
        by: reviewer,
      });
      return [v1, v2];
    }
    case 'missing':
    case 'pending':
      return [];
  }
}

/**
 * The demo city with everything behind it: for each submission the ReportData that
 * was rendered and the defects planted in it, and the department-years with no
 * submission. Pure and deterministic: the same options give the same bytes.
 */
export function buildDemoPlan(options: DemoCityOptions = {}): DemoPlan {
  const { seed, years } = validate(options);
  const [from, to] = years;
  const now = demoNow(to);
  const records = generateRecords(seed, to);
  const ctx: Context = {
    seed,
    years,
    now,
    nowDay: dayOf(now),
    styles: new Map(DEPARTMENT_PROFILES.map((p) => [p.code, styleOf(p, seed)])),
    presentations: new Map(
      DEPARTMENT_PROFILES.map((p) => [p.code, presentationOf(p, seed, years)]),
    ),
    records,
    clean: new Map(),
  };

  const slots: Slot[] = [];
  for (let year = from; year <= to; year++) {
    for (const profile of DEPARTMENT_PROFILES) {
      if (!records.get(profile.code)?.some((r) => r.year === year)) continue;
      slots.push({
        profile,
        year,
        workflow: 'normal',
        defect: null,
        generation: defaultGeneration(year),
      });
    }
  }
  const table = new SlotTable(slots);
  const pastYears = new Set<number>();
  for (let year = from; year < to; year++) pastYears.add(year);
  assignLateAdopters(table, streamFor(seed, 'late-adopters'), pastYears);
  assignRoles({
    table,
    random: streamFor(seed, 'roles'),
    currentYear: to,
    dataOf: (slot) => cleanData(ctx, slot, slot.generation),
  });

  const reports: DemoReport[] = [];
  const gaps: DemoGap[] = [];
  for (const slot of slots) {
    if (slot.workflow === 'missing' || slot.workflow === 'pending') {
      gaps.push({
        departmentCode: slot.profile.code,
        year: slot.year,
        reason: slot.workflow,
      });
      continue;
    }
    reports.push(...reportsOf(ctx, slot));
  }

  const city: DemoCity = {
    name: '示例市',
    isDemo: true,
    years: Array.from({ length: to - from + 1 }, (_, i) => from + i),
    departments: DEPARTMENT_PROFILES.map(toDemoDepartment),
    submissions: reports.map((r) => r.submission),
  };
  return { city, now, reports, gaps };
}

/** The demo city: departments and their submissions with real documents. */
export function buildDemoCity(options: DemoCityOptions = {}): DemoCity {
  return buildDemoPlan(options).city;
}
