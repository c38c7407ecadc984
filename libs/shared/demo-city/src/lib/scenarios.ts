import type { ReportData } from '@gongkai/disclosure-domain';
import { canPlant } from './defects';
import type { DepartmentProfile } from './departments';
import type { DemoDefectKind } from './model';
import type { Random } from './random';
import { shuffled } from './random';

/**
 * What happens to each expected department-year: the story of the demo cycle. Only
 * a few slots get a special role; the rest are handed in, mostly on time, and
 * accepted. Roles are drawn from the seed, their numbers are fixed, so every seed
 * tells the same kind of story with different actors.
 */
export type Workflow =
  /** Handed in and accepted (or, in the current cycle, maybe not reviewed yet). */
  | 'normal'
  /** Accepted although it carries its defect (reviewed by hand, before Gongkai). */
  | 'acceptedWithDefect'
  /** Version 1 returned for its defect, version 2 corrected and accepted. */
  | 'returnedThenAccepted'
  /** Current cycle: handed in with its defect, not reviewed yet. */
  | 'unreviewed'
  /** Current cycle: returned for its defect, no new version yet. */
  | 'returnedAwaiting'
  /** A past year never handed in. */
  | 'missing'
  /** Current cycle: not handed in yet. */
  | 'pending';

export interface Slot {
  profile: DepartmentProfile;
  year: number;
  workflow: Workflow;
  /** Planted in version 1 (the only version, unless returned). */
  defect: DemoDefectKind | null;
  /** Late adopters write version 1 with the 2019 tables. */
  generation: 'G1' | 'G2';
}

/** Numbers of each role; fixed so that tests and the README can count on them. */
export const SCENARIO_COUNTS = {
  lateAdopters2021: 3,
  lateAdopters2022: 1,
  missing: 4,
  pendingDistricts: 3,
  pendingOthers: 3,
  carriedInBreaks: 2,
} as const;

const G2_FIRST_YEAR = 2021;

export function defaultGeneration(year: number): 'G1' | 'G2' {
  return year < G2_FIRST_YEAR ? 'G1' : 'G2';
}

const key = (code: string, year: number) => `${code}|${year}`;

export class SlotTable {
  readonly slots: Slot[];
  private readonly byKey = new Map<string, Slot>();

  constructor(slots: Slot[]) {
    this.slots = slots;
    for (const slot of slots)
      this.byKey.set(key(slot.profile.code, slot.year), slot);
  }

  get(code: string, year: number): Slot | undefined {
    return this.byKey.get(key(code, year));
  }
}

/**
 * Late adopters (pre-values: the generation decides which rows exist). Small units
 * are the ones that kept the 2019 tables; the first township chosen also writes its
 * 2022 report in them, and is sent back.
 */
export function assignLateAdopters(
  table: SlotTable,
  random: Random,
  pastYears: ReadonlySet<number>,
): void {
  if (!pastYears.has(G2_FIRST_YEAR)) return;
  const pool = table.slots.filter(
    (s) =>
      s.year === G2_FIRST_YEAR &&
      (s.profile.kind === 'township' ||
        (s.profile.kind === 'cityDepartment' && s.profile.size === 'small')),
  );
  const chosen = shuffled(random, pool).slice(
    0,
    SCENARIO_COUNTS.lateAdopters2021,
  );
  for (const slot of chosen) {
    slot.generation = 'G1';
    slot.workflow = 'acceptedWithDefect';
    slot.defect = 'outdatedFormat';
  }
  const again = [
    ...chosen.filter((s) => s.profile.kind === 'township'),
    ...chosen.filter((s) => s.profile.kind !== 'township'),
  ]
    .map((s) => table.get(s.profile.code, G2_FIRST_YEAR + 1))
    .filter((s): s is Slot => s !== undefined && pastYears.has(s.year))
    .slice(0, SCENARIO_COUNTS.lateAdopters2022);
  for (const slot of again) {
    slot.generation = 'G1';
    slot.workflow = 'returnedThenAccepted';
    slot.defect = 'outdatedFormat';
  }
}

export interface RoleContext {
  table: SlotTable;
  random: Random;
  currentYear: number;
  /** The values a slot's version 1 would carry without a defect. */
  dataOf(slot: Slot): ReportData;
}

function free(slot: Slot): boolean {
  return slot.workflow === 'normal' && slot.defect === null;
}

function take(
  ctx: RoleContext,
  candidates: readonly Slot[],
  count: number,
  apply: (slot: Slot) => void,
): Slot[] {
  const chosen = shuffled(ctx.random, candidates).slice(0, count);
  chosen.forEach(apply);
  return chosen;
}

/** Every other role, in an order where the pickiest roles choose first. */
export function assignRoles(ctx: RoleContext): void {
  const { table, currentYear } = ctx;
  const current = table.slots.filter((s) => s.year === currentYear);
  const past = table.slots.filter((s) => s.year < currentYear);
  // Districts report by 31 March: in February most have not, and that is no fault.
  const defectPool = (slots: readonly Slot[], kind: DemoDefectKind) =>
    slots.filter(
      (s) =>
        free(s) &&
        s.profile.kind !== 'district' &&
        canPlant(kind, ctx.dataOf(s)),
    );

  // Current cycle.
  take(
    ctx,
    current.filter((s) => free(s) && s.profile.kind === 'district'),
    SCENARIO_COUNTS.pendingDistricts,
    (s) => (s.workflow = 'pending'),
  );
  take(
    ctx,
    current.filter((s) => free(s) && s.profile.kind !== 'district'),
    SCENARIO_COUNTS.pendingOthers,
    (s) => (s.workflow = 'pending'),
  );
  for (const [kind, workflow] of [
    ['totalRowMismatch', 'unreviewed'],
    ['reviewTotalMismatch', 'unreviewed'],
    ['proseMismatch', 'returnedAwaiting'],
  ] as const) {
    take(ctx, defectPool(current, kind), 1, (s) => {
      s.workflow = workflow;
      s.defect = kind;
    });
  }

  // Past years. A break needs last year's report to compare with, so that report
  // is protected from becoming missing.
  const protectedSlots = new Set<Slot>();
  const breakYears = new Set<number>();
  for (const slot of shuffled(ctx.random, defectPool(past, 'carriedInBreak'))) {
    if (breakYears.size >= SCENARIO_COUNTS.carriedInBreaks) break;
    // Different years make the two breaks easier to find on the board.
    if (breakYears.has(slot.year) || !free(slot) || protectedSlots.has(slot)) {
      continue;
    }
    const before = table.get(slot.profile.code, slot.year - 1);
    if (!before) continue;
    slot.workflow = 'acceptedWithDefect';
    slot.defect = 'carriedInBreak';
    breakYears.add(slot.year);
    protectedSlots.add(before);
  }
  for (const [kind, workflow] of [
    ['totalRowMismatch', 'acceptedWithDefect'],
    ['totalRowMismatch', 'returnedThenAccepted'],
    ['reviewTotalMismatch', 'returnedThenAccepted'],
    ['proseMismatch', 'acceptedWithDefect'],
  ] as const) {
    take(ctx, defectPool(past, kind), 1, (s) => {
      s.workflow = workflow;
      s.defect = kind;
    });
  }
  take(
    ctx,
    past.filter(
      (s) =>
        free(s) &&
        !protectedSlots.has(s) &&
        s.profile.kind !== 'district' &&
        s.profile.size !== 'large',
    ),
    SCENARIO_COUNTS.missing,
    (s) => (s.workflow = 'missing'),
  );
}
