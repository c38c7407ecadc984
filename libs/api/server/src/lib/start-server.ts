import 'reflect-metadata';

import { Logger, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { describeConfig, loadConfig } from './config/app-config';
import {
  invalidArguments,
  validationProblems,
} from './errors/invalid-arguments';
import { StoreErrorFilter } from './errors/store-error.filter';
import { requestTurns } from './http/request-turns.middleware';
import { serveDashboard } from './web/dashboard-static';

/** About four seconds of work at the load test's pace on SQLite; past it, 503. */
const MAX_WAITING_REQUESTS = 4096;

export interface RunningServer {
  url: string;
  app: INestApplication;
  close(): Promise<void>;
}

/** The Nest application, configured but not listening (tests use it too). */
export async function createApp(
  config: AppConfig,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config),
    {
      logger: ['error', 'warn', 'log'],
      bodyParser: false,
    },
  );
  app.use(requestTurns(MAX_WAITING_REQUESTS));
  // GraphQL bodies carry pasted documents; files go to the multipart upload route.
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.use(bodyTooLarge);
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors: ValidationError[]) =>
        invalidArguments(validationProblems(errors)),
    }),
  );
  app.useGlobalFilters(new StoreErrorFilter());
  app.use(securityHeaders(config.production));
  serveDashboard(app, config.webRoot);
  return app;
}

/**
 * helmet's headers with a policy the dashboard lives within: its own scripts only,
 * inline styles (Element Plus, ECharts), images from data: and blob: (PNG export).
 * In development the GraphiQL page at GET /graphql keeps its CDN scripts.
 */
function securityHeaders(production: boolean) {
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  const sandbox = helmet({ contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) =>
    (!production && req.method === 'GET' && req.path === '/graphql'
      ? sandbox
      : strict)(req, res, next);
}

/** A JSON body over 1 MiB: the API's error shape, with its reason, not a bare 413. */
function bodyTooLarge(
  err: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if ((err as { type?: string } | null)?.type !== 'entity.too.large') {
    next(err);
    return;
  }
  res.status(413).json({
    code: 'BAD_USER_INPUT',
    reason: 'DOCUMENT_TOO_LARGE',
    // Read by a bureau that pasted a long report, and by a client of the API.
    message:
      '请求超过 1 MiB：较长的年报请在“提交年报”页选“上传文件”提交（最大 20 MB；接口为 /api/submissions）。',
    messageEn:
      'The request is larger than 1 MiB: hand in a long report with “Upload file” on the Submit page (up to 20 MB; the API route is /api/submissions).',
  });
}

/** Starts the API on the configured port; the values given override the environment. */
export async function startServer(
  overrides: Partial<AppConfig> = {},
): Promise<RunningServer> {
  const config = loadConfig(process.env, overrides);
  new Logger('Gongkai').log(describeConfig(config));
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as
    { port: number } | string | null;
  const port =
    typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  new Logger('Gongkai').log(`Listening on ${url} (GraphQL at ${url}/graphql)`);
  return { url, app, close: () => app.close() };
}
