import { startServer, type AppConfig } from '@gongkai/api-server';

import type { Lang } from '../report-summary';
import { UsageError } from '../usage-error';

export interface ServeOptions {
  port?: string | undefined;
  database?: string | undefined;
  noDemo?: boolean | undefined;
  lang: Lang;
}

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) {
    throw new UsageError(
      `--port 应为 0–65535 的整数 must be an integer from 0 to 65535: ${value}`,
    );
  }
  return n;
}

/** Resolves on the first SIGINT or SIGTERM. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (s: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(s);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/**
 * `gongkai serve`: the API and dashboard until SIGINT/SIGTERM. Only the options given
 * override the server's environment configuration (PORT, DATABASE_URL, GONGKAI_DEMO).
 */
export async function serveCommand(
  args: readonly string[],
  options: ServeOptions,
): Promise<number> {
  if (args.length > 0) {
    throw new UsageError(
      '用法 Usage: gongkai serve [--port N] [--database URL] [--no-demo]',
    );
  }
  const overrides: Partial<AppConfig> = {};
  const port = portOption(options.port);
  if (port !== undefined) overrides.port = port;
  if (options.database !== undefined) overrides.databaseUrl = options.database;
  if (options.noDemo) overrides.demo = false;

  const zh = options.lang === 'zh';
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(overrides);
  } catch (e) {
    console.error(
      `${zh ? '服务无法启动' : 'The server cannot start'}: ${(e as Error).message}`,
    );
    return 1;
  }
  console.log(`${zh ? '服务已启动' : 'Listening on'} ${server.url}`);
  const signal = await stopSignal();
  console.error(zh ? `收到 ${signal}，正在停止…` : `${signal}: stopping…`);
  // A second Ctrl-C does not wait for the connections to close.
  process.once('SIGINT', () => process.exit(130));
  await server.close();
  return 0;
}
