import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', '..', '..', 'bin', 'gongkai.js');

describe('gongkai serve', () => {
  it('prints its URL, answers there, and stops on SIGINT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-serve-'));
    const child = spawn(
      process.execPath,
      [
        BIN,
        'serve',
        '--port',
        '0',
        '--no-demo',
        '--database',
        `sqlite:${join(dir, 's.sqlite')}`,
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code, signal) =>
        resolve(code ?? (signal ? 128 : null)),
      ),
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString('utf8');
          const m = /服务已启动 (http:\/\/\S+)/.exec(stdout);
          if (m?.[1]) resolve(m[1]);
        });
        void exited.then(() =>
          reject(new Error(`serve exited early:\n${stdout}\n${stderr}`)),
        );
      });
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      child.kill('SIGINT');
    }
    // Stopped, whether by its own exit or by the signal the server re-raises.
    expect(await exited).not.toBeNull();
    expect(stderr).toContain('SIGINT');
  }, 60_000);

  it('refuses a port that is not a number', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', 'http'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port');
  });
});
