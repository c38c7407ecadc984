import { InitialSqlite1795715142084 } from './1795715142084-initial';

/** Every sqlite migration, oldest first. Committed migrations are never edited. */
export const SQLITE_MIGRATIONS: readonly (new () => object)[] = [
  InitialSqlite1795715142084,
];
