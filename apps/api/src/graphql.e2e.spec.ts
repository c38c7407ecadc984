import { buildDemoPlan } from '@gongkai/demo-city';
import {
  daysLate,
  deadlineFor,
  docxOutline,
  getMetric,
  parseReport,
  renderReport,
  renderReportDocx,
} from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';
import ExcelJS from 'exceljs';

import type { E2eServer } from './testing/e2e-server';
import { e2eDatabases, startE2eServer } from './testing/e2e-server';

type Gql = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}>;

const databases = e2eDatabases('e2e');

const plan = buildDemoPlan();

describe.each(databases)('GraphQL over HTTP on %s', (_name, makeDatabase) => {
  let server: E2eServer;
  let drop: () => Promise<void>;
  let gql: Gql;

  beforeAll(async () => {
    const db = await makeDatabase();
    drop = db.drop;
    server = await startE2eServer(db.url, true);
    gql = async (query, variables) => {
      const res = await server.fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    };
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  it('loads the demo city on an empty database and says so', async () => {
    const r = await gql<{
      installation: { demo: boolean; demoCity: string; city: string };
      departments: {
        code: string;
        predecessors: { department: { code: string }; year: number }[];
      }[];
      metrics: { id: string }[];
    }>(
      '{ installation { demo demoCity city } departments { code predecessors { department { code } year } } metrics { id } }',
    );
    expect(r.data?.installation).toEqual({
      demo: true,
      demoCity: '示例市',
      city: '示例市',
    });
    expect(r.data?.departments).toHaveLength(plan.city.departments.length);
    expect(r.data?.metrics).toHaveLength(226);
    const merged = plan.city.departments.find((d) => d.predecessors.length > 0);
    const lineage = r.data?.departments.find((d) => d.code === merged?.code);
    expect(lineage?.predecessors.map((p) => p.department.code).sort()).toEqual(
      [...(merged?.predecessors ?? [])].sort(),
    );
  });

  it('answers the compliance board from the demo plan', async () => {
    const r = await gql<{
      complianceBoard: {
        counts: Record<string, number>;
        rows: { department: { code: string }; status: string }[];
      };
    }>(
      '{ complianceBoard(year: 2025) { counts { missing pending returned } rows { department { code } status } } }',
    );
    // Not in at the demo's today: overdue (missing) once the kind's deadline has passed.
    const expected = plan.gaps
      .filter((g) => g.year === 2025)
      .map((g) => {
        const kind =
          plan.city.departments.find((d) => d.code === g.departmentCode)
            ?.kind ?? 'other';
        const overdue = daysLate(plan.now, deadlineFor(2025, kind)) > 0;
        return {
          code: g.departmentCode,
          status: overdue ? 'missing' : 'pending',
        };
      });
    expect(expected.length).toBeGreaterThan(0);
    const board = r.data?.complianceBoard;
    for (const status of ['missing', 'pending']) {
      expect(board?.counts[status]).toBe(
        expected.filter((e) => e.status === status).length,
      );
    }
    for (const e of expected) {
      expect(
        board?.rows.find((row) => row.department.code === e.code)?.status,
      ).toBe(e.status);
    }
  });

  it('submits a pasted report, finds its numbers, and keeps every version', async () => {
    const data = {
      ...sampleReportData('G2'),
      agency: '示例市测试局',
      year: 2024,
    };
    const text = renderReport(data, 'text');
    const created = await gql<{ createDepartment: { id: number } }>(
      'mutation { createDepartment(input: { name: "示例市测试局", kind: cityDepartment }) { id } }',
    );
    const departmentId = created.data?.createDepartment.id as number;
    const preview = await gql<{
      previewDocument: {
        year: number;
        department: { id: number };
        report: { cells: { metric: string; value: number }[] };
      };
    }>(
      'mutation($t: String!) { previewDocument(input: { text: $t, fileName: "t.txt" }) { year department { id } report { cells { metric value } } } }',
      { t: text },
    );
    expect(preview.data?.previewDocument.year).toBe(2024);
    expect(preview.data?.previewDocument.department.id).toBe(departmentId);
    const history0 = await gql<{ reportHistory: unknown[] }>(
      `{ reportHistory(departmentId: ${departmentId}, year: 2024) { id } }`,
    );
    expect(history0.data?.reportHistory).toEqual([]);

    const submit = (t: string) =>
      gql<{
        submitDocument: {
          outcome: string;
          submission: { id: number; version: number };
        };
      }>(
        'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "t.txt", submittedBy: "bureau" }) { outcome submission { id version } } }',
        { t },
      );
    const v1 = await submit(text);
    expect(v1.data?.submitDocument).toMatchObject({
      outcome: 'created',
      submission: { version: 1 },
    });
    expect((await submit(text)).data?.submitDocument).toMatchObject({
      outcome: 'unchanged',
      submission: { version: 1 },
    });

    const changed = {
      ...data,
      values: {
        ...data.values,
        'review.upheld': Number(data.values['review.upheld'] ?? 0) + 1,
      },
    };
    const docx = Buffer.from(renderReportDocx(changed)).toString('base64');
    const v2 = await gql<{
      submitDocument: { submission: { version: number } };
    }>(
      'mutation($b: String!) { submitDocument(input: { base64: $b, fileName: "t.docx" }) { submission { version } } }',
      { b: docx },
    );
    expect(v2.data?.submitDocument.submission.version).toBe(2);

    const report = await gql<{
      report: {
        demo: boolean;
        submission: { version: number; findings: { code: string }[] };
        read: {
          cells: {
            metric: string;
            value: number | null;
            raw: string;
            location: { kind: string } | null;
          }[];
        };
      };
    }>(
      `{ report(departmentId: ${departmentId}, year: 2024) { demo submission { version findings { code } } read { cells { metric value raw location { kind } } } } }`,
    );
    const parsed = parseReport(renderReportDocx(changed));
    const cells = report.data?.report.read.cells ?? [];
    expect(cells).toHaveLength(Object.keys(parsed.values).length);
    for (const c of cells) {
      expect(c.value).toBe(parsed.values[c.metric]?.value ?? null);
      expect(c.location?.kind).toBe('table');
    }
    expect(report.data?.report.submission.version).toBe(2);

    const diff = await gql<{
      reportDiff: {
        metric: string;
        before: { value: number };
        after: { value: number };
      }[];
    }>(
      `{ reportDiff(departmentId: ${departmentId}, year: 2024, from: 1, to: 2) { metric before { value } after { value } } }`,
    );
    expect(diff.data?.reportDiff.map((c) => c.metric)).toContain(
      'review.upheld',
    );

    const history = await gql<{
      reportHistory: {
        version: number;
        counted: boolean;
        findings: { code: string }[];
      }[];
    }>(
      `{ reportHistory(departmentId: ${departmentId}, year: 2024) { version counted findings { code } } }`,
    );
    expect(
      history.data?.reportHistory.map((h) => [h.version, h.counted]),
    ).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('returns and accepts with typed errors for what is not allowed', async () => {
    const board = await gql<{
      complianceBoard: {
        rows: { submissionId: number | null; status: string }[];
      };
    }>(
      '{ complianceBoard(year: 2025, statuses: [submitted, submittedWithErrors]) { rows { submissionId status } } }',
    );
    const row = board.data?.complianceBoard.rows.find(
      (x) => x.status === 'submittedWithErrors',
    );
    expect(row?.submissionId).toBeTruthy();
    const accept = await gql(
      `mutation { acceptSubmission(input: { submissionId: ${row?.submissionId} }) { status } }`,
    );
    expect(accept.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REPORT_HAS_ERRORS',
    });
    const noComment = await gql(
      `mutation { returnSubmission(input: { submissionId: ${row?.submissionId} }) { status } }`,
    );
    expect(noComment.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const returned = await gql<{
      returnSubmission: {
        status: string;
        counted: boolean;
        reviewComment: string;
      };
    }>(
      `mutation { returnSubmission(input: { submissionId: ${row?.submissionId}, comment: "表三总计不符，请更正" }) { status counted reviewComment } }`,
    );
    expect(returned.data?.returnSubmission).toEqual({
      status: 'returned',
      counted: false,
      reviewComment: '表三总计不符，请更正',
    });
    const again = await gql(
      `mutation { returnSubmission(input: { submissionId: ${row?.submissionId}, comment: "x" }) { status } }`,
    );
    expect(again.errors?.[0]?.extensions?.['reason']).toBe('ALREADY_REVIEWED');
  });

  it('refuses bad input with a located reason and writes nothing', async () => {
    const before = await gql<{ findings: { total: number } }>(
      '{ findings(allVersions: true) { total } }',
    );
    const bad = await gql(
      'mutation { submitDocument(input: { text: "这不是年度报告，只是一段文字。", fileName: "x.txt", department: "示例市民政局", year: 2024 }) { outcome } }',
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_REPORT',
    });
    expect(bad.errors?.[0]?.message).toContain('x.txt');
    const pdf = await gql(
      'mutation { submitDocument(input: { base64: "JVBERi0xLjQKJcOkw7zDtsOfCg==", fileName: "x.pdf" }) { outcome } }',
    );
    expect(pdf.errors?.[0]?.extensions).toMatchObject({
      reason: 'DOCUMENT_UNREADABLE',
    });
    const missing = await gql(
      '{ report(departmentId: 1, year: 2009) { demo } }',
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    const tooMany = await gql(
      '{ ranking(metric: "review.total", year: 2024, limit: 600) { rank } }',
    );
    // Says which argument and why, as a client error, not a bare 400.
    expect(tooMany.errors?.[0]).toMatchObject({
      message: '参数无效：limit 不得大于 500',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_ARGUMENT',
        messageEn: 'Invalid arguments: limit must not be greater than 500',
      },
    });
    const after = await gql<{ findings: { total: number } }>(
      '{ findings(allVersions: true) { total } }',
    );
    expect(after.data?.findings.total).toBe(before.data?.findings.total);
  });

  it('serves series with statuses, city totals, a ranking and exports', async () => {
    const r = await gql<{
      series: {
        lines: {
          department: { code: string };
          points: { year: number; status: string; viaPredecessors: string[] }[];
        }[];
      };
      cityTotals: { year: number; total: number; reported: number }[];
      ranking: { rank: number; value: number }[];
    }>(
      `{ series(metrics: ["applications.received.total", "proactive.procurement.amountWan"], from: 2019, to: 2025, limit: 500) {
           lines { department { code } points { year status viaPredecessors } } }
         cityTotals(metrics: ["applications.received.total"], from: 2019, to: 2025) { year total reported }
         ranking(metric: "applications.received.total", year: 2024, limit: 5) { rank value } }`,
    );
    const lines = r.data?.series.lines ?? [];
    const procurement = lines.find(
      (l) => l.department.code === 'civil-affairs' && l.points.length === 7,
    );
    expect(procurement).toBeDefined();
    const statuses = new Set(
      lines.flatMap((l) => l.points.map((p) => p.status)),
    );
    // objectContaining(Set) would match any object: check each status is there.
    expect([...statuses]).toEqual(
      expect.arrayContaining(['reported', 'notInGeneration', 'missingReport']),
    );
    expect(
      lines.some((l) => l.points.some((p) => p.viaPredecessors.length > 0)),
    ).toBe(true);
    const totals = r.data?.cityTotals ?? [];
    expect(totals).toHaveLength(7);
    const values = r.data?.ranking.map((x) => x.value) ?? [];
    expect([...values].sort((a, b) => b - a)).toEqual(values);

    const csv = await server.fetch(
      `${server.url}/api/exports/series.csv?metrics=applications.received.total&from=2019&to=2025&search=${encodeURIComponent('民政')}`,
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('# 年度 years: 2019–2025');
    expect(text).toContain('# 示例数据 demo data: 示例市的虚构报告');
    expect(text).toContain('示例市民政局');
    const xlsx = await server.fetch(
      `${server.url}/api/exports/ranking.xlsx?metric=review.total&year=2024`,
    );
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // A ranking export keeps the chart's filter: districts only, and says so.
    const districts = await server
      .fetch(
        `${server.url}/api/exports/ranking.csv?metric=applications.received.total&year=2024&kinds=district`,
      )
      .then((res) => res.text());
    expect(districts).toContain('# 类别 kinds: district');
    const names = districts
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .slice(1)
      .map((l) => l.split(',')[2]);
    expect(names.length).toBeGreaterThan(0);
    expect(
      names.every(
        (n) => n?.endsWith('区人民政府') || n?.endsWith('县人民政府'),
      ),
    ).toBe(true);
  });

  it('sums the city tables, exports them in the official layout and as a report draft the parser reads back', async () => {
    type Tables = {
      generation: string;
      reports: { generation: string; reports: number }[];
      cells: { metric: string; value: number | null; reports: number }[];
    };
    const all = await gql<{ cityTables: Tables }>(
      '{ cityTables(year: 2024) { generation reports { generation reports } cells { metric value reports } } }',
    );
    const t = all.data?.cityTables as Tables;
    expect(t.generation).toBe('G2');
    const totals = await gql<{
      cityTotals: { metric: string; total: number | null; reported: number }[];
    }>(
      'query T($m: [String!]!) { cityTotals(metrics: $m, from: 2024, to: 2024) { metric total reported } }',
      { m: t.cells.map((c) => c.metric) },
    );
    expect(t.cells.map((c) => [c.metric, c.value, c.reports])).toEqual(
      totals.data?.cityTotals.map((x) => [x.metric, x.total, x.reported]),
    );
    const count = (x: Tables) => x.reports.reduce((a, r) => a + r.reports, 0);
    const districts = await gql<{ cityTables: Tables }>(
      '{ cityTables(year: 2024, kinds: [district]) { generation reports { generation reports } cells { metric value reports } } }',
    );
    const d = districts.data?.cityTables as Tables;
    expect(count(d)).toBeGreaterThan(0);
    expect(count(d)).toBeLessThan(count(t));

    // The draft: the parser reads every sum back from where the writer put it.
    const docx = await server.fetch(
      `${server.url}/api/exports/city-report.docx?year=2024&agency=${encodeURIComponent('示例市人民政府')}`,
    );
    expect(docx.headers.get('content-disposition')).toContain(
      'gongkai-city-report-2024.docx',
    );
    const parsed = parseReport(new Uint8Array(await docx.arrayBuffer()));
    expect([parsed.year, parsed.agency, parsed.generation]).toEqual([
      2024,
      '示例市人民政府',
      'G2',
    ]);
    expect(JSON.stringify(parsed.sections)).toContain('示例数据');
    expect(JSON.stringify(parsed.sections)).toContain('未计入的部门');
    expect(
      t.cells.map((c) => [c.metric, parsed.values[c.metric]?.value ?? null]),
    ).toEqual(t.cells.map((c) => [c.metric, c.value]));

    // The sheet: the same numbers, in merged cells as the format prints them.
    const xlsx = await server.fetch(
      `${server.url}/api/exports/city-tables.xlsx?year=2024`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0];
    const numbers: number[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range shows its value in every cell: count it once.
        const own = !cell.isMerged || cell.master.address === cell.address;
        if (own && typeof cell.value === 'number') numbers.push(cell.value);
      }),
    );
    const sums = t.cells.flatMap((c) => (c.value === null ? [] : [c.value]));
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    expect(sorted(numbers)).toEqual(sorted(sums));
    expect(sheet?.model.merges.length).toBeGreaterThan(10);
    const text = JSON.stringify(sheet?.getSheetValues());
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toContain('示例数据 demo data');
    // What the sums leave out is in the file, as the board says: in 2024 nobody,
    // in a year of the plan with a missing report, that department.
    expect(text).toContain('未计入的部门 departments left out');
    expect(text).toContain('无 none');
    const gapYear = plan.gaps.find((g) => g.reason === 'missing')?.year ?? 0;
    const board = await gql<{
      complianceBoard: { counts: Record<string, number> };
    }>(`{ complianceBoard(year: ${gapYear}) { counts { missing } } }`);
    const missing = board.data?.complianceBoard.counts['missing'];
    expect(missing).toBeGreaterThan(0);
    const gapSheet = new ExcelJS.Workbook();
    await gapSheet.xlsx.load(
      await (
        await server.fetch(
          `${server.url}/api/exports/city-tables.xlsx?year=${gapYear}`,
        )
      ).arrayBuffer(),
    );
    expect(JSON.stringify(gapSheet.worksheets[0]?.getSheetValues())).toContain(
      `未报送 ${missing} 个`,
    );
    // A cell is noted where fewer reports gave a number than could: those of a
    // format that has the cell.
    const possible = (metric: string) =>
      t.reports
        .filter((r) =>
          (getMetric(metric)?.generations as string[]).includes(r.generation),
        )
        .reduce((a, r) => a + r.reports, 0);
    const expected = t.cells
      .filter((c) => c.reports < possible(c.metric))
      .map(
        (c) =>
          `${possible(c.metric)} 份报告中 ${c.reports} 份填了数字 — ${c.reports} of ${possible(c.metric)} reports gave a number`,
      );
    const notes: string[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.note === 'string') notes.push(cell.note);
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(notes.sort()).toEqual(expected.sort());

    const before2019 = await server.fetch(
      `${server.url}/api/exports/city-tables.xlsx?year=2018`,
    );
    expect(before2019.status).toBe(400);
    // A kind there is not is refused by every export, not answered with nothing.
    for (const path of [
      'city-tables.xlsx?year=2024&kinds=planet',
      'series.csv?metrics=review.total&from=2024&to=2024&kinds=planet',
      'ranking.csv?metric=review.total&year=2024&kinds=district,planet',
      'tidy.csv?metrics=review.total&from=2024&to=2024&kinds=planet',
    ]) {
      const badKind = await server.fetch(`${server.url}/api/exports/${path}`);
      expect({ path, status: badKind.status }).toEqual({ path, status: 400 });
    }
  });

  it('packs every department’s series into a matrix equal to the paged series', async () => {
    const metrics = [
      'applications.received.total',
      'proactive.procurement.amountWan',
    ];
    const r = await gql<{
      seriesMatrix: {
        metrics: string[];
        departmentIds: number[];
        values: string;
        statuses: string;
      };
      series: {
        lines: {
          metric: string;
          department: { id: number };
          points: { value: number | null; status: string }[];
        }[];
      };
    }>(
      `query($m: [String!]!) {
         seriesMatrix(metrics: $m, from: 2019, to: 2025) { metrics departmentIds values statuses }
         series(metrics: $m, from: 2019, to: 2025, limit: 500) { lines { metric department { id } points { value status } } } }`,
      { m: metrics },
    );
    const matrix = r.data?.seriesMatrix;
    const bytes = Buffer.from(matrix?.values ?? '', 'base64');
    const values = new Float64Array(
      bytes.buffer,
      bytes.byteOffset,
      bytes.byteLength / 8,
    );
    const ids = matrix?.departmentIds ?? [];
    expect(values).toHaveLength(metrics.length * ids.length * 7);
    expect(matrix?.statuses).toHaveLength(values.length);
    const code: Record<string, string> = {
      reported: 'r',
      blank: 'b',
      notApplicable: 'x',
      unreadable: 'u',
      notInGeneration: 'g',
      missingReport: 'm',
    };
    for (const line of r.data?.series.lines ?? []) {
      const base =
        (metrics.indexOf(line.metric) * ids.length +
          ids.indexOf(line.department.id)) *
        7;
      line.points.forEach((p, y) => {
        expect(matrix?.statuses[base + y]).toBe(code[p.status]);
        expect(Number.isNaN(values[base + y]) ? null : values[base + y]).toBe(
          p.value,
        );
      });
    }
  });

  it('says when a document is filed under another year or department than it names', async () => {
    const text = renderReport(
      { ...sampleReportData('G2'), agency: '清远市民政局', year: 2023 },
      'text',
    );
    const query =
      'mutation($t: String!, $y: Int) { previewDocument(input: { text: $t, fileName: "t.txt", department: "示例市民政局", year: $y }) { year department { name } report { findings { code severity } } } }';
    type Answer = {
      previewDocument: {
        year: number;
        department: { name: string };
        report: { findings: { code: string; severity: string }[] };
      };
    };
    const filing = (a: Answer | undefined) =>
      a?.previewDocument.report.findings.filter((f) =>
        ['AGENCY_MISMATCH', 'YEAR_MISMATCH'].includes(f.code),
      );
    const wrong = await gql<Answer>(query, { t: text, y: 2024 });
    expect(wrong.errors).toBeUndefined();
    expect(wrong.data?.previewDocument).toMatchObject({
      year: 2024,
      department: { name: '示例市民政局' },
    });
    expect(filing(wrong.data)).toEqual([
      { code: 'YEAR_MISMATCH', severity: 'error' },
      { code: 'AGENCY_MISMATCH', severity: 'warning' },
    ]);
    // A document of the department itself, under its own year, raises neither.
    const own = await gql<Answer>(query, {
      t: renderReport(
        { ...sampleReportData('G2'), agency: '示例市民政局', year: 2023 },
        'text',
      ),
      y: 2023,
    });
    expect(own.data?.previewDocument.department).toEqual({
      name: '示例市民政局',
    });
    expect(filing(own.data)).toEqual([]);
    // A year submitting refuses, the preview refuses too.
    const future = await gql<Answer>(query, { t: text, y: 2030 });
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'YEAR_OUT_OF_RANGE',
    });
  });

  it('previews an upload asked for with ?preview=1 as with the form field, storing nothing', async () => {
    const text = renderReport(
      { ...sampleReportData('G2'), agency: '示例市民政局', year: 2021 },
      'text',
    );
    const { data } = await gql<{
      departments: { id: number; name: string }[];
    }>('{ departments { id name } }');
    const id = data?.departments.find((d) => d.name === '示例市民政局')?.id;
    expect(id).toBeDefined();
    const history = async () =>
      (
        await gql<{ reportHistory: { version: number }[] }>(
          `{ reportHistory(departmentId: ${id}, year: 2021) { version } }`,
        )
      ).data?.reportHistory.length;
    const before = await history();
    expect(before).toBeGreaterThan(0);
    for (const [query, field] of [
      ['?preview=1', null],
      ['?preview=true', null],
      ['', '1'],
    ] as const) {
      const form = new FormData();
      form.append('file', new Blob([text]), 'r.txt');
      if (field) form.append('preview', field);
      const res = await server.fetch(`${server.url}/api/submissions${query}`, {
        method: 'POST',
        body: form,
      });
      expect({ query, field, status: res.status }).toEqual({
        query,
        field,
        status: 201,
      });
      const body = (await res.json()) as { year: number; outcome?: string };
      expect(body.year).toBe(2021);
      expect(body.outcome).toBeUndefined();
    }
    expect(await history()).toBe(before);
  });

  it('takes a DOCX upload, gives the exact bytes back and its outline', async () => {
    const data = {
      ...sampleReportData('G2'),
      agency: '示例市民政局',
      year: 2023,
    };
    const bytes = renderReportDocx(data);
    const form = new FormData();
    form.append('file', new Blob([bytes]), '民政局2023.docx');
    const res = await server.fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      body: form,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      outcome: string;
      submission: {
        id: number;
        documentUrl: string;
        outlineUrl: string | null;
        fileName: string;
      };
    };
    expect(body.outcome).toBe('created');
    expect(body.submission.fileName).toBe('民政局2023.docx');
    const back = await server.fetch(
      `${server.url}${body.submission.documentUrl}`,
    );
    expect(
      Buffer.from(await back.arrayBuffer()).equals(Buffer.from(bytes)),
    ).toBe(true);
    // Beside the tables, the DOCX as its reader saw it.
    expect(body.submission.outlineUrl).toBe(
      `/api/submissions/${body.submission.id}/outline`,
    );
    const outline = await server.fetch(
      `${server.url}${body.submission.outlineUrl ?? ''}`,
    );
    expect(outline.status).toBe(200);
    expect(await outline.json()).toEqual({ blocks: docxOutline(bytes) });
    // A text document has none.
    const { data: text, errors } = await gql<{
      submitDocument: { submission: { id: number; outlineUrl: null } };
    }>(
      'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "t.txt" }) { submission { id outlineUrl } } }',
      { t: renderReport({ ...data, year: 2022 }, 'text') },
    );
    expect(errors).toBeUndefined();
    expect(text?.submitDocument.submission.outlineUrl).toBeNull();
    const none = await server.fetch(
      `${server.url}/api/submissions/${text?.submitDocument.submission.id}/outline`,
    );
    expect(none.status).toBe(400);
    // A document in another form field is refused with its reason, in both languages.
    const misnamed = new FormData();
    misnamed.append('document', new Blob([bytes]), 'r.docx');
    const wrongField = await server.fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      body: misnamed,
    });
    expect(wrongField.status).toBe(400);
    expect(await wrongField.json()).toMatchObject({
      reason: 'INVALID_ARGUMENT',
      message: '文件须放在表单字段 file 中（收到的字段是 document）。',
      messageEn: 'Send the document in the form field “file” (got “document”).',
    });
    const empty = new FormData();
    empty.append('file', new Blob([]), 'empty.docx');
    const refused = await server.fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      body: empty,
    });
    expect(refused.status).toBe(400);
  });
});
