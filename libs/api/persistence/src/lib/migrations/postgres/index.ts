import { InitialPostgres1795715142084 } from './1795715142084-initial';

/** Every postgres migration, oldest first. Committed migrations are never edited. */
export const POSTGRES_MIGRATIONS: readonly (new () => object)[] = [
  InitialPostgres1795715142084,
];
