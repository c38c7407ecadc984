import { InitialSqlite1795715142084 } from './1795715142084-initial';
import { ReportValueIndexSqlite1795717277403 } from './1795717277403-report-value-index';
import { CountedVersionIndexSqlite1795720103784 } from './1795720103784-counted-version-index';
import { AccessControlSqlite1795728616821 } from './1795728616821-access-control';
import { RateEventsSqlite1795760209084 } from './1795760209084-rate-events';

/** Every sqlite migration, oldest first. Committed migrations are never edited. */
export const SQLITE_MIGRATIONS: readonly (new () => object)[] = [
  InitialSqlite1795715142084,
  ReportValueIndexSqlite1795717277403,
  CountedVersionIndexSqlite1795720103784,
  AccessControlSqlite1795728616821,
  RateEventsSqlite1795760209084,
];
