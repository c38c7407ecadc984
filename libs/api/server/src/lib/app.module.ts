import { join } from 'node:path';

import { ReportStore } from '@gongkai/api-persistence';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { Controller, Get, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MulterModule } from '@nestjs/platform-express';

import { CatalogueResolver } from './catalogue/catalogue.resolver';
import type { RequestContext } from './common/loaders';
import { createLoaders } from './common/loaders';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config';
import { formatGraphqlError } from './errors/graphql-error.util';
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
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

/** Every resolver of the schema, also used to print schema.gql without a database. */
export const RESOLVERS = [
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
            includeStacktraceInErrorResponses: !config.production,
            formatError: formatGraphqlError(config.production),
            context: (): RequestContext => ({ loaders: createLoaders(store) }),
          }),
        }),
      ],
      controllers: [HealthController, SubmissionsController, ExportsController],
      providers: [
        ...RESOLVERS,
        SubmissionsService,
        ReportsService,
        ExportsService,
      ],
    };
  }
}
