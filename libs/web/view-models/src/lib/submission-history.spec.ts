import type { VersionInput } from './submission-history';
import { reportsByYear } from './submission-history';

const v = (
  year: number,
  version: number,
  status: VersionInput['status'],
  counted: boolean,
  reviewComment: string | null = null,
): VersionInput => ({
  year,
  version,
  status,
  counted,
  receivedAt: `${year + 1}-01-0${version}T08:00:00.000Z`,
  errorCount: 0,
  warningCount: 0,
  reviewComment,
});

describe('reportsByYear', () => {
  it('gives each year its latest version, newest year first', () => {
    const rows = reportsByYear([
      v(2023, 1, 'accepted', true),
      v(2024, 1, 'submitted', false),
      v(2024, 2, 'submitted', true),
    ]);
    expect(rows.map((r) => [r.year, r.latest.version, r.versions])).toEqual([
      [2024, 2, 2],
      [2023, 1, 1],
    ]);
    expect(rows.every((r) => r.counted === null)).toBe(true);
  });

  it('keeps a returned latest version with its comment, beside the one that counts', () => {
    const [row] = reportsByYear([
      v(2024, 2, 'returned', false, '表三总计有误，请核对后重报。'),
      v(2024, 1, 'submitted', true),
    ]);
    expect(row?.latest).toMatchObject({
      version: 2,
      status: 'returned',
      reviewComment: '表三总计有误，请核对后重报。',
    });
    expect(row?.counted?.version).toBe(1);
  });

  it('has no line for a year without versions', () => {
    expect(reportsByYear([])).toEqual([]);
  });
});
