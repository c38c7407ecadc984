import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createApp, loadConfig } from '@gongkai/api-server';
import { renderReportDocx } from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Who may do what, as a matrix: every mutation and every read of a report, for
 * every role (and for nobody), including a bureau asking for another department.
 */
type Who = 'anonymous' | 'viewer' | 'bureau' | 'office';
const WHO: readonly Who[] = ['anonymous', 'viewer', 'bureau', 'office'];
const PASSWORD = 'gongkai-demo';
const ACCOUNT: Record<Exclude<Who, 'anonymous'>, string> = {
  viewer: 'demo-viewer',
  bureau: 'demo-bureau',
  office: 'demo-office',
};

interface Ids {
  own: number;
  other: number;
  ownSubmission: number;
  otherSubmission: number;
  /** DOCX versions (2023), which have an outline. */
  ownDocx: number;
  otherDocx: number;
  ownReturnable: number;
}

/** Each case: a GraphQL operation or a REST call, and who may do it. */
interface Case {
  name: string;
  allowed: readonly Who[];
  run(call: Caller, ids: Ids): Promise<Outcome>;
}

type Outcome = { ok: true } | { ok: false; code: string };

interface Caller {
  gql(query: string, variables?: Record<string, unknown>): Promise<Outcome>;
  rest(path: string, init?: RequestInit): Promise<Outcome>;
}

const report = (dept: 'own' | 'other') => (c: Caller, ids: Ids) =>
  c.gql('query($d: Int!) { report(departmentId: $d, year: 2024) { demo } }', {
    d: ids[dept],
  });

const pasted = (agency: string) =>
  `${agency}2024年政府信息公开工作年度报告\n一、总体情况\n本机关依法公开政府信息。`;

const CASES: Case[] = [
  {
    name: 'metrics (vocabulary)',
    allowed: WHO,
    run: (c) => c.gql('{ metrics { id } }'),
  },
  {
    name: 'departments',
    allowed: ['viewer', 'bureau', 'office'],
    run: (c) => c.gql('{ departments { id } }'),
  },
  {
    name: 'series',
    allowed: ['viewer', 'office'],
    run: (c) =>
      c.gql(
        '{ series(metrics: ["review.total"], from: 2024, to: 2024, limit: 5) { totalDepartments } }',
      ),
  },
  {
    name: 'cityTotals',
    allowed: ['viewer', 'office'],
    run: (c) =>
      c.gql(
        '{ cityTotals(metrics: ["review.total"], from: 2024, to: 2024) { total } }',
      ),
  },
  {
    name: 'cityTables',
    allowed: ['viewer', 'office'],
    run: (c) => c.gql('{ cityTables(year: 2024) { reports { reports } } }'),
  },
  {
    name: 'complianceBoard',
    allowed: ['viewer', 'office'],
    run: (c) =>
      c.gql('{ complianceBoard(year: 2024, limit: 5) { totalRows } }'),
  },
  {
    name: 'report of own department',
    allowed: ['viewer', 'bureau', 'office'],
    run: report('own'),
  },
  {
    name: 'report of another department',
    allowed: ['viewer', 'office'],
    run: report('other'),
  },
  {
    name: 'history of every year, own department',
    allowed: ['viewer', 'bureau', 'office'],
    run: (c, ids) =>
      c.gql('query($d: Int!) { reportHistory(departmentId: $d) { id } }', {
        d: ids.own,
      }),
  },
  {
    name: 'history of every year, another department',
    allowed: ['viewer', 'office'],
    run: (c, ids) =>
      c.gql('query($d: Int!) { reportHistory(departmentId: $d) { id } }', {
        d: ids.other,
      }),
  },
  {
    name: 'history of another department',
    allowed: ['viewer', 'office'],
    run: (c, ids) =>
      c.gql(
        'query($d: Int!) { reportHistory(departmentId: $d, year: 2024) { id } }',
        {
          d: ids.other,
        },
      ),
  },
  {
    name: 'diff of another department',
    allowed: ['viewer', 'office'],
    run: (c, ids) =>
      c.gql(
        'query($d: Int!) { reportDiff(departmentId: $d, year: 2024, from: 1, to: 1) { metric } }',
        { d: ids.other },
      ),
  },
  {
    name: 'source document of another department',
    allowed: ['viewer', 'office'],
    run: (c, ids) => c.rest(`/api/submissions/${ids.otherSubmission}/document`),
  },
  {
    name: 'source document of own department',
    allowed: ['viewer', 'bureau', 'office'],
    run: (c, ids) => c.rest(`/api/submissions/${ids.ownSubmission}/document`),
  },
  {
    name: 'DOCX outline of another department',
    allowed: ['viewer', 'office'],
    run: (c, ids) => c.rest(`/api/submissions/${ids.otherDocx}/outline`),
  },
  {
    name: 'DOCX outline of own department',
    allowed: ['viewer', 'bureau', 'office'],
    run: (c, ids) => c.rest(`/api/submissions/${ids.ownDocx}/outline`),
  },
  {
    name: 'export',
    allowed: ['viewer', 'office'],
    run: (c) =>
      c.rest('/api/exports/ranking.csv?metric=review.total&year=2024'),
  },
  {
    name: 'export of the city tables',
    allowed: ['viewer', 'office'],
    run: (c) => c.rest('/api/exports/city-tables.xlsx?year=2024'),
  },
  {
    name: 'previewDocument of own department',
    allowed: ['bureau', 'office'],
    run: (c) =>
      c.gql(
        'mutation($t: String!) { previewDocument(input: { text: $t, fileName: "x.txt" }) { year } }',
        {
          t: pasted('示例市民政局'),
        },
      ),
  },
  {
    name: 'submitDocument naming another department',
    allowed: ['office'],
    run: (c) =>
      c.gql(
        'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "x.txt", department: "public-security" }) { outcome } }',
        { t: pasted('示例市公安局') },
      ),
  },
  {
    name: 'submitDocument creating a department',
    allowed: ['office'],
    run: (c) =>
      c.gql(
        'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "x.txt", createDepartment: true }) { outcome } }',
        { t: pasted('示例市新设局') },
      ),
  },
  {
    name: 'returnSubmission',
    allowed: ['office'],
    run: (c, ids) =>
      c.gql(
        'mutation($s: Int!) { returnSubmission(input: { submissionId: $s, comment: "请修改" }) { id } }',
        {
          s: ids.ownReturnable,
        },
      ),
  },
  {
    name: 'acceptSubmission',
    allowed: ['office'],
    run: (c, ids) =>
      c.gql(
        'mutation($s: Int!) { acceptSubmission(input: { submissionId: $s, acknowledgeErrors: true }) { id } }',
        { s: ids.ownReturnable },
      ),
  },
  {
    name: 'createDepartment',
    allowed: ['office'],
    run: (c) =>
      c.gql(
        'mutation { createDepartment(input: { name: "示例市测试局", kind: cityDepartment }) { id } }',
      ),
  },
  {
    name: 'setDeadlines',
    allowed: ['office'],
    run: (c) =>
      c.gql(
        'mutation { setDeadlines(input: { year: 2026, cityDepartment: "2027-01-31", district: "2027-01-31", township: "2027-01-31", other: "2027-01-31" }) { year } }',
      ),
  },
  { name: 'users', allowed: ['office'], run: (c) => c.gql('{ users { id } }') },
  {
    name: 'createUser',
    allowed: ['office'],
    run: (c) =>
      c.gql(
        'mutation($u: String!) { createUser(input: { username: $u, password: "a-long-password-1", role: viewer }) { id } }',
        { u: `u${Math.random().toString(36).slice(2, 10)}` },
      ),
  },
  {
    name: 'updateUser',
    allowed: ['office'],
    run: (c) =>
      c.gql(
        'mutation { updateUser(input: { id: 2, displayName: "领导" }) { id } }',
      ),
  },
  {
    name: 'auditLog',
    allowed: ['office'],
    run: (c) => c.gql('{ auditLog(limit: 5) { total } }'),
  },
];

describe('access control on SQLite', () => {
  let app: NestExpressApplication;
  let url: string;
  let dir: string;
  const callers = new Map<Who, Caller>();
  let ids: Ids;

  const callerFor = (token: string | null): Caller => {
    const auth: Record<string, string> = token
      ? { authorization: `Bearer ${token}` }
      : {};
    return {
      async gql(query, variables) {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as {
          data?: unknown;
          errors?: { extensions?: { code?: string } }[];
        };
        const code = body.errors?.[0]?.extensions?.code;
        return code ? { ok: false, code } : { ok: true };
      },
      async rest(path, init = {}) {
        const res = await fetch(`${url}${path}`, {
          ...init,
          headers: { ...(init.headers as Record<string, string>), ...auth },
        });
        return res.ok
          ? { ok: true }
          : { ok: false, code: `HTTP ${res.status}` };
      },
    };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-access-'));
    app = await createApp(
      loadConfig(
        {},
        {
          databaseUrl: `sqlite:${join(dir, 'access.sqlite')}`,
          demo: true,
          port: 0,
          adminPassword: 'access-admin-password',
        },
      ),
    );
    app.useLogger(false);
    await app.init();
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    callers.set('anonymous', callerFor(null));
    for (const [who, username] of Object.entries(ACCOUNT)) {
      const res = await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      const { token } = (await res.json()) as { token: string };
      callers.set(who as Who, callerFor(token));
    }
    const query = async <T>(
      q: string,
      v?: Record<string, unknown>,
    ): Promise<T> => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenOf('demo-office')}`,
        },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return ((await res.json()) as { data: T }).data;
    };
    const { departments } = await query<{
      departments: { id: number; code: string }[];
    }>('{ departments { id code } }');
    const id = (code: string) =>
      departments.find((d) => d.code === code)?.id ?? 0;
    const history = async (d: number) =>
      (
        await query<{
          reportHistory: { id: number; counted: boolean; status: string }[];
        }>(
          'query($d: Int!) { reportHistory(departmentId: $d, year: 2024) { id counted status } }',
          { d },
        )
      ).reportHistory;
    const own = id('civil-affairs');
    const other = id('public-security');
    const docx = async (department: string) =>
      (
        await query<{ submitDocument: { submission: { id: number } } }>(
          'mutation($b: String!, $d: String!) { submitDocument(input: { base64: $b, fileName: "r.docx", department: $d, year: 2023 }) { submission { id } } }',
          {
            b: Buffer.from(
              renderReportDocx({ ...sampleReportData('G2'), year: 2023 }),
            ).toString('base64'),
            d: department,
          },
        )
      ).submitDocument.submission.id;
    ids = {
      own,
      other,
      ownSubmission: (await history(own))[0]?.id ?? 0,
      otherSubmission: (await history(other))[0]?.id ?? 0,
      ownDocx: await docx('civil-affairs'),
      otherDocx: await docx('public-security'),
      ownReturnable: 0,
    };
  }, 120_000);

  async function tokenOf(username: string): Promise<string> {
    const res = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    return ((await res.json()) as { token: string }).token;
  }

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('hardening', () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }).then(async (res) => ({
        status: res.status,
        headers: res.headers,
        body: (await res.json()) as {
          errors?: { extensions?: { reason?: string; code?: string } }[];
        },
      }));

    it('refuses a query over the complexity budget, aliases counted', async () => {
      const many = Array.from(
        { length: 60 },
        (_, i) =>
          `b${i}: complianceBoard(year: 2024, limit: 2000) { rows { year status } }`,
      ).join(' ');
      const r = await post(
        { query: `{ ${many} }` },
        { authorization: `Bearer ${await tokenOf('demo-office')}` },
      );
      expect(r.body.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_COMPLEX');
    });

    it('sends security headers with a content security policy', async () => {
      const res = await fetch(`${url}/health`);
      expect(res.headers.get('content-security-policy')).toContain(
        "script-src 'self'",
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    });

    it('refuses a cookie-authenticated upload without the CSRF header', async () => {
      const token = await tokenOf('demo-office');
      const form = () => {
        const f = new FormData();
        f.append('file', new Blob(['x'], { type: 'text/plain' }), 'x.txt');
        f.append('preview', '1');
        return f;
      };
      const cookie = { cookie: `gongkai_session=${token}` };
      const without = await fetch(`${url}/api/submissions`, {
        method: 'POST',
        headers: cookie,
        body: form(),
      });
      expect(without.status).toBe(403);
      expect(
        ((await without.json()) as { messageEn: string }).messageEn,
      ).toContain('X-Gongkai-CSRF');
      const withHeader = await fetch(`${url}/api/submissions`, {
        method: 'POST',
        headers: { ...cookie, 'x-gongkai-csrf': '1' },
        body: form(),
      });
      // Past the guard: the preview answers with what it read of the one-byte file.
      expect(withHeader.status).toBe(201);
    });

    it('slows down guessing: the sixth wrong password is refused unanswered', async () => {
      const attempt = () =>
        fetch(`${url}/api/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            username: 'demo-viewer',
            password: 'guess-guess-guess',
          }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await attempt()).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });
  });

  describe('in production', () => {
    let production: NestExpressApplication;
    let productionUrl: string;
    let productionDir: string;

    beforeAll(async () => {
      productionDir = mkdtempSync(join(tmpdir(), 'gongkai-production-'));
      production = await createApp(
        loadConfig(
          {},
          {
            databaseUrl: `sqlite:${join(productionDir, 'production.sqlite')}`,
            demo: false,
            production: true,
            port: 0,
            adminPassword: 'production-admin-password',
          },
        ),
      );
      production.useLogger(false);
      await production.listen(0, '127.0.0.1');
      productionUrl = `http://127.0.0.1:${(production.getHttpServer().address() as { port: number }).port}`;
    }, 60_000);

    afterAll(async () => {
      await production?.close();
      rmSync(productionDir, { recursive: true, force: true });
    });

    /** The same request to the development server of this suite and to production. */
    const both = async (query: string) => {
      const ask = async (base: string) => {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return (await res.json()) as {
          data?: unknown;
          errors?: {
            message: string;
            extensions?: { code?: string; stacktrace?: unknown };
          }[];
        };
      };
      return {
        development: await ask(url),
        production: await ask(productionUrl),
      };
    };

    it('refuses introspection', async () => {
      const r = await both('{ __schema { queryType { name } } }');
      expect(r.development.data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
      expect(r.production.data).toBeUndefined();
      expect(r.production.errors?.[0]?.extensions?.code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
      expect(r.production.errors?.[0]?.message).toContain('introspection');
    });

    it('gives no schema hints and no stack traces in errors', async () => {
      const r = await both('{ departmnts { id } }');
      expect(r.development.errors?.[0]?.message).toContain(
        'Did you mean "departments"?',
      );
      expect(r.development.errors?.[0]?.extensions?.stacktrace).toBeDefined();
      const error = r.production.errors?.[0];
      expect(error?.message).toBe(
        'Cannot query field "departmnts" on type "Query".',
      );
      expect(error?.extensions?.stacktrace).toBeUndefined();
      expect(JSON.stringify(r.production)).not.toContain('departments');
    });

    it('serves no GraphiQL page', async () => {
      const page = (base: string) =>
        fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
      const development = await page(url);
      expect(development.status).toBe(200);
      expect((await development.text()).toLowerCase()).toContain('graphiql');
      const production = await page(productionUrl);
      expect(production.status).toBe(400);
      expect(production.headers.get('content-type')).not.toContain('html');
    });

    it('marks the session cookie Secure', async () => {
      const res = await fetch(`${productionUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { login(input: { username: "admin", password: "production-admin-password" }) { username } }',
        }),
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toContain('gongkai_session=');
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
    });
  });

  const rows = CASES.flatMap((c) =>
    WHO.map((who) => [c.name, who, c] as const),
  );

  it.each(rows)('%s as %s', async (_name, who, c) => {
    // Reviews need a fresh version that counts: the bureau submits one first.
    if (c.name === 'returnSubmission' || c.name === 'acceptSubmission') {
      const bureau = callers.get('bureau') as Caller;
      const text = `示例市民政局2024年政府信息公开工作年度报告\n一、总体情况\n第 ${Math.random()} 版。`;
      await bureau.gql(
        'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "v.txt" }) { outcome } }',
        { t: text },
      );
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenOf('demo-office')}`,
        },
        body: JSON.stringify({
          query:
            'query($d: Int!) { reportHistory(departmentId: $d, year: 2024) { id counted } }',
          variables: { d: ids.own },
        }),
      });
      const h = (
        (await res.json()) as {
          data: { reportHistory: { id: number; counted: boolean }[] };
        }
      ).data.reportHistory;
      ids.ownReturnable = h.find((s) => s.counted)?.id ?? 0;
    }
    const outcome = await c.run(callers.get(who) as Caller, ids);
    const refusal =
      who === 'anonymous'
        ? /^(UNAUTHENTICATED|HTTP 401)$/
        : /^(FORBIDDEN|HTTP 403)$/;
    const expected = c.allowed.includes(who)
      ? { ok: true }
      : { ok: false, code: refusal };
    const shown = outcome.ok
      ? outcome
      : {
          ok: false,
          code: refusal.test(outcome.code) ? refusal : outcome.code,
        };
    expect(shown).toEqual(expected);
  });
});
