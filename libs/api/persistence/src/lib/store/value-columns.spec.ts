import { METRICS } from '@gongkai/disclosure-domain';
import type { CellValue } from '@gongkai/disclosure-domain';

import {
  VALUE_COLUMNS,
  metricIndex,
  packValues,
  statusOfChar,
  valueColumn,
} from './value-columns';

const cell = (
  status: CellValue['status'],
  value: number | null = null,
): CellValue => ({ status, value, raw: '', location: null });

describe('value columns', () => {
  it('gives every metric a distinct column name PostgreSQL accepts', () => {
    expect(new Set(VALUE_COLUMNS).size).toBe(METRICS.length);
    for (const c of VALUE_COLUMNS) {
      expect(c).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
    }
    expect(valueColumn('applications.partlyGranted.socialWelfare')).toBe(
      'applications_partly_granted_social_welfare',
    );
  });

  it('pins the column order, which stored status strings depend on', () => {
    // Stored rows encode statuses by position: new metrics may only be appended.
    expect(VALUE_COLUMNS.slice(0, 3)).toEqual([
      'proactive_rules_newly_made',
      'proactive_rules_newly_published',
      'proactive_rules_total_published',
    ]);
    expect(VALUE_COLUMNS).toHaveLength(226);
    expect(VALUE_COLUMNS[225]).toBe('litigation_after_review_total');
  });

  it('keeps blank, not applicable, unreadable and absent apart from numbers', () => {
    const packed = packValues({
      'applications.received.total': cell('number', 12),
      'applications.granted.total': cell('blank'),
      'review.total': cell('notApplicable'),
      'proactive.fees.amountWan': cell('unreadable'),
    });
    const at = (id: string) => metricIndex(id) as number;
    expect(packed.numbers[at('applications.received.total')]).toBe(12);
    expect(packed.numbers[at('applications.granted.total')]).toBeNull();
    expect(
      statusOfChar(packed.statuses[at('applications.received.total')]),
    ).toBe('number');
    expect(
      statusOfChar(packed.statuses[at('applications.granted.total')]),
    ).toBe('blank');
    expect(statusOfChar(packed.statuses[at('review.total')])).toBe(
      'notApplicable',
    );
    expect(statusOfChar(packed.statuses[at('proactive.fees.amountWan')])).toBe(
      'unreadable',
    );
    expect(statusOfChar(packed.statuses[at('review.upheld')])).toBeNull();
    expect(packed.statuses).toHaveLength(METRICS.length);
  });
});
