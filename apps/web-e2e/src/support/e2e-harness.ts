import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from '@gongkai/api-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import { SCREENSHOT_DIR, WEB_ROOT } from './paths';

export { SCREENSHOT_DIR, WEB_ROOT, WORKSPACE_ROOT } from './paths';

/** Debian's Chromium: CI installs it with apt; no browser is ever downloaded. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/** The demo city's accounts; their password is DEMO_PASSWORD. */
export type DemoAccount = 'demo-office' | 'demo-viewer' | 'demo-bureau';
export const DEMO_PASSWORD = 'gongkai-demo';

export interface E2e {
  /** Base URL of the server, e.g. http://127.0.0.1:41234 */
  url: string;
  browser: Browser;
  /**
   * A fresh browser context (own storage, zh-CN) and page, logged in as a demo
   * account (default the office's `demo-office`; `as: null` stays logged out).
   */
  newPage(options?: {
    acceptDownloads?: boolean;
    as?: DemoAccount | null;
  }): Promise<Page>;
  /** Logs in over REST and gives the session token. */
  token(account: DemoAccount): Promise<string>;
  /** GraphQL over HTTP as the office; throws on errors so that a test never compares undefined. */
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Full-page screenshot to tmp/e2e-screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the server on a fresh SQLite file with the demo city, and Chromium.
 * Fails with instructions when the dashboard was not built or Chromium is missing.
 */
export async function startE2e(): Promise<E2e> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `No built dashboard at ${WEB_ROOT}: run \`npx nx run web:build\` (the web-e2e:test target depends on it).`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-web-e2e-'));
  const contexts: BrowserContext[] = [];
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const close = async (): Promise<void> => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    [server, browser] = await Promise.all([
      startServer({
        port: 0,
        host: '127.0.0.1',
        databaseUrl: `sqlite:${join(dir, 'e2e.sqlite')}`,
        demo: true,
        production: false,
        webRoot: WEB_ROOT,
      }),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }),
    ]);
  } catch (e) {
    await close();
    throw e;
  }
  server.app.useLogger(['error', 'warn']);
  const { port } = server.app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const started = browser;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const tokens = new Map<DemoAccount, string>();
  const token = async (account: DemoAccount): Promise<string> => {
    const known = tokens.get(account);
    if (known) return known;
    const res = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: account, password: DEMO_PASSWORD }),
    });
    const body = (await res.json()) as { token?: string };
    if (!body.token)
      throw new Error(`Cannot log in as ${account}: ${JSON.stringify(body)}`);
    tokens.set(account, body.token);
    return body.token;
  };

  return {
    url,
    browser: started,
    async newPage(options = {}) {
      const context = await started.newContext({
        baseURL: url,
        locale: 'zh-CN',
        viewport: { width: 1280, height: 900 },
        acceptDownloads: options.acceptDownloads ?? false,
      });
      // Fail a missing element in 15 s, well inside the 90 s a test may take.
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      const as = options.as === undefined ? 'demo-office' : options.as;
      if (as) {
        // The session cookie the login page would set; the login itself has its own test.
        await context.addCookies([
          {
            name: 'gongkai_session',
            value: await token(as),
            url,
            httpOnly: true,
            sameSite: 'Lax',
          },
        ]);
      }
      return context.newPage();
    },
    token,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await token('demo-office')}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphqlResponse<T>;
      if (body.errors?.length || !body.data) {
        throw new Error(
          `GraphQL error: ${JSON.stringify(body.errors ?? body)} for ${query}`,
        );
      }
      return body.data;
    },
    async screenshot(page, name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close,
  };
}
