import type { EntitySchemaColumnOptions } from 'typeorm';
import { EntitySchema } from 'typeorm';

import { VALUE_COLUMNS } from '../store/value-columns';
import type { Dialect } from './column-types';
import { columnTypes } from './column-types';

/**
 * The values of the version that counts, one row per department and year: the
 * department × year × metric pre-aggregate every dashboard query reads.
 */
export type ReportValueEntity = {
  departmentId: number;
  year: number;
  submissionId: number;
  generation: string | null;
  statuses: string;
} & Record<string, number | string | null>;

export const reportValueSchema = (dialect: Dialect) => {
  const metricColumns: Record<string, EntitySchemaColumnOptions> = {};
  for (const c of VALUE_COLUMNS) {
    metricColumns[c] = { type: columnTypes(dialect).real, nullable: true };
  }
  return new EntitySchema<ReportValueEntity>({
    name: 'ReportValue',
    tableName: 'report_value',
    columns: {
      departmentId: { name: 'department_id', type: 'integer', primary: true },
      year: { type: 'integer', primary: true },
      submissionId: { name: 'submission_id', type: 'integer', unique: true },
      generation: { type: 'varchar', length: 4, nullable: true },
      statuses: { type: 'varchar', length: 255 },
      ...metricColumns,
    },
    indices: [{ name: 'idx_report_value_year', columns: ['year'] }],
    foreignKeys: [
      {
        target: 'Department',
        columnNames: ['departmentId'],
        referencedColumnNames: ['id'],
      },
      {
        target: 'Submission',
        columnNames: ['submissionId'],
        referencedColumnNames: ['id'],
      },
    ],
  });
};

/** City totals per year and metric over the counted reports, kept by deltas. */
export interface CityTotalEntity {
  year: number;
  metric: string;
  total: number;
  reported: number;
  blank: number;
  notApplicable: number;
  unreadable: number;
}

export const cityTotalSchema = (dialect: Dialect) =>
  new EntitySchema<CityTotalEntity>({
    name: 'CityTotal',
    tableName: 'city_total',
    columns: {
      year: { type: 'integer', primary: true },
      metric: { type: 'varchar', length: 80, primary: true },
      total: { type: columnTypes(dialect).real },
      reported: { type: 'integer' },
      blank: { type: 'integer' },
      notApplicable: { name: 'not_applicable', type: 'integer' },
      unreadable: { type: 'integer' },
    },
  });
