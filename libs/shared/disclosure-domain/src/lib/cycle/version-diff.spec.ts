import type { CellValue } from '../model/report';
import { diffValues } from './version-diff';

const n = (value: number): CellValue => ({
  status: 'number',
  value,
  raw: String(value),
  location: null,
});
const blank: CellValue = {
  status: 'blank',
  value: null,
  raw: '',
  location: null,
};

describe('diffValues', () => {
  it('lists changed, added and removed cells in table order', () => {
    const changes = diffValues(
      {
        'review.total': n(3),
        'applications.received.total': n(10),
        'proactive.rules.newlyMade': n(1),
      },
      {
        'review.total': n(3),
        'applications.received.total': n(12),
        'proactive.licensing.decisions': n(40),
      },
    );
    expect(
      changes.map((c) => [
        c.metric,
        c.before?.value ?? null,
        c.after?.value ?? null,
      ]),
    ).toEqual([
      ['proactive.rules.newlyMade', 1, null],
      ['proactive.licensing.decisions', null, 40],
      ['applications.received.total', 10, 12],
    ]);
  });

  it('tells blank from zero', () => {
    expect(
      diffValues({ 'review.total': blank }, { 'review.total': n(0) }),
    ).toHaveLength(1);
    expect(
      diffValues(
        { 'review.total': n(0) },
        { 'review.total': { ...n(0), raw: '０' } },
      ),
    ).toEqual([]);
  });
});
