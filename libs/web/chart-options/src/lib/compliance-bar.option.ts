import { complianceStatusOrder, complianceStatusStyle } from './theme';
import {
  stackedBarOption,
  type StackedPart,
  type StackedSummary,
} from './stacked-bar.option';
import type {
  AriaDescription,
  ChartOption,
  ComplianceStatus,
  ValueFormatter,
} from './types';

export interface ComplianceYear {
  year: number;
  /** Reports per status; an absent status means none. */
  counts: Readonly<Partial<Record<ComplianceStatus, number>>>;
}

export interface ComplianceBarInput {
  years: readonly ComplianceYear[];
  statusLabels: Readonly<Record<ComplianceStatus, string>>;
  /** Which statuses to stack, bottom first; defaults to all in the theme order. */
  statuses?: readonly ComplianceStatus[];
  percent?: boolean;
  formatter: ValueFormatter;
  percentFormatter?: ValueFormatter;
  description: AriaDescription<StackedSummary>;
}

/** Stacked counts of reports per compliance status per year, in the theme's status colours and decals. */
export function complianceBarOption(input: ComplianceBarInput): ChartOption {
  const statuses = input.statuses ?? complianceStatusOrder;
  const parts: StackedPart[] = statuses.map((status) => ({
    id: status,
    name: input.statusLabels[status],
    // Counting documents: a status nobody is in really is zero.
    values: input.years.map((y) => y.counts[status] ?? 0),
    color: complianceStatusStyle[status].color,
    decal: complianceStatusStyle[status].decal,
  }));
  return stackedBarOption({
    categories: input.years.map((y) => String(y.year)),
    parts,
    formatter: input.formatter,
    emptyLabel: '',
    description: input.description,
    ...(input.percent !== undefined ? { percent: input.percent } : {}),
    ...(input.percentFormatter
      ? { percentFormatter: input.percentFormatter }
      : {}),
  });
}
