import { join } from 'node:path';

import { ReportStore } from '@gongkai/api-persistence';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { Controller, Get, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MulterModule } from '@nestjs/platform-express';

import { AccessGuard } from './auth/access.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { Allow } from './auth/principal';
import { SessionsController } from './auth/sessions.controller';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import type { HttpContext, RequestContext } from './common/loaders';
import { createLoaders } from './common/loaders';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config';
import { formatGraphqlError } from './errors/graphql-error.util';
import {
  complexityLimit,
  depthLimit,
  MAX_COMPLEXITY,
  MAX_DEPTH,
} from './graphql/query-limits';
import { ExportsController } from './exports/exports.controller';
import { ExportsService } from './exports/exports.service';
import {
  ReportsResolver,
  SubmissionFieldsResolver,
} from './reports/reports.resolver';
import { ReportsService } from './reports/reports.service';
import { StoreModule } from './store/store.module';
import { SubmissionsController } from './submissions/submissions.controller';
import { SubmissionsResolver } from './submissions/submissions.resolver';
import { SubmissionsService } from './submissions/submissions.service';

@Controller()
class HealthController {
  @Allow('public')
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

/** Every resolver of the schema, also used to print schema.gql without a database. */
export const RESOLVERS = [
  AuthResolver,
  CatalogueResolver,
  SubmissionsResolver,
  ReportsResolver,
  SubmissionFieldsResolver,
];

export const SCHEMA_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'apps',
  'api',
  'src',
  'schema.gql',
);

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    const configModule = {
      module: class ConfigModule {},
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
    return {
      module: AppModule,
      imports: [
        configModule,
        StoreModule,
        MulterModule.register({
          limits: { fileSize: config.maxUploadBytes, files: 1 },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ReportStore],
          useFactory: (store: ReportStore) => ({
            // The committed schema.gql is printed by tools/api/print-schema.ts, not at runtime.
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            introspection: !config.production,
            // By configuration, not by NODE_ENV, as every production switch here.
            graphiql: !config.production,
            includeStacktraceInErrorResponses: !config.production,
            // No "did you mean …" with field names for strangers in production.
            hideSchemaDetailsFromClientErrors: config.production,
            csrfPrevention: true,
            validationRules: [depthLimit(MAX_DEPTH)],
            plugins: [complexityLimit(MAX_COMPLEXITY)],
            formatError: formatGraphqlError(config.production),
            context: ({ req, res }: HttpContext): RequestContext => ({
              loaders: createLoaders(store),
              req,
              res,
            }),
          }),
        }),
      ],
      controllers: [
        HealthController,
        SessionsController,
        SubmissionsController,
        ExportsController,
      ],
      providers: [
        AuthService,
        { provide: APP_GUARD, useClass: AccessGuard },
        ...RESOLVERS,
        SubmissionsService,
        ReportsService,
        ExportsService,
      ],
    };
  }
}
