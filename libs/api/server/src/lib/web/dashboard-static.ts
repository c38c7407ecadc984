import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATH = /^\/(graphql|api|health)(\/|$)/;

/**
 * Serves the built dashboard: hashed assets cached for good, and index.html for
 * every page path so that deep links (/reports/12/2024) load the app.
 */
export function serveDashboard(
  app: NestExpressApplication,
  webRoot: string,
): boolean {
  if (!webRoot) return false;
  const root = resolve(webRoot);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    new Logger('Gongkai').warn(
      `No dashboard at ${root} (npm run build:web builds it); serving the API only.`,
    );
    return false;
  }
  const assets = join(root, 'assets');
  // The build writes a .gz beside every script and stylesheet (apps/web/vite.config.ts).
  app.use('/assets', (req: Request, res: Response, next: NextFunction) => {
    const gz = join(assets, `${req.path}.gz`);
    if (
      !/^\/[\w.-]+\.(js|css)$/.test(req.path) ||
      !req.acceptsEncodings('gzip') ||
      !existsSync(gz)
    ) {
      next();
      return;
    }
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(req.path.endsWith('.js') ? 'text/javascript' : 'text/css');
    res.sendFile(gz);
  });
  app.useStaticAssets(assets, {
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
  });
  app.useStaticAssets(root, { index: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      API_PATH.test(req.path) ||
      !req.accepts('html')
    ) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
