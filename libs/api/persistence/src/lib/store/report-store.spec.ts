import {
  checkReport,
  parseReport,
  REPORT_LAYOUTS,
} from '@gongkai/disclosure-domain';
import type { DepartmentKind, ReportData } from '@gongkai/disclosure-domain';
import {
  arbitraryReportData,
  readFixture,
  sampleReportData,
} from '@gongkai/disclosure-domain/testing';
import fc from 'fast-check';

import {
  CONSISTENT,
  countedState,
  recomputeCityTotals,
  roundedTotals,
  storedCityTotals,
  tableCounts,
  valueRowMismatches,
} from '../../testing/store-invariants';
import { DIALECTS, useTestStore } from '../../testing/test-databases';
import {
  incoming,
  incomingDocument,
  renderDocument,
  withValues,
} from '../../testing/test-documents';
import { analyseDocument } from './analyse-document';
import type { DirectoryDepartment } from './department-directory';
import { ReportQueries } from './report-queries';
import { StoreError } from './store-error';
import type { SubmissionOutcome } from './submission-writer';

const HAN = /\p{Script=Han}/u;

/** A StoreError with its code and a message in both languages. */
const storeError = (code: string) =>
  expect.objectContaining({
    name: 'StoreError',
    code,
    message: expect.stringMatching(HAN),
    messageEn: expect.stringMatching(/[A-Za-z]/),
  });

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

function created(o: SubmissionOutcome | undefined) {
  if (!o || o.kind !== 'created') {
    throw new Error(`expected a created submission, got ${JSON.stringify(o)}`);
  }
  return o;
}

/** The G2 sample (示例市住房和城乡建设局 2023) under another agency and year. */
const g2 = (
  agency: string,
  changes: ReportData['values'] = {},
  year = 2023,
): ReportData => withValues(sampleReportData('G2'), changes, { agency, year });

/** An R1/R3 error: one applicant column of 本年新收 no longer adds up. */
const withErrors = (agency: string): ReportData => {
  const data = sampleReportData('G2');
  const natural = data.values['applications.received.natural'] as number;
  return withValues(
    data,
    { 'applications.received.natural': natural + 1 },
    {
      agency,
    },
  );
};

describe.each(DIALECTS)('ReportStore on %s', (dialect) => {
  const store = useTestStore(dialect);
  let seq = 0;

  async function department(
    kind: DepartmentKind = 'cityDepartment',
  ): Promise<DirectoryDepartment> {
    seq++;
    return store().createDepartment({
      code: `test-${seq}`,
      name: `示例市测试${seq}局`,
      kind,
    });
  }

  async function submitOne(
    data: ReportData,
    dept: DirectoryDepartment,
    layout: (typeof REPORT_LAYOUTS)[number] = 'html',
  ) {
    const doc = renderDocument(data, layout);
    const [outcome] = await store().submit([
      incomingDocument(doc, { department: dept.code }),
    ]);
    return { doc, outcome: created(outcome) };
  }

  async function expectConsistent(): Promise<void> {
    const db = store().db;
    expect(await countedState(db)).toEqual(CONSISTENT);
    expect(await valueRowMismatches(db)).toEqual([]);
    expect(roundedTotals(await storedCityTotals(db))).toEqual(
      roundedTotals(await recomputeCityTotals(db)),
    );
  }

  describe('submit', () => {
    it('numbers the versions of a department-year 1, 2, 3', async () => {
      const dept = await department();
      const versions: number[] = [];
      for (const n of [1001, 1002, 1003]) {
        const { outcome } = await submitOne(
          g2(dept.name, { 'proactive.licensing.decisions': n }),
          dept,
        );
        expect(outcome).toMatchObject({
          departmentId: dept.id,
          year: 2023,
          createdDepartment: false,
        });
        versions.push(outcome.version);
      }
      expect(versions).toEqual([1, 2, 3]);
      const history = await store().history(dept.id, 2023);
      expect(history.map((s) => [s.version, s.counted])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
      await expectConsistent();
    });

    it('adds no version for the same bytes again, under any file name', async () => {
      const dept = await department();
      const first = await submitOne(g2(dept.name), dept);
      await submitOne(
        g2(dept.name, { 'proactive.penalty.decisions': 99 }),
        dept,
      );
      const before = await tableCounts(store().db);
      const [again] = await store().submit([
        incoming(first.doc.bytes, {
          department: dept.code,
          fileName: 'renamed.html',
        }),
      ]);
      expect(again).toEqual({
        ...first.outcome,
        kind: 'unchanged',
        createdDepartment: false,
      });
      expect(await tableCounts(store().db)).toEqual(before);
      // The version that counts stays the latest one.
      const counted = await store().report(dept.id, 2023);
      expect(counted.submission.version).toBe(2);
    });

    it('stores the bytes once when another department hands in the same file', async () => {
      const a = await department();
      const b = await department();
      const { doc } = await submitOne(g2(a.name), a);
      const before = await tableCounts(store().db);
      const [other] = await store().submit([
        incomingDocument(doc, { department: b.code }),
      ]);
      expect(created(other).version).toBe(1);
      const after = await tableCounts(store().db);
      expect(after.document).toBe(before.document);
      expect(after.submission).toBe(before.submission + 1);
    });

    it('writes nothing for a document that is not a report', async () => {
      const dept = await department();
      const before = await tableCounts(store().db);
      const [outcome] = await store().submit([
        incoming(readFixture('invalid/news-page.html'), {
          department: dept.code,
          fileName: 'news-page.html',
        }),
      ]);
      expect(outcome).toEqual({
        kind: 'failed',
        error: storeError('NOT_A_REPORT'),
      });
      expect(await tableCounts(store().db)).toEqual(before);
    });

    it('writes nothing for an unknown department, a missing or an impossible year', async () => {
      const dept = await department();
      const before = await tableCounts(store().db);
      const doc = renderDocument(g2(dept.name));
      const noYear = renderDocument(
        withValues(g2(dept.name), {}, { year: null }),
      );
      const outcomes = await store().submit([
        incomingDocument(doc, { department: 'no-such-department' }),
        incomingDocument(noYear, { department: dept.code }),
        incomingDocument(doc, { department: dept.code, year: 2007 }),
      ]);
      expect(outcomes).toEqual([
        { kind: 'failed', error: storeError('DEPARTMENT_UNKNOWN') },
        { kind: 'failed', error: storeError('YEAR_UNKNOWN') },
        { kind: 'failed', error: storeError('YEAR_OUT_OF_RANGE') },
      ]);
      expect(await tableCounts(store().db)).toEqual(before);
    });

    it('refuses bytes that are no document before anything is written', async () => {
      const before = await tableCounts(store().db);
      const garbage = [
        Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
        Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
        Buffer.alloc(0),
      ];
      for (const bytes of garbage) {
        const thrown = thrownBy(() => analyseDocument(bytes));
        expect(thrown).toBeInstanceOf(StoreError);
        expect(thrown).toEqual(storeError('DOCUMENT_UNREADABLE'));
        await expect(
          store().preview(bytes, { fileName: 'x.pdf' }),
        ).rejects.toEqual(storeError('DOCUMENT_UNREADABLE'));
      }
      expect(await tableCounts(store().db)).toEqual(before);
    });

    it('writes the good documents of a batch that has bad ones', async () => {
      const a = await department();
      const b = await department();
      const before = await tableCounts(store().db);
      const outcomes = await store().submit([
        incomingDocument(renderDocument(g2(a.name)), { department: a.code }),
        incoming(readFixture('invalid/news-page.html'), {
          department: a.code,
        }),
        incomingDocument(renderDocument(g2(b.name), 'text'), {
          department: b.code,
        }),
        incomingDocument(renderDocument(g2(b.name), 'docx'), {
          department: 'no-such-department',
        }),
      ]);
      expect(outcomes.map((o) => o.kind)).toEqual([
        'created',
        'failed',
        'created',
        'failed',
      ]);
      const after = await tableCounts(store().db);
      expect(after.submission - before.submission).toBe(2);
      expect(after.report_value - before.report_value).toBe(2);
      expect(after.document - before.document).toBe(2);
      expect(await store().history(a.id, 2023)).toHaveLength(1);
      expect(await store().history(b.id, 2023)).toHaveLength(1);
      await expectConsistent();
    });
    it('creates a department the documents name once, when asked to (bulk import)', async () => {
      const name = '示例市新设机构管理局';
      const before = await tableCounts(store().db);
      const outcomes = await store().submit([
        {
          ...incomingDocument(renderDocument(g2(name, {}, 2022))),
          createDepartment: true,
        },
        {
          ...incomingDocument(renderDocument(g2(name))),
          createDepartment: true,
        },
        {
          ...incoming(readFixture('invalid/news-page.html')),
          createDepartment: true,
        },
      ]);
      expect(
        outcomes.map((o) =>
          o.kind === 'failed'
            ? o.error.code
            : [o.kind, o.departmentName, o.createdDepartment],
        ),
      ).toEqual([
        ['created', name, true],
        ['created', name, false],
        'NOT_A_REPORT',
      ]);
      const after = await tableCounts(store().db);
      expect(after.department - before.department).toBe(1);
      const made = (await store().departments()).find((d) => d.name === name);
      expect(made).toMatchObject({ kind: 'cityDepartment', activeFrom: 2022 });
    });
  });

  describe('counted version and city totals', () => {
    it('keep city totals equal to a recomputation through submits, returns and accepts', async () => {
      const depts = [
        await department(),
        await department(),
        await department(),
      ];
      // Random consistent reports of every year and generation, blanks included.
      const reports = fc.sample(arbitraryReportData({ blankRate: 0.3 }), {
        seed: 20240131,
        numRuns: 12,
      });
      const batch = reports.map((data, i) => {
        const dept = depts[i % depts.length] as DirectoryDepartment;
        const layout = REPORT_LAYOUTS[i % REPORT_LAYOUTS.length] ?? 'html';
        return incomingDocument(renderDocument(data, layout), {
          department: dept.code,
        });
      });
      const outcomes = await store().submit(batch);
      expect(outcomes.map((o) => o.kind)).toEqual(reports.map(() => 'created'));
      await expectConsistent();

      // Cells that cannot be read count as unreadable, never as numbers.
      const unreadable = await store().submit([
        incoming(readFixture('invalid/bureau-2020-digits-merged.txt'), {
          department: depts[0]?.code,
        }),
        incoming(readFixture('invalid/bureau-2021-dropped-cells.txt'), {
          department: depts[1]?.code,
        }),
        incoming(readFixture('valid/statistics-2023-bordered-rows.txt'), {
          department: depts[2]?.code,
        }),
      ]);
      expect(unreadable.map((o) => o.kind)).toEqual([
        'created',
        'created',
        'created',
      ]);
      await expectConsistent();
      const totals = await storedCityTotals(store().db);
      for (const field of [
        'reported',
        'blank',
        'notApplicable',
        'unreadable',
      ] as const) {
        expect([...totals.values()].some((t) => t[field] > 0)).toBe(true);
      }

      // Return every other counted version, accept the rest, then resubmit some.
      const counted = await store().db.all<{ id: number; error_count: number }>(
        `SELECT id, error_count FROM submission WHERE counted = 1 AND department_id IN (?, ?, ?) ORDER BY id`,
        depts.map((d) => d.id),
      );
      for (const [i, s] of counted.entries()) {
        if (i % 2 === 0) {
          await store().returnSubmission(
            Number(s.id),
            '请核对后重新报送。',
            'reviewer',
          );
        } else {
          await store().acceptSubmission(Number(s.id), null, 'reviewer', true);
        }
        await expectConsistent();
      }
      const again = fc.sample(arbitraryReportData({ blankRate: 0.5 }), {
        seed: 7,
        numRuns: 6,
      });
      await store().submit(
        again.map((data, i) =>
          incomingDocument(renderDocument(data), {
            department: depts[i % depts.length]?.code,
          }),
        ),
      );
      await expectConsistent();
    });

    it('count the previous version again when the counted one is returned', async () => {
      const dept = await department();
      const metric = 'proactive.licensing.decisions';
      const v1 = await submitOne(g2(dept.name, { [metric]: 500 }), dept);
      const v2 = await submitOne(g2(dept.name, { [metric]: 700 }), dept);
      const queries = new ReportQueries(store());
      const point = async () => {
        const page = await queries.series({
          metrics: [metric],
          departments: { departmentIds: [dept.id] },
          from: 2023,
          to: 2023,
        });
        return page.lines[0]?.points[0];
      };
      expect(await point()).toMatchObject({
        value: 700,
        submissionId: v2.outcome.submissionId,
      });
      const totalBefore = (await queries.cityTotals([metric], 2023, 2023))[0];

      const returned = await store().returnSubmission(
        v2.outcome.submissionId,
        '数字有误。',
        'reviewer',
      );
      expect(returned).toMatchObject({
        status: 'returned',
        counted: false,
        reviewComment: '数字有误。',
        reviewedBy: 'reviewer',
      });
      expect(await point()).toMatchObject({
        value: 500,
        status: 'reported',
        submissionId: v1.outcome.submissionId,
      });
      const current = await store().report(dept.id, 2023);
      expect(current.submission).toMatchObject({ version: 1, counted: true });
      expect(current.report.values[metric]?.value).toBe(500);
      const totalAfter = (await queries.cityTotals([metric], 2023, 2023))[0];
      expect(totalAfter?.total).toBe((totalBefore?.total ?? 0) - 200);
      expect(totalAfter?.reported).toBe(totalBefore?.reported);
      await expectConsistent();
    });

    it('remove the values when the only version is returned', async () => {
      const dept = await department();
      const { outcome } = await submitOne(
        withValues(sampleReportData('G1'), {}, { agency: dept.name }),
        dept,
      );
      const valueRows = () =>
        store().db.all(
          'SELECT submission_id FROM report_value WHERE department_id = ? AND submission_id IS NOT NULL',
          [dept.id],
        );
      expect(await valueRows()).toHaveLength(1);
      await store().returnSubmission(
        outcome.submissionId,
        '请重新报送。',
        'reviewer',
      );
      expect(await valueRows()).toEqual([]);
      const page = await new ReportQueries(store()).series({
        metrics: ['applications.received.total'],
        departments: { departmentIds: [dept.id] },
        from: 2020,
        to: 2020,
      });
      expect(page.lines[0]?.points[0]).toMatchObject({
        status: 'missingReport',
        value: null,
        submissionId: null,
      });
      // The returned version is still there, and still readable.
      const kept = await store().report(dept.id, 2020);
      expect(kept.submission).toMatchObject({
        status: 'returned',
        counted: false,
      });
      await expectConsistent();
    });
  });

  describe('review rules', () => {
    it('accept a version with errors only when that is acknowledged', async () => {
      const dept = await department();
      const { outcome } = await submitOne(withErrors(dept.name), dept);
      expect(outcome.errorCount).toBeGreaterThan(0);
      await expect(
        store().acceptSubmission(outcome.submissionId, null, 'reviewer'),
      ).rejects.toEqual(storeError('REPORT_HAS_ERRORS'));
      await expect(
        store().acceptSubmission(outcome.submissionId, null, 'reviewer'),
      ).rejects.toMatchObject({
        details: { errorCount: outcome.errorCount },
      });
      expect(await store().submission(outcome.submissionId)).toMatchObject({
        status: 'submitted',
        reviewedBy: null,
      });
      const accepted = await store().acceptSubmission(
        outcome.submissionId,
        '已知悉错误，予以接收。',
        'reviewer',
        true,
      );
      expect(accepted).toMatchObject({
        status: 'accepted',
        counted: true,
        reviewComment: '已知悉错误，予以接收。',
        reviewedBy: 'reviewer',
      });
      expect(accepted.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('review only the counted version, and only once', async () => {
      const dept = await department();
      const v1 = await submitOne(g2(dept.name), dept);
      const v2 = await submitOne(
        g2(dept.name, { 'proactive.penalty.decisions': 58 }),
        dept,
      );
      const id1 = v1.outcome.submissionId;
      const id2 = v2.outcome.submissionId;
      await expect(store().acceptSubmission(id1, null, 'r')).rejects.toEqual(
        storeError('NOT_CURRENT_VERSION'),
      );
      await expect(
        store().returnSubmission(id1, '退回。', 'r'),
      ).rejects.toEqual(storeError('NOT_CURRENT_VERSION'));
      await store().acceptSubmission(id2, null, 'r');
      await expect(store().acceptSubmission(id2, null, 'r')).rejects.toEqual(
        storeError('ALREADY_REVIEWED'),
      );
      await expect(
        store().returnSubmission(id2, '退回。', 'r'),
      ).rejects.toEqual(storeError('ALREADY_REVIEWED'));
      await expect(
        store().acceptSubmission(999_999, null, 'r'),
      ).rejects.toEqual(storeError('SUBMISSION_NOT_FOUND'));
      // A new version after an accepted one is reviewable; the accepted one is not.
      const v3 = await submitOne(
        g2(dept.name, { 'proactive.penalty.decisions': 59 }),
        dept,
      );
      await store().returnSubmission(v3.outcome.submissionId, '退回。', 'r');
      expect(
        (await store().history(dept.id, 2023)).map((s) => [
          s.version,
          s.status,
          s.counted,
        ]),
      ).toEqual([
        [1, 'submitted', false],
        [2, 'accepted', true],
        [3, 'returned', false],
      ]);
      await expectConsistent();
    });

    it('return only with a comment', async () => {
      const dept = await department();
      const { outcome } = await submitOne(g2(dept.name), dept);
      for (const comment of ['', '   ']) {
        await expect(
          store().returnSubmission(outcome.submissionId, comment, 'r'),
        ).rejects.toEqual(storeError('INVALID_ARGUMENT'));
      }
      expect(await store().submission(outcome.submissionId)).toMatchObject({
        status: 'submitted',
        counted: true,
      });
    });
  });

  describe('reads', () => {
    it.each(REPORT_LAYOUTS)(
      'give back what parseReport reads from a %s document, with raw text and location',
      async (layout) => {
        const dept = await department();
        const data = g2(dept.name);
        const { doc, outcome } = await submitOne(data, dept, layout);
        const parsed = parseReport(doc.bytes);
        const stored = await store().report(dept.id, 2023);
        expect(stored.submission.id).toBe(outcome.submissionId);
        expect(stored.report.values).toEqual(parsed.values);
        const cell = stored.report.values['proactive.licensing.decisions'];
        expect(cell?.raw).toBe('1826');
        expect(cell?.location).not.toBeNull();
        const { findings: _f, ...rest } = parsed;
        expect(stored.report).toMatchObject(rest);
        // Reading findings, then the rule checks for a city department.
        expect(stored.report.findings).toEqual([
          ...parsed.findings,
          ...checkReport(parsed, { agencyKind: 'department' }),
        ]);
        expect(stored.submission).toMatchObject({
          format: parsed.format,
          generation: parsed.generation,
          title: parsed.title,
          mediaType: doc.mediaType,
          fileName: doc.fileName,
          size: doc.bytes.length,
        });
      },
    );

    it('list every version with its review, oldest first', async () => {
      const dept = await department();
      const docs = [
        renderDocument(g2(dept.name), 'html'),
        renderDocument(g2(dept.name, { 'review.pending': 2 }), 'docx'),
        renderDocument(g2(dept.name, { 'review.pending': 3 }), 'text'),
      ];
      const times = [
        '2024-01-10T09:00:00+08:00',
        '2024-01-15T09:00:00+08:00',
        '2024-01-20T09:00:00+08:00',
      ];
      for (const [i, doc] of docs.entries()) {
        await store().submit([
          incomingDocument(doc, {
            department: dept.code,
            submittedBy: `clerk ${i}`,
            receivedAt: times[i],
          }),
        ]);
      }
      const history = await store().history(dept.id, 2023);
      await store().returnSubmission(
        history[2]?.id as number,
        '退回。',
        'reviewer',
      );
      const after = await store().history(dept.id, 2023);
      expect(
        after.map((s) => ({
          version: s.version,
          status: s.status,
          counted: s.counted,
          fileName: s.fileName,
          mediaType: s.mediaType,
          size: s.size,
          submittedBy: s.submittedBy,
          receivedAt: s.receivedAt,
        })),
      ).toEqual(
        docs.map((doc, i) => ({
          version: i + 1,
          status: i === 2 ? 'returned' : 'submitted',
          counted: i === 1,
          fileName: doc.fileName,
          mediaType: doc.mediaType,
          size: doc.bytes.length,
          submittedBy: `clerk ${i}`,
          receivedAt: new Date(times[i] as string).toISOString(),
        })),
      );
      expect(new Set(after.map((s) => s.sha256)).size).toBe(3);
    });

    it('diff two versions to exactly the metrics that changed', async () => {
      const dept = await department();
      const base = g2(dept.name);
      await submitOne(base, dept);
      const changes = {
        'proactive.licensing.decisions': 1900,
        'proactive.coercion.decisions': null,
        'proactive.fees.amountWan': 13.5,
        'review.upheld': 4,
        'review.total': 6,
      };
      await submitOne(withValues(base, changes), dept, 'docx');
      const diff = await store().diff(dept.id, 2023, 1, 2);
      expect(diff.map((c) => c.metric).sort()).toEqual(
        Object.keys(changes).sort(),
      );
      const byMetric = new Map(diff.map((c) => [c.metric, c]));
      expect(byMetric.get('proactive.licensing.decisions')).toMatchObject({
        before: { status: 'number', value: 1826 },
        after: { status: 'number', value: 1900 },
      });
      expect(byMetric.get('proactive.coercion.decisions')).toMatchObject({
        before: { status: 'number', value: 3 },
        after: { status: 'blank', value: null },
      });
      expect(await store().diff(dept.id, 2023, 2, 2)).toEqual([]);
      await expect(store().diff(dept.id, 2023, 1, 3)).rejects.toEqual(
        storeError('REPORT_NOT_FOUND'),
      );
    });

    it('give back the exact bytes of every version', async () => {
      const dept = await department();
      const docs = [
        renderDocument(g2(dept.name), 'docx'),
        renderDocument(g2(dept.name, { 'review.pending': 2 }), 'html'),
      ];
      for (const doc of docs) {
        await store().submit([
          incomingDocument(doc, { department: dept.code }),
        ]);
      }
      const history = await store().history(dept.id, 2023);
      for (const [i, s] of history.entries()) {
        const got = await store().document(s.id);
        const want = docs[i];
        expect(Buffer.compare(got.content, want?.bytes as Buffer)).toBe(0);
        expect(got).toMatchObject({
          mediaType: want?.mediaType,
          fileName: want?.fileName,
        });
      }
      await expect(store().document(999_999)).rejects.toEqual(
        storeError('SUBMISSION_NOT_FOUND'),
      );
      await expect(store().report(dept.id, 2019)).rejects.toEqual(
        storeError('REPORT_NOT_FOUND'),
      );
    });
  });
});

describe.each(DIALECTS)('deadlines on %s', (dialect) => {
  const store = useTestStore(dialect);
  const now = new Date('2026-02-10T12:00:00+08:00');
  let city: DirectoryDepartment;
  let district: DirectoryDepartment;
  let township: DirectoryDepartment;

  beforeAll(async () => {
    city = await store().createDepartment({
      code: 'city',
      name: '示例市民政局',
      kind: 'cityDepartment',
    });
    district = await store().createDepartment({
      code: 'district',
      name: '示例市东城区人民政府',
      kind: 'district',
    });
    township = await store().createDepartment({
      code: 'township',
      name: '示例市东城区和平街道办事处',
      kind: 'township',
      parentCode: 'district',
    });
    const data = g2(city.name, {}, 2025);
    await store().submit([
      incomingDocument(renderDocument(data), {
        department: city.code,
        // Five days after the default deadline of 31 January.
        receivedAt: '2026-02-05T10:00:00+08:00',
      }),
    ]);
  });

  const board = () =>
    new ReportQueries(store()).complianceBoard({ year: 2025, now });
  const rowOf = (
    b: Awaited<ReturnType<typeof board>>,
    d: DirectoryDepartment,
  ) => b.rows.find((r) => r.department.id === d.id);

  it('follow the regulation when none are set', async () => {
    expect(await store().deadlines(2025)).toMatchObject({ configured: false });
    expect(await store().deadlineDates(2025)).toEqual({
      cityDepartment: '2026-01-31',
      district: '2026-03-31',
      township: '2026-01-31',
      other: '2026-01-31',
    });
    const b = await board();
    expect(rowOf(b, city)).toMatchObject({
      status: 'submitted',
      deadline: '2026-01-31',
      onTime: false,
      daysLate: 5,
    });
    expect(rowOf(b, district)).toMatchObject({
      status: 'pending',
      deadline: '2026-03-31',
      onTime: null,
    });
    expect(rowOf(b, township)).toMatchObject({
      status: 'missing',
      deadline: '2026-01-31',
    });
    expect(b.counts).toMatchObject({ submitted: 1, pending: 1, missing: 1 });
    expect([b.onTime, b.late]).toEqual([0, 1]);
  });

  it('are used by the board once set, for that year only', async () => {
    await store().setDeadlines(2025, {
      cityDepartment: '2026-02-15',
      district: '2026-02-01',
      township: '2026-02-28',
      other: '2026-01-31',
    });
    expect(await store().deadlines(2025)).toMatchObject({
      configured: true,
      cityDepartment: { month: 2, day: 15 },
    });
    const b = await board();
    expect(rowOf(b, city)).toMatchObject({
      status: 'submitted',
      deadline: '2026-02-15',
      onTime: true,
      daysLate: 0,
    });
    expect(rowOf(b, district)).toMatchObject({
      status: 'missing',
      deadline: '2026-02-01',
    });
    expect(rowOf(b, township)).toMatchObject({
      status: 'pending',
      deadline: '2026-02-28',
    });
    expect([b.onTime, b.late]).toEqual([1, 0]);
    expect((await store().deadlineDates(2024)).cityDepartment).toBe(
      '2025-01-31',
    );
    expect(await store().years()).toEqual([2025]);
  });

  it('are used as set for a year before the 2019 regulation too', async () => {
    await store().setDeadlines(2018, {
      cityDepartment: '2019-01-15',
      district: '2019-02-15',
      township: '2019-01-15',
      other: '2019-01-15',
    });
    expect(await store().deadlineDates(2018)).toEqual({
      cityDepartment: '2019-01-15',
      district: '2019-02-15',
      township: '2019-01-15',
      other: '2019-01-15',
    });
    // Unset years before 2019 keep the old rule: everything by 31 March.
    expect((await store().deadlineDates(2017)).cityDepartment).toBe(
      '2018-03-31',
    );
  });

  it('refuse dates that do not exist', async () => {
    for (const bad of ['2026-02-30', '2026-13-01', '31.01.2026', '']) {
      await expect(
        store().setDeadlines(2024, {
          cityDepartment: bad,
          district: '2025-03-31',
          township: '2025-01-31',
          other: '2025-01-31',
        }),
      ).rejects.toEqual(storeError('INVALID_ARGUMENT'));
    }
    expect(await store().deadlines(2024)).toMatchObject({ configured: false });
  });
});
