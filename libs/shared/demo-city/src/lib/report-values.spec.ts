import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  metricsOfGeneration,
} from '@gongkai/disclosure-domain';
import type { ReportData } from '@gongkai/disclosure-domain';
import { DEPARTMENT_PROFILES } from './departments';
import type { ValueStyle } from './report-values';
import { generateSeries, toReportData } from './report-values';

const SEED = 99;
const FRAME = ['received', 'carriedIn', 'resultTotal', 'carriedForward'];

/** R1–R4 of the format with a blank read as 0; returns the broken ones. */
function brokenRules(data: ReportData): string[] {
  const n = (id: string) => {
    const v = data.values[id];
    if (v === '/' || v === undefined) throw new Error(`${id} is ${String(v)}`);
    return v ?? 0;
  };
  const rows = APPLICATION_ROWS.filter((r) =>
    r.generations.includes(data.generation),
  );
  const results = rows.map((r) => r.key).filter((k) => !FRAME.includes(k));
  const broken: string[] = [];
  for (const col of APPLICATION_COLUMNS) {
    const a = (row: string) => n(`applications.${row}.${col.key}`);
    if (
      a('received') + a('carriedIn') !==
      a('resultTotal') + a('carriedForward')
    ) {
      broken.push(`R1 ${col.key}`);
    }
    if (results.reduce((s, r) => s + a(r), 0) !== a('resultTotal')) {
      broken.push(`R2 ${col.key}`);
    }
  }
  for (const row of rows) {
    const parts = APPLICATION_COLUMNS.filter((c) => c.key !== 'total').reduce(
      (s, c) => s + n(`applications.${row.key}.${c.key}`),
      0,
    );
    if (parts !== n(`applications.${row.key}.total`))
      broken.push(`R3 ${row.key}`);
  }
  for (const g of REVIEW_GROUPS) {
    const parts = REVIEW_COLUMNS.filter((c) => c.key !== 'total').reduce(
      (s, c) => s + n(`${g.key}.${c.key}`),
      0,
    );
    if (parts !== n(`${g.key}.total`)) broken.push(`R4 ${g.key}`);
  }
  return broken;
}

const STYLES: ValueStyle[] = [
  { rules: 'slash', blanks: 'none' },
  { rules: 'zero', blanks: 'zeros' },
  { rules: 'slash', blanks: 'minorColumns' },
];

describe('generateSeries', () => {
  const series = DEPARTMENT_PROFILES.map((profile) => ({
    profile,
    records: generateSeries(profile, { seed: SEED, lastYear: 2025 }),
  }));

  it('covers the active years of every body from 2019', () => {
    for (const { profile, records } of series) {
      const first = Math.max(2019, profile.activeFrom ?? 2019);
      const last = Math.min(2025, profile.activeTo ?? 2025);
      expect(records.map((r) => r.year)).toEqual(
        Array.from({ length: last - first + 1 }, (_, i) => first + i),
      );
    }
  });

  it('carries each year’s backlog into the next (R6)', () => {
    for (const { records } of series) {
      for (let i = 1; i < records.length; i++) {
        expect(records[i]?.carriedIn).toEqual(records[i - 1]?.carriedForward);
      }
    }
  });

  it('carries item lists and documents in force on (R7, R8) and never goes negative', () => {
    for (const { records } of series) {
      records.slice(1).forEach((next, i) => {
        const r = records[i];
        if (!r) throw new Error('no previous record');
        for (const key of Object.keys(r.items) as (keyof typeof r.items)[]) {
          expect(next.items[key].previous).toBe(
            r.items[key].previous + r.items[key].change,
          );
        }
        expect(next.normativeDocs.inForce).toBe(
          r.normativeDocs.inForce +
            next.normativeDocs.issued -
            next.normativeDocs.repealed,
        );
        expect(next.normativeDocs.published).toBe(
          r.normativeDocs.published + next.normativeDocs.issued,
        );
      });
      for (const r of records) {
        for (const list of Object.values(r.items)) {
          expect(list.previous + list.change).toBeGreaterThanOrEqual(0);
        }
        expect(r.normativeDocs.inForce).toBeGreaterThanOrEqual(0);
        expect(r.normativeDocs.published).toBeGreaterThanOrEqual(
          r.normativeDocs.issued,
        );
        expect([...r.received, ...r.carriedForward].every((n) => n >= 0)).toBe(
          true,
        );
      }
    }
  });

  it('gives the same figures whatever the last year asked for', () => {
    for (const { profile, records } of series) {
      const shorter = generateSeries(profile, { seed: SEED, lastYear: 2022 });
      expect(records.slice(0, shorter.length)).toEqual(shorter);
    }
  });
});

describe('toReportData', () => {
  const cases = DEPARTMENT_PROFILES.flatMap((profile) =>
    generateSeries(profile, { seed: SEED, lastYear: 2025 }).map((record) => ({
      profile,
      record,
    })),
  );

  it.each(['G1', 'G2'] as const)(
    'fills every %s cell with tables that add up (R1–R4)',
    (generation) => {
      const ids = metricsOfGeneration(generation);
      cases.forEach(({ profile, record }, i) => {
        const style = STYLES[i % STYLES.length] ?? {
          rules: 'slash',
          blanks: 'none',
        };
        const data = toReportData(profile, record, generation, style, SEED);
        expect(Object.keys(data.values)).toEqual(ids);
        expect(brokenRules(data)).toEqual([]);
        expect(data.agency).toBe(profile.name);
      });
    },
  );

  it('blanks only zeros, writes “/” only in the G2 规章 row', () => {
    // Collected, not asserted cell by cell: a quarter of a million expects is slow.
    const wrong: string[] = [];
    for (const { profile, record } of cases) {
      for (const generation of ['G1', 'G2'] as const) {
        const plain = toReportData(
          profile,
          record,
          generation,
          { rules: 'zero', blanks: 'none' },
          SEED,
        );
        const blanked = toReportData(
          profile,
          record,
          generation,
          { rules: 'slash', blanks: 'zeros' },
          SEED,
        );
        const where = `${profile.code} ${record.year} ${generation}`;
        for (const [id, v] of Object.entries(blanked.values)) {
          const ok =
            v === null
              ? plain.values[id] === 0
              : v === '/'
                ? generation === 'G2' && id.startsWith('proactive.rules.')
                : v === plain.values[id];
          if (!ok) wrong.push(`${where} ${id}=${String(v)}`);
        }
        // Table 四's unlabelled data row always keeps a number to read.
        for (const g of REVIEW_GROUPS) {
          if (typeof blanked.values[`${g.key}.total`] !== 'number') {
            wrong.push(`${where} ${g.key}.total blank`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets only the government office report 规章', () => {
    const issued = cases.map(({ profile, record }) => {
      const data = toReportData(
        profile,
        record,
        'G2',
        STYLES[0] as ValueStyle,
        SEED,
      );
      return [profile.code, data.values['proactive.rules.issued']] as const;
    });
    const office = issued.filter(([code]) => code === 'government-office');
    expect(office.length).toBeGreaterThan(0);
    expect(office.every(([, v]) => typeof v === 'number')).toBe(true);
    expect(
      issued.filter(([code, v]) => code !== 'government-office' && v !== '/'),
    ).toEqual([]);
  });

  it('writes G1 （六）其他处理 as the sum of the three G2 rows', () => {
    for (const { profile, record } of cases.slice(0, 40)) {
      const g1 = toReportData(
        profile,
        record,
        'G1',
        STYLES[0] as ValueStyle,
        SEED,
      );
      const g2 = toReportData(
        profile,
        record,
        'G2',
        STYLES[0] as ValueStyle,
        SEED,
      );
      const other = [
        'otherOverdueCorrection',
        'otherOverdueFee',
        'otherMisc',
      ].reduce(
        (s, row) => s + Number(g2.values[`applications.${row}.total`]),
        0,
      );
      expect(g1.values['applications.otherHandling.total']).toBe(other);
      expect(g1.values['applications.resultTotal.total']).toBe(
        g2.values['applications.resultTotal.total'],
      );
    }
  });
});
