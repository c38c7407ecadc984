import type { EntitySchemaColumnOptions } from 'typeorm';
import { EntitySchema } from 'typeorm';

import { VALUE_COLUMNS } from '../store/value-columns';
import type { Dialect } from './column-types';
import { columnTypes } from './column-types';

/**
 * One row per department and year that has any submission: the values of the
 * version that counts (the department × year × metric pre-aggregate) and what the
 * compliance board shows. `seq` is the write that last changed the row, so that
 * readers can follow changes (ReportIndex).
 */
export type ReportValueEntity = {
  departmentId: number;
  year: number;
  /** The counted version; null when every version was returned. */
  submissionId: number | null;
  generation: string | null;
  statuses: string;
  seq: number;
  versions: number;
  firstReceivedAt: string;
  latestReceivedAt: string;
  countedStatus: string | null;
  errorCount: number | null;
  warningCount: number | null;
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
      submissionId: {
        name: 'submission_id',
        type: 'integer',
        unique: true,
        nullable: true,
      },
      generation: { type: 'varchar', length: 4, nullable: true },
      statuses: { type: 'varchar', length: 255 },
      seq: { type: 'integer', default: 0 },
      versions: { type: 'integer', default: 0 },
      firstReceivedAt: {
        name: 'first_received_at',
        type: 'varchar',
        length: 30,
        default: '',
      },
      latestReceivedAt: {
        name: 'latest_received_at',
        type: 'varchar',
        length: 30,
        default: '',
      },
      countedStatus: {
        name: 'counted_status',
        type: 'varchar',
        length: 10,
        nullable: true,
      },
      errorCount: { name: 'error_count', type: 'integer', nullable: true },
      warningCount: { name: 'warning_count', type: 'integer', nullable: true },
      ...metricColumns,
    },
    indices: [
      { name: 'idx_report_value_year', columns: ['year'] },
      { name: 'idx_report_value_seq', columns: ['seq'] },
    ],
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
