import { EntitySchema } from 'typeorm';

import type { Dialect } from './column-types';

/** A report year with its deadlines (yyyy-mm-dd, Beijing time) per department kind. */
export interface ReportingCycleEntity {
  year: number;
  deadlineCityDepartment: string;
  deadlineDistrict: string;
  deadlineTownship: string;
  deadlineOther: string;
}

export const reportingCycleSchema = (_dialect: Dialect) =>
  new EntitySchema<ReportingCycleEntity>({
    name: 'ReportingCycle',
    tableName: 'reporting_cycle',
    columns: {
      year: { type: 'integer', primary: true },
      deadlineCityDepartment: {
        name: 'deadline_city_department',
        type: 'varchar',
        length: 10,
      },
      deadlineDistrict: {
        name: 'deadline_district',
        type: 'varchar',
        length: 10,
      },
      deadlineTownship: {
        name: 'deadline_township',
        type: 'varchar',
        length: 10,
      },
      deadlineOther: { name: 'deadline_other', type: 'varchar', length: 10 },
    },
  });

/** Settings of the installation, e.g. whether it holds the demo city. */
export interface AppMetaEntity {
  key: string;
  value: string;
}

export const appMetaSchema = (_dialect: Dialect) =>
  new EntitySchema<AppMetaEntity>({
    name: 'AppMeta',
    tableName: 'app_meta',
    columns: {
      key: { type: 'varchar', length: 64, primary: true },
      value: { type: 'text' },
    },
  });
