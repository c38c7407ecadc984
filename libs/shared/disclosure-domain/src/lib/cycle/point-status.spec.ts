import type { CellValue } from '../model/report';
import { pointStatus } from './point-status';

const cell = (
  status: CellValue['status'],
  value: number | null = null,
): CellValue => ({
  status,
  value,
  raw: '',
  location: null,
});

describe('pointStatus', () => {
  it('says why a point has no number', () => {
    const report = {
      generation: 'G2' as const,
      values: {
        'proactive.fees.amountWan': cell('number', 1.5),
        'proactive.rules.issued': cell('notApplicable'),
        'review.total': cell('blank'),
        'applications.received.total': cell('unreadable'),
      },
    };
    expect(pointStatus(report, 'proactive.fees.amountWan')).toBe('reported');
    expect(pointStatus(report, 'proactive.rules.issued')).toBe('notApplicable');
    expect(pointStatus(report, 'review.total')).toBe('blank');
    expect(pointStatus(report, 'applications.received.total')).toBe(
      'unreadable',
    );
    expect(pointStatus(report, 'proactive.procurement.amountWan')).toBe(
      'notInGeneration',
    );
    expect(pointStatus(report, 'proactive.licensing.decisions')).toBe('blank');
    expect(pointStatus(null, 'review.total')).toBe('missingReport');
  });
});
