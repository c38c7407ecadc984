// The persistence library's public API: what the server, the CLI and the benches use.
// The writer's internals (packed locations, the worker protocol …) stay inside.
export {
  createDataSource,
  DEFAULT_DATABASE_URL,
  parseDatabaseUrl,
} from './lib/data-source';
export type { DatabaseTarget } from './lib/data-source';
export {
  createTemporaryPostgresDatabase,
  withTemporaryPostgresDatabase,
} from './lib/postgres-admin';
export { AccessStore, ROLES } from './lib/store/access-store';
export type { Role, UserRecord } from './lib/store/access-store';
export {
  analyseDocument,
  MAX_DOCUMENT_BYTES,
  outlineDocument,
  preparedOf,
} from './lib/store/analyse-document';
export type { AnalysedDocument } from './lib/store/analyse-document';
export { AnalysePool } from './lib/store/analyse-pool';
export { readAuditLog } from './lib/store/audit-log';
export type { AuditActor } from './lib/store/audit-log';
export {
  BackupError,
  backupSqliteDatabase,
  restoreSqliteDatabase,
} from './lib/store/backup';
export type { BackupProgress, DatabaseSummary } from './lib/store/backup';
export type { Db, SqlValue, Tx } from './lib/store/db';
export { DEMO_META_KEY, loadDemoCity } from './lib/store/demo-loader';
export type { DirectoryDepartment } from './lib/store/department-directory';
export { prepareReport } from './lib/store/prepared-report';
export {
  MAX_PAGE,
  ReportQueries,
  requireMetric,
} from './lib/store/report-queries';
export type {
  BoardStatus,
  CityTables,
  DepartmentFilter,
  RankingEntry,
  SeriesLine,
} from './lib/store/report-queries';
export { ReportStore } from './lib/store/report-store';
export type { Lineage, SubmissionRecord } from './lib/store/report-store';
export { StoreError } from './lib/store/store-error';
export type { StoreErrorCode } from './lib/store/store-error';
export { REPORT_ROW_COLUMNS } from './lib/store/submission-writer';
export type {
  IncomingSubmission,
  SubmissionOutcome,
} from './lib/store/submission-writer';
export {
  packValues,
  valueColumn,
  VALUE_COLUMNS,
  VALUE_METRICS,
} from './lib/store/value-columns';
