import type { EntitySchema } from 'typeorm';

import type { Dialect } from './column-types';
import {
  appSessionSchema,
  appUserSchema,
  auditLogSchema,
  rateEventSchema,
} from './access.entity';
import { appMetaSchema, reportingCycleSchema } from './reporting-cycle.entity';
import {
  departmentSchema,
  departmentSuccessionSchema,
} from './department.entity';
import { cityTotalSchema, reportValueSchema } from './report-value.entity';
import {
  documentSchema,
  findingSchema,
  submissionSchema,
} from './submission.entity';

export type { Dialect } from './column-types';
export type * from './department.entity';
export type * from './reporting-cycle.entity';
export type * from './submission.entity';
export type * from './report-value.entity';
export type * from './access.entity';

/** Every table of the schema, typed for the dialect. */
export function entitySchemas(dialect: Dialect): EntitySchema[] {
  return [
    appMetaSchema,
    departmentSchema,
    departmentSuccessionSchema,
    reportingCycleSchema,
    documentSchema,
    submissionSchema,
    findingSchema,
    reportValueSchema,
    cityTotalSchema,
    appUserSchema,
    appSessionSchema,
    auditLogSchema,
    rateEventSchema,
  ].map((make) => make(dialect) as EntitySchema);
}
