/** What a compliance board counts of the departments expected to report in a year. */
export interface CoverageCounts {
  submitted: number;
  submittedWithErrors: number;
  returned: number;
  pending: number;
  missing: number;
}

export interface LeftOut {
  count: number;
  zh: string;
  en: string;
}

/**
 * The expected departments a city aggregate leaves out, by reason (only reasons with
 * a count): no report, not yet due, every version returned, and, when only accepted
 * reports are summed, those not yet accepted. One table for the page and the files.
 */
export function leftOutOfAggregate(
  counts: CoverageCounts,
  acceptedOnly: boolean,
): LeftOut[] {
  const reasons: LeftOut[] = [
    { count: counts.missing, zh: '未报送', en: 'missing' },
    { count: counts.pending, zh: '未到期未报送', en: 'not yet due' },
    {
      count: counts.returned,
      zh: '全部版本被退回',
      en: 'with every version returned',
    },
  ];
  if (acceptedOnly) {
    reasons.push({
      count: counts.submitted + counts.submittedWithErrors,
      zh: '已报送未接收',
      en: 'submitted but not accepted',
    });
  }
  return reasons.filter((r) => r.count > 0);
}

/** The government a city-level report is made in the name of: 某市人民政府. */
export function governmentOf(city: string | null | undefined): string | null {
  return city ? `${city}人民政府` : null;
}
