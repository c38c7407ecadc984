import {
  analyseReport,
  checkReport,
  daysLate,
  deadlineFor,
  matchDepartment,
  metricsOfGeneration,
} from '@gongkai/disclosure-domain';
import type { Finding, ParsedReport } from '@gongkai/disclosure-domain';
import type {
  DemoCity,
  DemoDepartment,
  DemoPlan,
  DemoReport,
} from './demo-city';
import {
  DEFAULT_DEMO_SEED,
  SCENARIO_COUNTS,
  buildDemoCity,
  buildDemoPlan,
  demoNow,
} from './demo-city';

// Built and parsed once: parsing ~300 documents is the slow part of this file.
let plan: DemoPlan;
const parsed = new Map<DemoReport, ParsedReport>();

beforeAll(() => {
  plan = buildDemoPlan();
  for (const report of plan.reports) {
    parsed.set(report, analyseReport(report.submission.document));
  }
});

function parsedOf(report: DemoReport): ParsedReport {
  const p = parsed.get(report);
  if (!p) throw new Error('report not parsed');
  return p;
}

function department(code: string): DemoDepartment {
  const d = plan.city.departments.find((x) => x.code === code);
  if (!d) throw new Error(`no department ${code}`);
  return d;
}

const deadlineOf = (r: DemoReport) =>
  deadlineFor(r.submission.year, department(r.submission.departmentCode).kind);

const lateness = (r: DemoReport) =>
  daysLate(r.submission.receivedAt, deadlineOf(r));

/** The last version of each department-year. */
function finalReports(): DemoReport[] {
  const last = new Map<string, DemoReport>();
  for (const r of plan.reports) {
    const key = `${r.submission.departmentCode}|${r.submission.year}`;
    const seen = last.get(key);
    if (!seen || seen.submission.version < r.submission.version) {
      last.set(key, r);
    }
  }
  return [...last.values()];
}

function finalReport(code: string, year: number): DemoReport | undefined {
  return finalReports().find(
    (r) => r.submission.departmentCode === code && r.submission.year === year,
  );
}

const nonInfoCodes = (p: ParsedReport) =>
  [
    ...new Set(
      p.findings.filter((f) => f.severity !== 'info').map((f) => f.code),
    ),
  ].sort();

const expectedCodes = (r: DemoReport) =>
  [
    ...new Set(
      r.defects.flatMap((d) => d.codes).filter((code) => code !== 'R6'),
    ),
  ].sort();

const withDefect = (kind: string) =>
  plan.reports.filter((r) => r.defects.some((d) => d.kind === kind));

/** The city with DOCX bytes as base64: comparing typed arrays cell by cell is slow. */
function fingerprint(city: DemoCity) {
  return {
    ...city,
    submissions: city.submissions.map((s) => ({
      ...s,
      document:
        typeof s.document === 'string'
          ? s.document
          : `docx:${Buffer.from(s.document).toString('base64')}`,
    })),
  };
}

describe('determinism', () => {
  it('gives the same bytes for the same seed', () => {
    const expected = fingerprint(plan.city);
    expect(fingerprint(buildDemoCity())).toEqual(expected);
    expect(fingerprint(buildDemoCity({ seed: DEFAULT_DEMO_SEED }))).toEqual(
      expected,
    );
  });

  it('gives other documents, values and timing for another seed', () => {
    const other = fingerprint(buildDemoCity({ seed: 7 }));
    const mine = fingerprint(plan.city);
    expect(other.departments).toEqual(mine.departments);
    const documents = new Set(mine.submissions.map((s) => s.document));
    expect(other.submissions.filter((s) => documents.has(s.document))).toEqual(
      [],
    );
    expect(other.submissions.map((s) => s.receivedAt)).not.toEqual(
      mine.submissions.map((s) => s.receivedAt),
    );
  });

  it('marks the city as a demo', () => {
    expect(plan.city.name).toBe('示例市');
    expect(plan.city.isDemo).toBe(true);
    expect(
      plan.city.departments.every((d) => d.name.startsWith('示例市')),
    ).toBe(true);
  });

  it('rejects options it cannot honour', () => {
    expect(() => buildDemoCity({ years: [2018, 2020] })).toThrow(RangeError);
    expect(() => buildDemoCity({ years: [2023, 2021] })).toThrow(RangeError);
    expect(() => buildDemoCity({ seed: 1.5 })).toThrow(RangeError);
  });
});

describe('departments', () => {
  it('has about 40 bodies of the expected kinds', () => {
    const count = (kind: string) =>
      plan.city.departments.filter((d) => d.kind === kind).length;
    expect(plan.city.departments).toHaveLength(44);
    expect(count('cityDepartment')).toBe(32);
    expect(count('district')).toBe(5);
    expect(count('township')).toBe(6);
    expect(count('other')).toBe(1);
    const activeCity = (year: number) =>
      plan.city.departments.filter(
        (d) =>
          d.kind === 'cityDepartment' &&
          (d.activeFrom ?? 0) <= year &&
          year <= (d.activeTo ?? 9999),
      ).length;
    expect(activeCity(2021)).toBe(31);
    expect(activeCity(2022)).toBe(30);
  });

  it('names the departments of the issue and leaves out vertical bodies', () => {
    const names = plan.city.departments.map((d) => d.name);
    for (const name of [
      '示例市民政局',
      '示例市住房和城乡建设局',
      '示例市市场监督管理局',
      '示例市公安局',
      '示例市教育局',
      '示例市卫生健康委员会',
      '示例市自然资源和规划局',
      '示例市生态环境局',
      '示例市交通运输局',
      '示例市人力资源和社会保障局',
      '示例市财政局',
      '示例市司法局',
      '示例市审计局',
      '示例市统计局',
      '示例市应急管理局',
      '示例市农业农村局',
      '示例市水利局',
      '示例市商务局',
      '示例市文化广电旅游局',
      '示例市退役军人事务局',
      '示例市医疗保障局',
      '示例市人民政府办公室',
      '示例市住房公积金管理中心',
      '示例市东城区人民政府',
      '示例市西城区人民政府',
      '示例市南山县人民政府',
    ]) {
      expect(names).toContain(name);
    }
    expect(names.some((n) => n.includes('税务'))).toBe(false);
    expect(department('housing-fund').kind).toBe('other');
  });

  it('has unique codes, names and aliases', () => {
    const names = plan.city.departments.flatMap((d) => [d.name, ...d.aliases]);
    expect(new Set(names).size).toBe(names.length);
    const codes = plan.city.departments.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('hangs every township under a district, and nothing else', () => {
    const townships = plan.city.departments.filter(
      (d) => d.kind === 'township',
    );
    expect(
      townships.map((d) => [d.size, department(d.parentCode ?? '').kind]),
    ).toEqual(townships.map(() => ['small', 'district']));
    const others = plan.city.departments.filter((d) => d.kind !== 'township');
    expect(others.filter((d) => d.parentCode !== null)).toEqual([]);
  });

  it('gives sizes that match the workload', () => {
    expect(department('market-regulation').size).toBe('large');
    expect(department('public-security').size).toBe('large');
    expect(department('audit').size).toBe('small');
    for (const code of ['market-regulation', 'public-security']) {
      for (const year of plan.city.years) {
        const r = finalReport(code, year);
        if (!r) continue;
        const v = r.data.values;
        const decisions = Math.max(
          Number(v['proactive.licensing.decisions'] ?? 0),
          Number(v['proactive.penalty.decisions'] ?? 0),
        );
        expect(decisions).toBeGreaterThan(1000);
        expect(Number(v['applications.received.total'])).toBeGreaterThan(50);
      }
    }
    for (const r of finalReports()) {
      if (department(r.submission.departmentCode).kind !== 'township') continue;
      expect(
        Number(r.data.values['applications.received.total'] ?? 0),
      ).toBeLessThan(20);
    }
  });

  it('lets the server match every document to its department by name', () => {
    for (const r of plan.reports) {
      const match = matchDepartment(
        parsedOf(r).agency ?? '',
        plan.city.departments.map((d) => ({
          id: d.code,
          name: d.name,
          aliases: d.aliases,
        })),
      );
      expect(match).toMatchObject({
        kind: 'exact',
        department: { id: r.submission.departmentCode },
      });
    }
  });
});

describe('reorganisation', () => {
  it('merges two bodies into one with a continuous lineage', () => {
    const successor = department('culture-tourism');
    expect(successor.predecessors).toEqual(['culture-press', 'tourism']);
    expect(successor.activeFrom).toBe(2022);
    expect(successor.activeTo).toBeNull();
    expect(successor.aliases.length).toBeGreaterThan(0);
    for (const code of successor.predecessors) {
      const p = department(code);
      expect(p.activeFrom).toBeNull();
      expect(p.activeTo).toBe((successor.activeFrom ?? 0) - 1);
    }
    const lineage = plan.city.departments.filter((d) => d.predecessors.length);
    expect(lineage).toEqual([successor]);
  });

  it('has submissions only in the years a body existed', () => {
    for (const s of plan.city.submissions) {
      const d = department(s.departmentCode);
      expect(s.year).toBeGreaterThanOrEqual(d.activeFrom ?? 0);
      expect(s.year).toBeLessThanOrEqual(d.activeTo ?? 9999);
    }
  });

  it('hands the predecessors’ backlog to the new body and says so', () => {
    // The default seed hands in all three reports; the plan says so below.
    const first = finalReport('culture-tourism', 2022);
    const before = ['culture-press', 'tourism'].map((c) =>
      finalReport(c, 2021),
    );
    expect([first, ...before].every((r) => r !== undefined)).toBe(true);
    for (const col of ['natural', 'commercial', 'total']) {
      const id = (row: string) => `applications.${row}.${col}`;
      const inherited = before.reduce(
        (s, r) => s + Number(r?.data.values[id('carriedForward')] ?? 0),
        0,
      );
      expect(Number(first?.data.values[id('carriedIn')] ?? 0)).toBe(inherited);
    }
    const overview = first
      ? parsedOf(first).sections.find((s) => s.key === 'overview')
      : undefined;
    expect(overview?.text).toContain('机构改革');
    expect(overview?.text).toContain('示例市旅游发展委员会');
  });
});

describe('years and format generations', () => {
  it('covers the report years 2019–2025 with 10 February 2026 as today', () => {
    expect(plan.city.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(plan.now).toBe('2026-02-10T12:00:00+08:00');
    expect(demoNow(2025)).toBe(plan.now);
  });

  it('uses G1 for 2019–2020 and G2 after, except the late adopters', () => {
    for (const r of plan.reports) {
      const outdated = r.defects.some((d) => d.kind === 'outdatedFormat');
      const expected = r.submission.year <= 2020 || outdated ? 'G1' : 'G2';
      expect(r.data.generation).toBe(expected);
      expect(parsedOf(r).generation).toBe(expected);
    }
    const late = withDefect('outdatedFormat');
    const inYear = (y: number) =>
      late.filter((r) => r.submission.year === y).length;
    expect(inYear(2021)).toBe(SCENARIO_COUNTS.lateAdopters2021);
    expect(inYear(2022)).toBe(SCENARIO_COUNTS.lateAdopters2022);
    expect(late).toHaveLength(4);
    // The 2022 late adopter was one of 2021's, and was sent back to redo it.
    const again = late.find((r) => r.submission.year === 2022);
    expect(
      late.some(
        (r) =>
          r.submission.year === 2021 &&
          r.submission.departmentCode === again?.submission.departmentCode,
      ),
    ).toBe(true);
    expect(again?.submission.review?.action).toBe('return');
  });
});

describe('documents', () => {
  it('parse back to the department, year and generation written', () => {
    for (const r of plan.reports) {
      const p = parsedOf(r);
      expect(p.agency).toBe(department(r.submission.departmentCode).name);
      expect(p.year).toBe(r.submission.year);
      expect(r.data.year).toBe(r.submission.year);
      expect(p.truncated).toBe(false);
      expect(p.publishedOn).toBe(r.publishedOn);
    }
  });

  it('parse back to exactly the values the generator intended', () => {
    for (const r of plan.reports) {
      const p = parsedOf(r);
      const expected: Record<string, unknown> = {};
      const actual: Record<string, unknown> = {};
      for (const id of metricsOfGeneration(r.data.generation)) {
        const v = r.data.values[id];
        expected[id] = v === undefined ? 'absent' : v === null ? 'blank' : v;
        const cell = p.values[id];
        actual[id] =
          cell === undefined
            ? 'absent'
            : cell.status === 'number'
              ? cell.value
              : cell.status === 'notApplicable'
                ? '/'
                : cell.status;
      }
      expect({ file: r.submission.fileName, values: actual }).toEqual({
        file: r.submission.fileName,
        values: expected,
      });
    }
  });

  it('raise no warning or error except the planted ones', () => {
    for (const r of plan.reports) {
      expect({
        file: r.submission.fileName,
        codes: nonInfoCodes(parsedOf(r)),
      }).toEqual({ file: r.submission.fileName, codes: expectedCodes(r) });
    }
  });

  it('come in every layout, with matching file names and media types', () => {
    const layouts = new Set(plan.reports.map((r) => r.layout));
    expect([...layouts].sort()).toEqual([
      'docx',
      'html',
      'pipes',
      'tabbed',
      'text',
    ]);
    for (const r of plan.reports) {
      const s = r.submission;
      const ext = s.fileName.slice(s.fileName.lastIndexOf('.') + 1);
      const expected =
        r.layout === 'docx'
          ? [
              'docx',
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            ]
          : r.layout === 'html'
            ? ['html', 'text/html']
            : ['txt', 'text/plain'];
      expect([ext, s.mediaType]).toEqual(expected);
      expect(s.document instanceof Uint8Array).toBe(r.layout === 'docx');
      expect(s.fileName).toContain(String(s.year));
      expect(s.fileName).toContain(department(s.departmentCode).name);
      expect(s.fileName).toContain('政府信息公开工作年度报告');
      expect(s.fileName.includes('修改稿')).toBe(s.version > 1);
    }
  });

  it('keep a department’s layout from year to year, mostly', () => {
    const byDepartment = new Map<string, Set<string>>();
    for (const r of plan.reports) {
      const set = byDepartment.get(r.submission.departmentCode) ?? new Set();
      set.add(r.layout);
      byDepartment.set(r.submission.departmentCode, set);
    }
    const sizes = [...byDepartment.values()].map((s) => s.size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2);
    expect(sizes.filter((n) => n === 1).length).toBeGreaterThan(
      sizes.length / 2,
    );
  });

  it('publish some zeros as blank cells and “/” in the 规章 row', () => {
    const blanks = plan.reports.filter((r) =>
      Object.values(r.data.values).includes(null),
    );
    expect(blanks.length).toBeGreaterThan(10);
    for (const r of blanks) {
      for (const [id, v] of Object.entries(r.data.values)) {
        if (v !== null) continue;
        const p = parsedOf(r).values[id];
        expect(p?.status).toBe('blank');
      }
    }
    const g2 = plan.reports.filter((r) => r.data.generation === 'G2');
    const slash = g2.filter(
      (r) => r.data.values['proactive.rules.issued'] === '/',
    );
    expect(slash.length).toBeGreaterThan(g2.length / 2);
    expect(
      slash.some((r) => r.submission.departmentCode === 'government-office'),
    ).toBe(false);
    const office = g2.filter(
      (r) => r.submission.departmentCode === 'government-office',
    );
    expect(office.length).toBeGreaterThan(0);
    for (const r of office) {
      expect(typeof r.data.values['proactive.rules.inForce']).toBe('number');
    }
  });
});

describe('planted defects', () => {
  it('are planted in the intended numbers', () => {
    expect(withDefect('totalRowMismatch')).toHaveLength(3);
    expect(withDefect('reviewTotalMismatch')).toHaveLength(2);
    expect(withDefect('proseMismatch')).toHaveLength(2);
    expect(withDefect('carriedInBreak')).toHaveLength(
      SCENARIO_COUNTS.carriedInBreaks,
    );
    expect(withDefect('outdatedFormat')).toHaveLength(4);
  });

  it('produce their errors on the changed cell', () => {
    for (const kind of ['totalRowMismatch', 'reviewTotalMismatch']) {
      for (const r of withDefect(kind)) {
        const defect = r.defects[0];
        const errors = parsedOf(r).findings.filter(
          (f) => f.severity === 'error',
        );
        expect(errors.map((f) => f.code).sort()).toEqual(
          [...(defect?.codes ?? [])].sort(),
        );
        for (const f of errors) {
          expect(f.metrics ?? [f.metric]).toContain(defect?.metric);
        }
      }
    }
  });

  it('produce an R10 warning for the prose that is off by one', () => {
    for (const r of withDefect('proseMismatch')) {
      const findings = parsedOf(r).findings.filter((f) => f.code === 'R10');
      expect(findings).toHaveLength(1);
      expect(findings[0]?.metric).toBe('applications.received.total');
      const received = Number(r.data.values['applications.received.total']);
      expect(findings[0]?.message).toContain(`${received - 1}件`);
    }
  });

  it('flag the late adopters’ tables as outdated', () => {
    for (const r of withDefect('outdatedFormat')) {
      const outdated = parsedOf(r).findings.filter(
        (f) => f.code === 'FORMAT_OUTDATED',
      );
      expect(outdated).toHaveLength(2);
      expect(r.submission.year).toBeGreaterThanOrEqual(2021);
    }
  });

  it('break R6 exactly where planted, and nowhere else', () => {
    const finals = finalReports();
    const r6: Finding[] = [];
    let compared = 0;
    for (const r of finals) {
      const before = finalReport(
        r.submission.departmentCode,
        r.submission.year - 1,
      );
      if (!before) continue;
      compared++;
      const findings = checkReport(parsedOf(r), { previous: parsedOf(before) });
      // R7 and R8 (info) hold too: the series carry their lists and documents on.
      const crossYear = findings.filter((f) =>
        ['R6', 'R7', 'R8'].includes(f.code),
      );
      const planted = r.defects.some((d) => d.kind === 'carriedInBreak');
      expect({
        report: `${r.submission.departmentCode} ${r.submission.year}`,
        codes: [...new Set(crossYear.map((f) => f.code))],
      }).toEqual({
        report: `${r.submission.departmentCode} ${r.submission.year}`,
        codes: planted ? ['R6'] : [],
      });
      r6.push(...crossYear.filter((f) => f.code === 'R6'));
    }
    expect(compared).toBeGreaterThan(200);
    // Each break shows in the column changed and in the 总计 column.
    expect(r6.map((f) => [f.metric, f.severity])).toEqual(
      Array.from({ length: SCENARIO_COUNTS.carriedInBreaks }, () => [
        ['applications.carriedIn.natural', 'warning'],
        ['applications.carriedIn.total', 'warning'],
      ]).flat(),
    );
  });
});

describe('workflow and timeliness', () => {
  const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/;
  const t = (iso: string) => Date.parse(iso);

  it('stamps every event in Beijing time, in order, before today', () => {
    for (const s of plan.city.submissions) {
      expect(s.receivedAt).toMatch(ISO);
      expect(t(s.receivedAt)).toBeLessThan(t(plan.now));
      expect(t(s.receivedAt)).toBeGreaterThan(
        t(`${s.year + 1}-01-01T00:00:00+08:00`),
      );
      expect(s.submittedBy).toContain(department(s.departmentCode).name);
    }
    for (const review of plan.city.submissions.flatMap((s) =>
      s.review ? [{ ...s.review, receivedAt: s.receivedAt }] : [],
    )) {
      expect(review.at).toMatch(ISO);
      expect(t(review.at)).toBeGreaterThan(t(review.receivedAt));
      expect(t(review.at)).toBeLessThanOrEqual(t(plan.now));
      expect(review.by).toMatch(/^市政务公开办 /);
      expect(review.comment).not.toBe('');
    }
    const printed = plan.reports.filter((r) => r.publishedOn !== null);
    expect(printed.length).toBeGreaterThan(plan.reports.length / 2);
    expect(
      printed.filter(
        (r) => (r.publishedOn ?? '') > r.submission.receivedAt.slice(0, 10),
      ),
    ).toEqual([]);
  });

  it('has most reports on time and some late by days or weeks', () => {
    const first = plan.reports.filter((r) => r.submission.version === 1);
    const late = first.map(lateness).filter((d) => d > 0);
    expect(late.length / first.length).toBeLessThan(0.25);
    expect(late.length).toBeGreaterThan(10);
    expect(late.some((d) => d <= 7)).toBe(true);
    expect(late.some((d) => d > 7)).toBe(true);
    const acceptedLate = first.filter(
      (r) => lateness(r) > 0 && r.submission.review?.action === 'accept',
    );
    expect(acceptedLate.length).toBeGreaterThan(5);
    for (const r of acceptedLate) {
      expect(r.submission.review?.comment).toContain(`逾期${lateness(r)}天`);
    }
  });

  it('accounts for every expected department-year exactly once', () => {
    for (const d of plan.city.departments) {
      for (const year of plan.city.years) {
        const active =
          (d.activeFrom ?? 0) <= year && year <= (d.activeTo ?? 9999);
        const submitted = plan.city.submissions.some(
          (s) => s.departmentCode === d.code && s.year === year,
        );
        const gap = plan.gaps.some(
          (g) => g.departmentCode === d.code && g.year === year,
        );
        expect({
          d: d.code,
          year,
          covered: submitted || gap,
          both: submitted && gap,
        }).toEqual({
          d: d.code,
          year,
          covered: active,
          both: false,
        });
      }
    }
  });

  it('misses a few past reports and some of the current cycle', () => {
    const missing = plan.gaps.filter((g) => g.reason === 'missing');
    expect(missing).toHaveLength(SCENARIO_COUNTS.missing);
    expect(missing.every((g) => g.year < 2025)).toBe(true);
    const pending = plan.gaps.filter((g) => g.reason === 'pending');
    expect(pending.every((g) => g.year === 2025)).toBe(true);
    const overdue = pending.filter(
      (g) =>
        daysLate(
          plan.now,
          deadlineFor(g.year, department(g.departmentCode).kind),
        ) > 0,
    );
    expect(overdue).toHaveLength(SCENARIO_COUNTS.pendingOthers);
    // Districts report by 31 March: not handed in yet, and not late either.
    expect(pending.length - overdue.length).toBe(
      SCENARIO_COUNTS.pendingDistricts,
    );
  });

  it('returns a few reports and accepts the corrected version', () => {
    const returned = plan.reports.filter(
      (r) => r.submission.review?.action === 'return',
    );
    expect(returned.length).toBeGreaterThanOrEqual(4);
    for (const r of returned) {
      expect(r.submission.version).toBe(1);
      expect(r.defects.length).toBe(1);
      const v2 = plan.reports.find(
        (o) =>
          o.submission.departmentCode === r.submission.departmentCode &&
          o.submission.year === r.submission.year &&
          o.submission.version === 2,
      );
      if (r.submission.year === 2025 && !v2) continue;
      expect(v2).toBeDefined();
      if (!v2 || !r.submission.review) continue;
      expect(t(v2.submission.receivedAt)).toBeGreaterThan(
        t(r.submission.review.at),
      );
      expect(v2.submission.review?.action).toBe('accept');
      expect(v2.defects).toEqual([]);
    }
    const awaiting = returned.filter(
      (r) =>
        !plan.reports.some(
          (o) =>
            o.submission.departmentCode === r.submission.departmentCode &&
            o.submission.year === r.submission.year &&
            o.submission.version === 2,
        ),
    );
    expect(awaiting).toHaveLength(1);
    expect(awaiting[0]?.submission.year).toBe(2025);
  });

  it('leaves reports with errors unreviewed in the current cycle', () => {
    const unreviewedWithErrors = plan.reports.filter(
      (r) =>
        r.submission.review === null &&
        parsedOf(r).findings.some((f) => f.severity === 'error'),
    );
    expect(unreviewedWithErrors).toHaveLength(2);
    expect(unreviewedWithErrors.every((r) => r.submission.year === 2025)).toBe(
      true,
    );
    const current = plan.reports.filter((r) => r.submission.year === 2025);
    expect(current.some((r) => r.submission.review?.action === 'accept')).toBe(
      true,
    );
    // Past cycles are closed: everything was reviewed.
    expect(
      plan.reports.filter(
        (r) => r.submission.year < 2025 && r.submission.review === null,
      ),
    ).toEqual([]);
  });
});

describe('trends', () => {
  it('grows applications city-wide by roughly 5–20% a year', () => {
    const finals = finalReports();
    for (const year of plan.city.years.slice(1)) {
      let now = 0;
      let before = 0;
      for (const r of finals.filter((x) => x.submission.year === year)) {
        const prev = finals.find(
          (x) =>
            x.submission.year === year - 1 &&
            x.submission.departmentCode === r.submission.departmentCode,
        );
        if (!prev) continue;
        now += Number(r.data.values['applications.received.total'] ?? 0);
        before += Number(prev.data.values['applications.received.total'] ?? 0);
      }
      expect(now / before).toBeGreaterThan(1.02);
      expect(now / before).toBeLessThan(1.25);
    }
  });
});

describe('other ranges', () => {
  it('builds a shorter range with its own "today" and late adopters', () => {
    const short = buildDemoPlan({ years: [2021, 2023] });
    expect(short.city.years).toEqual([2021, 2022, 2023]);
    expect(short.now).toBe('2024-02-10T12:00:00+08:00');
    expect(
      short.city.submissions.every((s) => s.year >= 2021 && s.year <= 2023),
    ).toBe(true);
    expect(
      short.reports.filter((r) => r.data.generation === 'G1'),
    ).toHaveLength(4);
    expect(
      short.gaps
        .filter((g) => g.reason === 'pending')
        .every((g) => g.year === 2023),
    ).toBe(true);
  });

  it('builds a single year, which is then the current cycle', () => {
    const one = buildDemoPlan({ years: [2019, 2019] });
    expect(one.city.years).toEqual([2019]);
    expect(one.gaps.every((g) => g.reason === 'pending')).toBe(true);
    for (const r of one.reports) {
      expect(analyseReport(r.submission.document).year).toBe(2019);
    }
  });
});
