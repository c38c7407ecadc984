import type { BoardRowInput } from './board';
import { boardMatrix, filterBoard, statusCounts, statusMeta } from './board';

const row = (
  id: number,
  name: string,
  year: number,
  status: BoardRowInput['status'],
  daysLate: number | null = null,
): BoardRowInput => ({
  year,
  status,
  onTime: daysLate === null ? true : daysLate <= 0,
  daysLate,
  deadline: `${year + 1}-01-31`,
  errorCount: status === 'submittedWithErrors' ? 2 : 0,
  warningCount: 0,
  versions: status === 'missing' ? 0 : 1,
  submissionId: status === 'missing' ? null : id * 10000 + year,
  latestReceivedAt: null,
  department: { id, name, kind: id > 2 ? 'district' : 'cityDepartment' },
});

const rows = [
  row(1, '民政局', 2024, 'accepted'),
  row(1, '民政局', 2025, 'submittedWithErrors', 3),
  row(2, '财政局', 2025, 'missing'),
  row(3, '东区政府', 2024, 'returned'),
  row(3, '东区政府', 2025, 'submitted'),
];

describe('boardMatrix', () => {
  const m = boardMatrix([2024, 2025], rows);

  it('puts departments × years, city departments first, then by name', () => {
    expect(m.map((r) => r.department)).toEqual([
      '财政局',
      '民政局',
      '东区政府',
    ]);
    expect(m[0]?.cells[0]).toBeNull();
    expect(m[1]?.cells.map((c) => c?.status)).toEqual([
      'accepted',
      'submittedWithErrors',
    ]);
  });

  it('counts statuses and late reports of a year', () => {
    const c = statusCounts(m, 1);
    expect(c).toMatchObject({
      submittedWithErrors: 1,
      missing: 1,
      submitted: 1,
      accepted: 0,
      late: 1,
    });
  });

  it('filters by kind, status, lateness and name', () => {
    const f = (o: Partial<Parameters<typeof filterBoard>[1]>) =>
      filterBoard(m, {
        kinds: [],
        statuses: [],
        lateOnly: false,
        search: '',
        ...o,
      }).map((r) => r.department);
    expect(f({ kinds: ['district'] })).toEqual(['东区政府']);
    expect(f({ statuses: ['returned'] })).toEqual(['东区政府']);
    expect(f({ lateOnly: true })).toEqual(['民政局']);
    expect(f({ search: '财政' })).toEqual(['财政局']);
  });

  it('gives every status a symbol, so colour is never the only sign', () => {
    const symbols = new Set(
      (
        [
          'accepted',
          'submitted',
          'submittedWithErrors',
          'pending',
          'returned',
          'missing',
          'notExpected',
        ] as const
      ).map((s) => statusMeta(s, 'zh-CN').symbol),
    );
    expect(symbols.size).toBe(7);
  });
});
