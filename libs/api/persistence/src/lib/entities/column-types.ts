import type { ColumnType } from 'typeorm';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The few column types that differ between the two databases. Times are ISO 8601
 * strings in UTC in both (exact, sortable and identical across dialects).
 */
export interface ColumnTypes {
  binary: ColumnType;
  real: ColumnType;
}

export function columnTypes(dialect: Dialect): ColumnTypes {
  return dialect === 'postgres'
    ? { binary: 'bytea', real: 'double precision' }
    : { binary: 'blob', real: 'real' };
}
