import { InitialPostgres1795715142084 } from './1795715142084-initial';
import { ReportValueIndexPostgres1795717277403 } from './1795717277403-report-value-index';
import { CountedVersionIndexPostgres1795720103784 } from './1795720103784-counted-version-index';
import { AccessControlPostgres1795728616821 } from './1795728616821-access-control';
import { RateEventsPostgres1795760209084 } from './1795760209084-rate-events';

/** Every postgres migration, oldest first. Committed migrations are never edited. */
export const POSTGRES_MIGRATIONS: readonly (new () => object)[] = [
  InitialPostgres1795715142084,
  ReportValueIndexPostgres1795717277403,
  CountedVersionIndexPostgres1795720103784,
  AccessControlPostgres1795728616821,
  RateEventsPostgres1795760209084,
];
