import {
  loadDemoCity,
  ReportQueries,
  ReportStore,
} from '@gongkai/api-persistence';
import type { OnApplicationShutdown } from '@nestjs/common';
import { Global, Inject, Logger, Module } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { InstallationInfo } from './installation-info';

/** The overview's headline metrics. */
const WARM_METRICS = [
  'applications.received.total',
  'applications.granted.total',
  'applications.partlyGranted.total',
  'applications.resultTotal.total',
  'review.total',
  'review.corrected',
  'litigationDirect.total',
  'litigationAfterReview.total',
  'proactive.licensing.decisions',
  'proactive.penalty.decisions',
  'proactive.procurement.amountWan',
];

/** Opens the database (migrations included) and, when empty, loads the demo city. */
async function openStore(config: AppConfig): Promise<ReportStore> {
  const store = await ReportStore.open(config.databaseUrl);
  if (config.demo && (await store.isEmpty())) {
    const logger = new Logger('Demo');
    logger.log('Empty database: loading the demo city 示例市 …');
    const r = await loadDemoCity(store);
    logger.log(
      `Demo city loaded: ${r.departments} departments, ${r.submissions} submissions`,
    );
  }
  return store;
}

@Global()
@Module({
  providers: [
    {
      provide: ReportStore,
      inject: [APP_CONFIG],
      useFactory: openStore,
    },
    {
      provide: ReportQueries,
      inject: [ReportStore],
      useFactory: (store: ReportStore) => {
        const queries = new ReportQueries(store);
        // Load the dashboard's columns in the background: the first reads are warm.
        queries.warm(WARM_METRICS).catch((e: unknown) => {
          new Logger('ReportIndex').warn(`Warm-up failed: ${String(e)}`);
        });
        return queries;
      },
    },
    InstallationInfo,
  ],
  exports: [ReportStore, ReportQueries, InstallationInfo],
})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(ReportStore) private readonly store: ReportStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
