import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ReportStore } from '@gongkai/api-persistence';
import { renderReport } from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';

import {
  HOSTILE_CORPUS,
  oversizedGraphqlText,
  type HostileCase,
} from './__fixtures__/hostile/hostile-corpus';
import type { E2eServer } from './testing/e2e-server';
import { e2eDatabases, startE2eServer } from './testing/e2e-server';

/**
 * Issue 5: every hostile or broken document of the corpus, over HTTP. A refused
 * document gets a 4xx (or BAD_USER_INPUT) naming the reason and writes nothing; a
 * valid report with odd content is stored byte for byte. Every request ends within
 * REQUEST_BOUND_MS, and the server answers normally after the whole corpus.
 *
 * HOSTILE_FIXTURES=write rewrites the committed small files from their builders.
 */

const FIXTURES = join(__dirname, '__fixtures__', 'hostile');
/** Generous: the slowest case (a 4 MB table) reads in about half a second. */
const REQUEST_BOUND_MS = 5000;
const PWNED = [
  '/tmp/gongkai-hostile-pwned.txt',
  '/tmp/gongkai-hostile-abs.txt',
];

const databases = e2eDatabases('hostile');

/** The bytes of a case; a committed case must equal its file. */
const built = new Map<string, Uint8Array>();
function bytesOf(c: HostileCase): Uint8Array {
  let b = built.get(c.name);
  if (!b) {
    b = c.build();
    built.set(c.name, b);
  }
  return b;
}

interface Timed<T> {
  status: number;
  body: T;
  ms: number;
}

type ErrorBody = {
  reason?: string;
  message?: string;
  messageEn?: string;
  details?: { reason?: string };
};

interface GqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      reason?: string;
      messageEn?: string;
      details?: { reason?: string };
    };
  }[];
}

describe('the hostile corpus', () => {
  it('has at least 30 documents, each named once and listed in the README', () => {
    const names = HOSTILE_CORPUS.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(new Set(names).size).toBe(names.length);
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    for (const n of names) expect(readme).toContain(`\`${n}\``);
    for (const n of names)
      expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z]+$/);
  });

  it.each(HOSTILE_CORPUS.filter((c) => c.committed).map((c) => [c.name, c]))(
    'commits %s as its builder makes it, and small',
    (_name, c) => {
      const bytes = bytesOf(c);
      const path = join(FIXTURES, c.name);
      if (process.env['HOSTILE_FIXTURES'] === 'write')
        writeFileSync(path, bytes);
      expect(bytes.length).toBeLessThan(256 * 1024);
      expect(Buffer.from(readFileSync(path)).equals(Buffer.from(bytes))).toBe(
        true,
      );
    },
  );
});

describe.each(databases)(
  'hostile input over HTTP on %s',
  (_db, makeDatabase) => {
    let server: E2eServer;
    let drop: () => Promise<void>;
    let store: ReportStore;

    const timed = async <T>(
      path: string,
      init: RequestInit,
    ): Promise<Timed<T>> => {
      const t0 = performance.now();
      const res = await fetch(`${server.url}${path}`, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          ...server.auth,
        },
      });
      const text = await res.text();
      const ms = performance.now() - t0;
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: kept as text, and the assertions say so.
      }
      return { status: res.status, body: body as T, ms };
    };

    const upload = <T>(
      c: Pick<HostileCase, 'name' | 'declaredType' | 'department'>,
      bytes: Uint8Array,
      fields: Record<string, string> = {},
    ) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: c.declaredType }), c.name);
      form.append('createDepartment', '1');
      if (c.department) form.append('department', c.department);
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return timed<T>('/api/submissions', { method: 'POST', body: form });
    };

    const gql = (query: string, variables: Record<string, unknown> = {}) =>
      timed<GqlAnswer>('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });

    /** Rows of every table: what "nothing was written" compares. */
    const snapshot = async (): Promise<Record<string, number>> => {
      const tables = (
        store.db.dialect === 'postgres'
          ? await store.db.all<{ name: string }>(
              'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1',
            )
          : await store.db.all<{ name: string }>(
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1",
            )
      ).map((t) => t.name);
      const counts: Record<string, number> = {};
      for (const t of tables) {
        const [row] = await store.db.all<{ n: number | string }>(
          `SELECT COUNT(*) AS n FROM "${t}"`,
        );
        counts[t] = Number(row?.n ?? -1);
      }
      return counts;
    };

    beforeAll(async () => {
      const db = await makeDatabase();
      drop = db.drop;
      server = await startE2eServer(db.url, false);
      store = server.app.get(ReportStore);
    }, 60_000);

    afterAll(async () => {
      await server?.close();
      await drop?.();
    });

    const refusedCases = HOSTILE_CORPUS.filter(
      (c) => c.expect.kind === 'refused',
    );
    const storedCases = HOSTILE_CORPUS.filter(
      (c) => c.expect.kind === 'stored',
    );

    /** What a refusal must look like, and what an answer looked like. */
    const refusal = (
      status: number,
      reason: string | null,
      detail: string | null,
    ) => ({ status, reason, detail, bilingual: true, fast: true });
    const observed = (r: Timed<ErrorBody>) => ({
      status: r.status,
      reason: r.body.reason ?? null,
      detail: r.body.details?.reason ?? null,
      // A message that says why, in both languages (not just "Bad Request").
      bilingual:
        /[\u4e00-\u9fff]/.test(r.body.message ?? '') &&
        (r.body.messageEn?.length ?? 0) > 10,
      fast: r.ms < REQUEST_BOUND_MS,
    });

    const graphqlInput = (c: HostileCase, bytes: Uint8Array) => ({
      ...(c.graphql === 'text'
        ? { text: Buffer.from(bytes).toString('utf8') }
        : { base64: Buffer.from(bytes).toString('base64') }),
      fileName: c.name,
      createDepartment: true,
      ...(c.department ? { department: c.department } : {}),
    });

    it.each(refusedCases.map((c) => [c.name, c] as const))(
      'refuses %s with its reason, in bounded time, writing nothing',
      async (_name, c) => {
        if (c.expect.kind !== 'refused') throw new Error('not a refused case');
        const { status, reason, detail } = c.expect;
        const bytes = bytesOf(c);
        const before = await snapshot();
        const submitted = await upload<ErrorBody>(c, bytes);
        expect(observed(submitted)).toEqual(
          refusal(status, reason, detail ?? null),
        );
        const preview = await upload<
          ErrorBody & { report?: { findings: { code: string }[] } }
        >(c, bytes, { preview: '1' });
        expect(preview.ms).toBeLessThan(REQUEST_BOUND_MS);
        // A preview shows what was read: a document that is no report is shown
        // with that finding; anything else is refused as on submission.
        expect(
          reason === 'NOT_A_REPORT'
            ? {
                status: preview.status,
                notAReport:
                  preview.body.report?.findings.some(
                    (f) => f.code === 'NOT_A_REPORT',
                  ) ?? false,
              }
            : observed(preview),
        ).toEqual(
          reason === 'NOT_A_REPORT'
            ? { status: 201, notAReport: true }
            : refusal(status, reason, detail ?? null),
        );
        expect(await snapshot()).toEqual(before);
      },
    );

    it.each(
      refusedCases.filter((c) => c.graphql).map((c) => [c.name, c] as const),
    )(
      'refuses %s through GraphQL with BAD_USER_INPUT and its reason',
      async (_name, c) => {
        if (c.expect.kind !== 'refused') throw new Error('not a refused case');
        const before = await snapshot();
        const g = await gql(
          'mutation($input: DocumentInput!) { submitDocument(input: $input) { outcome } }',
          { input: graphqlInput(c, bytesOf(c)) },
        );
        expect(g.ms).toBeLessThan(REQUEST_BOUND_MS);
        expect(g.body.data ?? null).toBeNull();
        const e = g.body.errors?.[0];
        expect({
          code: e?.extensions?.code,
          reason: e?.extensions?.reason,
          detail: e?.extensions?.details?.reason ?? null,
          bilingual:
            /[\u4e00-\u9fff]/.test(e?.message ?? '') &&
            (e?.extensions?.messageEn?.length ?? 0) > 10,
        }).toEqual({
          code: 'BAD_USER_INPUT',
          reason: c.expect.reason,
          detail: c.expect.detail ?? null,
          bilingual: true,
        });
        expect(await snapshot()).toEqual(before);
      },
    );

    type PreviewAnswer = {
      year: number;
      report: { cells: { metric: string; value: number | null }[] };
    };

    /** Year, expected values, finite numbers, no forbidden text. */
    const previewView = (body: PreviewAnswer | undefined, c: HostileCase) => {
      const absent = c.expect.kind === 'stored' ? (c.expect.absent ?? []) : [];
      const values = c.expect.kind === 'stored' ? (c.expect.values ?? {}) : {};
      const answer = JSON.stringify(body ?? null);
      return {
        year: body?.year,
        values: Object.fromEntries(
          Object.keys(values).map((m) => [
            m,
            body?.report.cells.find((x) => x.metric === m)?.value,
          ]),
        ),
        // 1e309 must never become Infinity (JSON null in a number's place).
        infinite: (body?.report.cells ?? []).filter(
          (x) => x.value !== null && !Number.isFinite(x.value),
        ),
        present: absent.filter((a) => answer.includes(a)),
      };
    };
    const expectedView = (c: HostileCase) => ({
      year: c.expect.kind === 'stored' ? c.expect.year : null,
      values: c.expect.kind === 'stored' ? (c.expect.values ?? {}) : {},
      infinite: [],
      present: [],
    });

    it.each(storedCases.map((c) => [c.name, c] as const))(
      'stores %s byte for byte, in bounded time',
      async (_name, c) => {
        if (c.expect.kind !== 'stored') throw new Error('not a stored case');
        const expected = c.expect;
        const bytes = bytesOf(c);
        const before = await snapshot();

        const preview = await upload<PreviewAnswer>(c, bytes, {
          preview: '1',
        });
        expect(preview.ms).toBeLessThan(REQUEST_BOUND_MS);
        expect(preview.status).toBe(201);
        expect(previewView(preview.body, c)).toEqual(expectedView(c));
        expect(await snapshot()).toEqual(before);

        const submitted = await upload<{
          outcome: string;
          submission: {
            documentUrl: string;
            fileName: string;
            department: { name: string };
            year: number;
          };
        }>(c, bytes);
        expect(submitted.ms).toBeLessThan(REQUEST_BOUND_MS);
        expect(submitted.status).toBe(201);
        expect(submitted.body.outcome).toBe('created');
        expect(submitted.body.submission).toMatchObject({
          fileName: c.name,
          department: { name: expected.agency },
          year: expected.year,
        });
        const after = await snapshot();
        expect(after['submission']).toBe((before['submission'] ?? 0) + 1);
        expect(after['document']).toBe((before['document'] ?? 0) + 1);

        // The stored document is exactly the input, typed by its content.
        const t0 = performance.now();
        const back = await fetch(
          `${server.url}${submitted.body.submission.documentUrl}`,
          { headers: server.auth },
        );
        const stored = Buffer.from(await back.arrayBuffer());
        expect(performance.now() - t0).toBeLessThan(REQUEST_BOUND_MS);
        expect(stored.equals(Buffer.from(bytes))).toBe(true);
        expect(back.headers.get('content-type')?.split(';')[0]).toBe(
          expected.mediaType,
        );
        expect(back.headers.get('content-security-policy')).toContain(
          'sandbox',
        );
        // Nothing of the archive is ever written to disk (zip slip).
        expect(PWNED.filter((p) => existsSync(p))).toEqual([]);
      },
    );

    it.each(
      storedCases.filter((c) => c.graphql).map((c) => [c.name, c] as const),
    )(
      'previews %s through GraphQL as through the upload, writing nothing',
      async (_name, c) => {
        const before = await snapshot();
        const g = await gql(
          'mutation($input: DocumentInput!) { previewDocument(input: $input) { year report { cells { metric value } } } }',
          { input: graphqlInput(c, bytesOf(c)) },
        );
        expect(g.ms).toBeLessThan(REQUEST_BOUND_MS);
        expect(g.body.errors).toBeUndefined();
        expect(
          previewView(
            g.body.data?.['previewDocument'] as PreviewAnswer | undefined,
            c,
          ),
        ).toEqual(expectedView(c));
        expect(await snapshot()).toEqual(before);
      },
    );

    it('refuses an upload without a file and a GraphQL document without content', async () => {
      const before = await snapshot();
      const form = new FormData();
      form.append('createDepartment', '1');
      const r = await timed<ErrorBody>('/api/submissions', {
        method: 'POST',
        body: form,
      });
      expect(r.status).toBe(400);
      expect(r.body.reason).toBe('DOCUMENT_UNREADABLE');
      const g = await gql(
        'mutation { submitDocument(input: { text: "", fileName: "empty.txt" }) { outcome } }',
      );
      expect(g.body.errors?.[0]?.extensions?.reason).toBe('INVALID_ARGUMENT');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses hostile form fields and arguments with INVALID_ARGUMENT, writing nothing', async () => {
      const text = renderReport(
        { ...sampleReportData('G2'), agency: '示例市表单字段局', year: 2024 },
        'text',
      );
      const bytes = Buffer.from(text, 'utf8');
      const before = await snapshot();
      const bad: [string, Record<string, string>, string][] = [
        ['nul.txt', { submittedBy: 'bureau\u0000' }, 'submittedBy'],
        ['nul.txt', { department: '示例市\u0000局' }, 'department'],
        ['x.txt', { submittedBy: '办'.repeat(101) }, 'submittedBy'],
        ['x.txt', { department: '局'.repeat(201) }, 'department'],
        [`${'名'.repeat(300)}.txt`, {}, 'fileName'],
        ['x.txt', { year: 'abc' }, 'year'],
        ['x.txt', { year: '1e309' }, 'year'],
        ['x.txt', { year: '-2024' }, 'year'],
        ['x.txt', { year: '2024.5' }, 'year'],
        ['x.txt', { year: '２０２４' }, 'year'],
      ];
      for (const [name, fields, field] of bad) {
        for (const preview of ['1', '0']) {
          const r = await upload<ErrorBody>(
            { name, declaredType: 'text/plain' },
            bytes,
            { ...fields, preview },
          );
          expect({ field, status: r.status, reason: r.body.reason }).toEqual({
            field,
            status: 400,
            reason: 'INVALID_ARGUMENT',
          });
          expect(r.body.messageEn).toContain(field);
        }
      }
      const g = await gql(
        'mutation($input: DocumentInput!) { submitDocument(input: $input) { outcome } }',
        {
          input: {
            text,
            fileName: 'nul\u0000.txt',
            submittedBy: 'a\u0000b',
            createDepartment: true,
          },
        },
      );
      expect(g.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_ARGUMENT',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a review comment with a NUL, writing nothing', async () => {
      const text = renderReport(
        { ...sampleReportData('G2'), agency: '示例市审核字段局', year: 2024 },
        'text',
      );
      const s = await gql(
        'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "r.txt", createDepartment: true }) { submission { id } } }',
        { t: text },
      );
      const id = (
        s.body.data?.['submitDocument'] as { submission: { id: number } }
      ).submission.id;
      const before = await snapshot();
      const review = [];
      for (const m of [
        `returnSubmission(input: { submissionId: ${id}, comment: "表三\\u0000不符" }) { status }`,
        `acceptSubmission(input: { submissionId: ${id}, comment: "好\\u0000", acknowledgeErrors: true }) { status }`,
      ])
        review.push(await gql(`mutation { ${m} }`));
      expect(review.map((r) => r.body.errors?.[0]?.extensions?.reason)).toEqual(
        ['INVALID_ARGUMENT', 'INVALID_ARGUMENT'],
      );
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a 1.5 MB GraphQL text over the 1 MB body limit with a 413', async () => {
      const before = await snapshot();
      const r = await gql(
        'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "big.txt" }) { outcome } }',
        { t: oversizedGraphqlText() },
      );
      expect(r.ms).toBeLessThan(REQUEST_BOUND_MS);
      expect(r.status).toBe(413);
      // Says why and what to do instead, as every refusal does.
      expect(r.body).toMatchObject({
        reason: 'DOCUMENT_TOO_LARGE',
        messageEn: expect.stringContaining('/api/submissions') as unknown,
      });
      expect(await snapshot()).toEqual(before);
    });

    it('ignores a declared media type that would inject a header', async () => {
      const text = renderReport(
        { ...sampleReportData('G2'), agency: '示例市响应头局', year: 2024 },
        'text',
      );
      const g = await gql(
        'mutation($input: DocumentInput!) { submitDocument(input: $input) { outcome submission { documentUrl mediaType } } }',
        {
          input: {
            text,
            fileName: 'header.txt',
            mediaType: 'text/html\r\nSet-Cookie: pwned=1',
            createDepartment: true,
          },
        },
      );
      expect(g.body.errors).toBeUndefined();
      const s = (
        g.body.data?.['submitDocument'] as {
          submission: { documentUrl: string; mediaType: string };
        }
      ).submission;
      expect(s.mediaType).toBe('text/plain');
      const back = await fetch(`${server.url}${s.documentUrl}`, {
        headers: server.auth,
      });
      expect(back.status).toBe(200);
      expect(back.headers.get('set-cookie')).toBeNull();
      expect(back.headers.get('content-type')).toBe(
        'text/plain; charset=utf-8',
      );
    });

    it('still answers /health and takes a normal report after the corpus', async () => {
      const health = await timed<{ status: string }>('/health', {});
      expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
      const before = await snapshot();
      const text = renderReport(
        { ...sampleReportData('G2'), agency: '示例市正常局', year: 2024 },
        'text',
      );
      const r = await upload<{ outcome: string }>(
        { name: 'normal.txt', declaredType: 'text/plain' },
        Buffer.from(text, 'utf8'),
      );
      expect(r.status).toBe(201);
      expect(r.body.outcome).toBe('created');
      expect((await snapshot())['submission']).toBe(
        (before['submission'] ?? 0) + 1,
      );
    });
  },
);
