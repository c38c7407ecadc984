import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readAuditLog, ReportStore } from '@gongkai/api-persistence';

const ROOT = join(__dirname, '..', '..', '..', '..');
const BIN = join(ROOT, 'bin', 'gongkai.js');

describe('gongkai user', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-user-'));
  const url = `sqlite:${join(dir, 'users.sqlite')}`;
  const gongkai = (...args: string[]) => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'user', ...args, '--database', url],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };

  beforeAll(async () => {
    const store = await ReportStore.open(url);
    await store.createDepartment({
      name: '示例市民政局',
      kind: 'cityDepartment',
      code: 'civil-affairs',
    });
    await store.close();
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds users, with a made password shown once, lists and disables them, all audited', async () => {
    const admin = gongkai('add', 'office', '--role', 'admin');
    expect(admin.code).toBe(0);
    expect(admin.out).toMatch(/Password: \S{12,}/);

    const bureau = gongkai(
      'add',
      'bureau',
      '--role',
      'submitter',
      '--department',
      'civil-affairs',
      '--password',
      'a-long-password-1',
    );
    expect(bureau).toEqual({
      code: 0,
      out: expect.stringContaining(
        'Added bureau (submitter, 示例市民政局)',
      ) as unknown,
    });

    expect(gongkai('add', 'nobody', '--role', 'submitter').code).toBe(1);
    expect(gongkai('add', 'office', '--role', 'viewer').out).toContain(
      'username office is taken',
    );
    expect(gongkai('add', 'x', '--role', 'king').code).toBe(2);

    expect(gongkai('disable', 'bureau').code).toBe(0);
    const list = gongkai('list').out.trim().split('\n');
    expect(list).toEqual([
      'bureau\tsubmitter 示例市民政局\t(停用 disabled)',
      'office\tadmin',
    ]);

    const store = await ReportStore.open(url);
    try {
      const log = await readAuditLog(store.db, { limit: 10, offset: 0 });
      expect(log.rows.map((r) => `${r.action} ${r.target}`)).toEqual([
        'user_update user:bureau',
        'user_add user:bureau',
        'user_add user:office',
      ]);
      expect(log.rows.every((r) => r.actor.startsWith('cli:'))).toBe(true);
    } finally {
      await store.close();
    }
  });
});
