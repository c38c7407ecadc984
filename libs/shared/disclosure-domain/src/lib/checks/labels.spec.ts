import fc from 'fast-check';

import { METRICS } from '../metrics/metric-registry';
import { byLayoutOrder } from './labels';

/** The original implementation: the fast paths must sort exactly like it. */
function reference(ids: Iterable<string>): string[] {
  const order = new Map(METRICS.map((m, i) => [m.id, i]));
  return [...new Set(ids)].sort(
    (a, b) =>
      (order.get(a) ?? order.size) - (order.get(b) ?? order.size) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}

describe('byLayoutOrder', () => {
  const known = fc.constantFrom(...METRICS.map((m) => m.id));
  const unknown = fc.constantFrom(
    'proactive.extra.a',
    'proactive.extra.b',
    'applications.bogus.total',
    'zzz',
    '',
  );

  it('sorts registry ids like the reference, duplicates once', () => {
    fc.assert(
      fc.property(fc.array(known, { maxLength: 60 }), (ids) => {
        expect(byLayoutOrder(ids)).toEqual(reference(ids));
      }),
    );
  });

  it('puts unknown ids last, in string order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(known, unknown), { maxLength: 30 }),
        (ids) => {
          expect(byLayoutOrder(ids)).toEqual(reference(ids));
        },
      ),
    );
  });

  it('accepts a one-shot iterator', () => {
    const ids = ['review.total', 'applications.received.total', 'x'];
    expect(byLayoutOrder(new Map(ids.map((id) => [id, 1])).keys())).toEqual(
      reference(ids),
    );
  });
});
