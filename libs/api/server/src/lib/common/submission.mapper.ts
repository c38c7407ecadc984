import type {
  DirectoryDepartment,
  SubmissionRecord,
} from '@gongkai/api-persistence';

import { toDepartmentModel } from './report.mapper';
import type { SubmissionModel, SubmissionStatusEnum } from './submission.model';

export function toSubmissionModel(
  s: SubmissionRecord,
  department: DirectoryDepartment,
): SubmissionModel {
  return {
    ...s,
    status: s.status as SubmissionStatusEnum,
    department: toDepartmentModel(department),
    documentUrl: `/api/submissions/${s.id}/document`,
    outlineUrl: s.format === 'docx' ? `/api/submissions/${s.id}/outline` : null,
  };
}
