import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTemporaryPostgresDatabase } from '@gongkai/api-persistence';
import { createApp, loadConfig } from '@gongkai/api-server';
import type { AppConfig } from '@gongkai/api-server';
import type { NestExpressApplication } from '@nestjs/platform-express';

export interface E2eDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database per suite: a temporary SQLite file, and a temporary PostgreSQL one. */
export function e2eDatabases(
  name: string,
): [string, () => Promise<E2eDatabase>][] {
  return [
    [
      'SQLite',
      () => {
        const dir = mkdtempSync(join(tmpdir(), `gongkai-${name}-`));
        return Promise.resolve({
          url: `sqlite:${join(dir, `${name}.sqlite`)}`,
          drop: () =>
            Promise.resolve(rmSync(dir, { recursive: true, force: true })),
        });
      },
    ],
    [
      'PostgreSQL',
      () =>
        createTemporaryPostgresDatabase(`gongkai_${name}`).then((d) => ({
          url: d.url,
          drop: d.drop,
        })),
    ],
  ];
}

export interface E2eServer {
  url: string;
  app: NestExpressApplication;
  /** The office's administrator, as a bearer token header. */
  auth: Record<string, string>;
  /** fetch as that administrator. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

const ADMIN = { username: 'admin', password: 'e2e-admin-password' };

/** The API on loopback, with the first administrator logged in. */
export async function startE2eServer(
  databaseUrl: string,
  demo: boolean,
  config: Partial<AppConfig> = {},
): Promise<E2eServer> {
  const app = await createApp(
    loadConfig(
      {},
      { databaseUrl, demo, port: 0, adminPassword: ADMIN.password, ...config },
    ),
  );
  app.useLogger(false);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const session = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { token } = (await session.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  return {
    url,
    app,
    auth,
    fetch: (to, init = {}) =>
      fetch(to, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...auth },
      }),
    close: () => app.close(),
  };
}
