import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ReportStore } from '@gongkai/api-persistence';
import { renderReport } from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';

const BIN = join(__dirname, '..', '..', '..', '..', 'bin', 'gongkai.js');
const PASSWORD = 'crash-admin-password';
const N = 120;

/** `gongkai serve` on the database, and its URL once it listens. */
async function serve(
  database: string,
  cwd: string,
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--port', '0', '--no-demo', '--database', database],
    {
      cwd,
      env: {
        ...process.env,
        GONGKAI_ADMIN_PASSWORD: PASSWORD,
        GONGKAI_WEB_ROOT: '',
      },
    },
  );
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = /服务已启动 (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(`serve exited early:\n${out}`)));
  });
  return { child, url };
}

async function tokenOf(url: string): Promise<string> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  return ((await res.json()) as { token: string }).token;
}

// 120 agency names the parser reads as names (digits in a name are not).
const A = [...'东西南北中新上下前后左右'];
const B = [...'林水山河湖海田石云风'];
const agency = (i: number) =>
  `示例市${A[Math.floor(i / B.length)] ?? ''}${B[i % B.length] ?? ''}局`;

/** The office's import through the server: one upload per document. */
async function upload(url: string, token: string, i: number): Promise<string> {
  const text = renderReport(
    { ...sampleReportData('G2'), agency: agency(i), year: 2024 },
    'text',
  );
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), `r${i}.txt`);
  form.append('createDepartment', '1');
  const res = await fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await res.json()) as { outcome?: string; reason?: string };
  return body.outcome ?? `HTTP ${res.status} ${body.reason ?? ''}`;
}

async function counts(database: string) {
  const store = await ReportStore.open(database);
  try {
    const one = async (sql: string) =>
      Number((await store.db.all<{ n: number }>(sql))[0]?.n ?? 0);
    return {
      submissions: await one('SELECT COUNT(*) AS n FROM submission'),
      documents: await one('SELECT COUNT(*) AS n FROM document'),
      orphans: await one(
        'SELECT COUNT(*) AS n FROM submission s LEFT JOIN document d ON d.id = s.document_id WHERE d.id IS NULL',
      ),
      valueRows: await one('SELECT COUNT(*) AS n FROM report_value'),
      counted: await one(
        'SELECT COUNT(*) AS n FROM submission WHERE counted = 1',
      ),
      audited: await one(
        `SELECT COUNT(*) AS n FROM audit_log WHERE action = 'import'`,
      ),
      duplicates: await one(
        'SELECT COUNT(*) AS n FROM (SELECT department_id, year, document_id FROM submission GROUP BY department_id, year, document_id HAVING COUNT(*) > 1) x',
      ),
    };
  } finally {
    await store.close();
  }
}

describe('gongkai serve killed with SIGKILL during an import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-crash-'));
  const database = `sqlite:${join(dir, 'crash.sqlite')}`;

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps no partial report, and the import run again completes it once', async () => {
    const first = await serve(database, dir);
    const token = await tokenOf(first.url);
    const exited = new Promise((resolve) => first.child.on('exit', resolve));
    let done = 0;
    let next = 0;
    const answers = new Set<string>();
    const worker = async () => {
      while (next < N) {
        const i = next++;
        try {
          const outcome = await upload(first.url, token, i);
          answers.add(outcome);
          if (outcome === 'created') done++;
        } catch {
          return; // the server is gone
        }
        // Killed while uploads are in flight, a third of the way through.
        if (done === 40) first.child.kill('SIGKILL');
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    first.child.kill('SIGKILL');
    await exited;
    expect([...answers]).toEqual(['created']);

    const after = await counts(database);
    expect(after.submissions).toBeGreaterThanOrEqual(40);
    expect(after.submissions).toBeLessThan(N);
    // Every version came whole: its document, its value row, its audit line.
    expect(after).toEqual({
      submissions: after.submissions,
      documents: after.submissions,
      orphans: 0,
      valueRows: after.submissions,
      counted: after.submissions,
      audited: after.submissions,
      duplicates: 0,
    });

    const second = await serve(database, dir);
    try {
      const token2 = await tokenOf(second.url);
      const outcomes: string[] = [];
      for (let i = 0; i < N; i += 4) {
        outcomes.push(
          ...(await Promise.all(
            [i, i + 1, i + 2, i + 3]
              .filter((k) => k < N)
              .map((k) => upload(second.url, token2, k)),
          )),
        );
      }
      expect(outcomes.filter((o) => o === 'unchanged')).toHaveLength(
        after.submissions,
      );
      expect(outcomes.filter((o) => o === 'created')).toHaveLength(
        N - after.submissions,
      );
    } finally {
      second.child.kill('SIGINT');
      await new Promise((resolve) => second.child.on('exit', resolve));
    }
    const final = await counts(database);
    expect(final).toMatchObject({
      submissions: N,
      documents: N,
      orphans: 0,
      valueRows: N,
      duplicates: 0,
      // The re-sent copies are audited too, as unchanged.
      audited: N + after.submissions,
    });
  }, 180_000);
});
